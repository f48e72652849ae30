/**
 * The message after a newsroom form redirected back (`?done=code` or `?error=code`). Only codes
 * the page knows are shown: the URL never decides the text.
 */
export function OutcomeNotice({
  done,
  error,
  messages,
}: {
  done: string;
  error: string;
  messages: { done: Record<string, string>; error: Record<string, string> };
}) {
  const errorText = error ? (messages.error[error] ?? 'That did not work.') : null;
  const doneText = !errorText && done ? messages.done[done] : null;
  if (errorText) {
    return (
      <p role="alert" className="mt-3 rounded border border-line p-3 font-semibold text-link">
        {errorText}
      </p>
    );
  }
  return doneText ? (
    <p role="status" className="mt-3 rounded border border-line p-3 font-semibold">
      {doneText}
    </p>
  ) : null;
}
