/**
 * Shared by the newsroom's management forms (sections, tags, people, staff): the state a
 * useActionState form re-renders with, and the outcome codes of plain post-redirect-get forms.
 */
import type { z } from 'zod';

/**
 * What a form action answers when it does not redirect: `invalid` re-renders the form with the
 * typed values (never a password) and a message per field. `done` is followed by a redirect.
 */
export type FormState =
  | { status: 'idle' }
  | { status: 'done'; id: number; message: string }
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

/**
 * The result of a button-like form (move, delete, disable …): a short code that the page turns
 * into a message after the redirect (`?done=code` or `?error=code`). Codes, not messages, travel
 * in the URL, so nobody can make the newsroom display a text of their choosing.
 */
export type Outcome = { ok: true; code: string } | { ok: false; code: string };

export const NOT_SAVED = 'Nothing was saved: correct the fields marked below.';

/**
 * The form a server action was called with. The action's signature is a promise of React's
 * client, not of the caller: a hand-made call can send any value (a string, an array, nothing)
 * in its place. Anything but a FormData is read as an empty form, which every action already
 * answers (sign-in, "session ended", or the form's own messages), never with a crash.
 */
export function asForm(sent: unknown): FormData {
  return sent instanceof FormData ? sent : new FormData();
}

/** The named text fields of a form ('' for a missing or non-text field). */
export function formText<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const name of names) {
    const v = form.get(name);
    values[name] = typeof v === 'string' ? v : '';
  }
  return values;
}

/** The first message per field of a zod error. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
  }
  return errors;
}

export function invalid(
  values: Record<string, string>,
  fieldErrors: Record<string, string>,
  message = NOT_SAVED,
): FormState {
  return { status: 'invalid', message, fieldErrors, values };
}

/** A positive integer id from a form or URL value, or null. */
export function parseId(raw: unknown): number | null {
  return typeof raw === 'string' && /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : null;
}

/** `done=code` or `error=code`, for the redirect after a button-like form. */
export function outcomeQuery(outcome: Outcome): string {
  return `${outcome.ok ? 'done' : 'error'}=${encodeURIComponent(outcome.code)}`;
}

/** A single query-string value ('' when absent or repeated). */
export function oneParam(params: Record<string, string | string[] | undefined>, key: string): string {
  const v = params[key];
  return typeof v === 'string' ? v : '';
}

export const SESSION_ENDED =
  'Your session has ended. Sign in again in another tab, then send the form again: what you typed is still here.';

/**
 * The answer of a form action whose caller's session has ended: the form stays, with every
 * typed value except passwords (and Next's own `$ACTION…` fields), and says so.
 */
export function sessionEnded(form: FormData): FormState {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !/password/i.test(key)) values[key] ??= value;
  }
  return invalid(values, {}, SESSION_ENDED);
}
