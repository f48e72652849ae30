/**
 * How a newsroom server action runs, once for every page: read the form, check the caller, run
 * the handler from lib/newsroom, redirect. A 'use server' file may only export async functions,
 * so app/admin/<page>/actions.ts exports thin wrappers around what these build.
 *
 * Next checks the Origin of every server action; these also check who is calling, on the server
 * and for every call (lib/auth/action-caller.ts): a form that keeps what was typed answers "your
 * session has ended" without a session, a button redirects to sign-in; a role without the
 * permission gets 403.
 */
import { redirect } from 'next/navigation';
import { buttonCaller, formCaller } from '@/lib/auth/action-caller';
import type { StaffUser } from '@/lib/auth/session';
import type { Permission } from '@/lib/auth/roles';
import { asForm, sessionEnded, type FormState, type Outcome } from '@/lib/newsroom/forms';

type Handler<T> = (staff: StaffUser, form: FormData, ip: string) => T;

/** The action of a useActionState form: a refused form comes back, a done one redirects to `done(id)`. */
export function formAction(
  permission: Permission,
  handle: Handler<FormState | Promise<FormState>>,
  done: (id: number, staff: StaffUser) => string,
): (previous: FormState, sent: FormData) => Promise<FormState> {
  return async (_previous, sent) => {
    const form = asForm(sent);
    const who = await formCaller(permission);
    if (!who) return sessionEnded(form);
    const state = await handle(who.staff, form, who.ip);
    if (state.status === 'done') redirect(done(state.id, who.staff));
    return state;
  };
}

/**
 * The action of a plain button form (post-redirect-get, no JavaScript needed): the outcome
 * travels as a code in the address `back` gives (`returnTo` is where sign-in comes back to).
 */
export function buttonAction(
  permission: Permission,
  returnTo: string,
  handle: Handler<Outcome>,
  back: (outcome: Outcome, form: FormData, staff: StaffUser) => string,
): (sent: FormData) => Promise<void> {
  return async (sent) => {
    const form = asForm(sent);
    const { staff, ip } = await buttonCaller(permission, returnTo);
    redirect(back(handle(staff, form, ip), form, staff));
  };
}
