'use client';
// Runs in the browser because useActionState shows the action's answer in place (the new recovery codes, shown once); without JavaScript the same form posts and the server renders that answer.
import Link from 'next/link';
import { useActionState } from 'react';
import { INPUT_CLASS, SubmitButton } from '@/components/admin/FormParts';
import type { TwoFactorFormState } from '@/lib/newsroom/two-factor';

/**
 * A two-factor form: a 6-digit code (and the password, to turn it off). Its answer is a message,
 * or the new recovery codes with what to do next: back to the account page, or, at sign-in, a
 * plain form that finishes signing in (`after`).
 */
export function TwoFactorCodeForm({
  action,
  idPrefix,
  submitLabel,
  codeLabel = 'Code from your authenticator app',
  withPassword = false,
  danger = false,
  after,
  answerOnly = false,
  fallback = null,
}: {
  action: (state: TwoFactorFormState, form: FormData) => Promise<TwoFactorFormState>;
  idPrefix: string;
  submitLabel: string;
  codeLabel?: string;
  withPassword?: boolean;
  danger?: boolean;
  after: 'account' | 'sign-in';
  /**
   * Only the answer (the codes), else `fallback`: where the page, rendered again after the form
   * was sent without JavaScript, no longer offers the form but must still show its answer.
   */
  answerOnly?: boolean;
  fallback?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as TwoFactorFormState);
  if (state.status === 'codes') return <RecoveryCodes message={state.message} codes={state.codes} after={after} />;
  if (answerOnly) return fallback;
  const errorId = `${idPrefix}-error`;
  const invalid = state.status === 'invalid';
  return (
    <form action={formAction} className="mt-3 flex max-w-sm flex-col gap-3">
      {invalid ? (
        <p role="alert" id={errorId} className="rounded border border-line p-3 font-semibold text-link">
          {state.message}
        </p>
      ) : null}
      {withPassword ? (
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Your password</span>
          <input
            type="password"
            name="password"
            required
            maxLength={256}
            autoComplete="current-password"
            className={INPUT_CLASS}
          />
        </label>
      ) : null}
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{codeLabel}</span>
        <input
          name="code"
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          size={8}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          className={`${INPUT_CLASS} w-40 font-mono tracking-widest`}
        />
      </label>
      <SubmitButton pending={pending} label={submitLabel} pendingLabel="Checking…" danger={danger} />
    </form>
  );
}

function RecoveryCodes({ message, codes, after }: { message: string; codes: string[]; after: 'account' | 'sign-in' }) {
  return (
    <div className="mt-3 flex flex-col gap-3" data-testid="recovery-codes">
      <p role="status" className="font-semibold">
        {message}
      </p>
      <p>
        Save these {codes.length} recovery codes somewhere safe: a password manager, or on paper. Each one signs you in
        once if you lose your phone. <strong>They are shown only now.</strong>
      </p>
      <ol className="grid max-w-md grid-cols-1 gap-x-6 gap-y-1 rounded border border-line p-4 font-mono sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      {after === 'sign-in' ? (
        <form method="post" action="/admin/session/two-factor">
          <button
            type="submit"
            name="finish"
            value="1"
            className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg"
          >
            I have saved them: continue to the newsroom
          </button>
        </form>
      ) : (
        <Link
          href="/admin/account"
          prefetch={false}
          className="min-h-11 self-start rounded border border-line px-4 py-2 font-semibold"
        >
          I have saved them
        </Link>
      )}
    </div>
  );
}
