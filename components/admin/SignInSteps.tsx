/**
 * The sign-in page's second steps (app/admin/login): the code or a recovery code, giving up, and
 * finishing after setting two-factor up. Plain forms posted to /admin/session/two-factor: no
 * JavaScript needed.
 */
import { FIELD_INPUT } from '@/components/account/FormFields';

/** The second step: a code from the app, or a recovery code. Plain forms: no JavaScript needed. */
export function CodeStep({ error, hasError }: { error: React.ReactNode; hasError: boolean }) {
  return (
    <div className="notice">
      <h1>Two-factor sign-in</h1>
      <p>Your password was right. Now type the 6-digit code your authenticator app shows for the newsroom.</p>
      {error}
      <form method="post" action="/admin/session/two-factor" className="mt-4 flex max-w-sm flex-col gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Code from your authenticator app</span>
          <input
            name="code"
            required
            autoFocus
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            size={8}
            aria-describedby={hasError ? 'sign-in-error' : undefined}
            className={`${FIELD_INPUT} w-40 font-mono tracking-widest`}
          />
        </label>
        <button type="submit" className="min-h-11 self-start rounded bg-brand px-4 font-semibold text-brand-fg">
          Sign in
        </button>
      </form>
      <details className="mt-6 max-w-sm">
        <summary className="cursor-pointer font-semibold">Lost your phone? Use a recovery code</summary>
        <form method="post" action="/admin/session/two-factor" className="mt-3 flex flex-col gap-3">
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Recovery code</span>
            <input
              name="recovery"
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={40}
              placeholder="abcd-efgh-jkmn-pqrs"
              className={`${FIELD_INPUT} font-mono`}
            />
          </label>
          <p className="text-sm">Each recovery code works once.</p>
          <button type="submit" className="min-h-11 self-start rounded border border-line px-4 font-semibold">
            Sign in with the recovery code
          </button>
        </form>
      </details>
      <CancelSignInForm />
    </div>
  );
}

export function CancelSignInForm() {
  return (
    <form method="post" action="/admin/session/two-factor" className="mt-6">
      <button type="submit" name="cancel" value="1" className="underline">
        Cancel and start again
      </button>
    </form>
  );
}

export function FinishSetupForm() {
  return (
    <form method="post" action="/admin/session/two-factor" className="mt-3">
      <p className="mb-2">Two-factor sign-in is on.</p>
      <button
        type="submit"
        name="finish"
        value="1"
        className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg"
      >
        Continue to the newsroom
      </button>
    </form>
  );
}
