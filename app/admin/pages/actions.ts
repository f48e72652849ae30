'use server';
/**
 * Server actions of /admin/pages. A 'use server' file may only export async functions, so these
 * hand over to lib/newsroom/pages.ts through the shared wrappers, which check the caller's session
 * and the 'pages.manage' permission on every call.
 */
import { outcomeQuery, parseId, type FormState } from '@/lib/newsroom/forms';
import { createPageFromForm, deletePageFromForm, PAGES_PATH, updatePageFromForm } from '@/lib/newsroom/pages';
import { buttonAction, formAction } from '@/lib/newsroom/server-actions';

const create = formAction('pages.manage', createPageFromForm, (id) => `${PAGES_PATH}/${id}?done=created`);
const update = formAction('pages.manage', updatePageFromForm, (id) => `${PAGES_PATH}/${id}?done=saved`);
// A refused delete goes back to the page, which says why; a done one to the list.
const remove = buttonAction('pages.manage', PAGES_PATH, deletePageFromForm, (outcome, form) => {
  const id = parseId(form.get('id'));
  return `${outcome.ok || id === null ? PAGES_PATH : `${PAGES_PATH}/${id}`}?${outcomeQuery(outcome)}`;
});

export const createPageAction = async (previous: FormState, sent: FormData) => create(previous, sent);
export const updatePageAction = async (previous: FormState, sent: FormData) => update(previous, sent);
export const deletePageAction = async (sent: FormData) => remove(sent);
