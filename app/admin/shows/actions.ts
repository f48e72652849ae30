'use server';
/**
 * Server actions of /admin/shows. A 'use server' file may only export async functions, so these
 * hand over to the one implementation of the taxonomy kinds (lib/newsroom/taxonomy-routes.ts),
 * which checks the caller and their role.
 */
import type { FormState } from '@/lib/newsroom/forms';
import { showActions } from '@/lib/newsroom/taxonomy-routes';

export const createShowAction = async (previous: FormState, sent: FormData) => showActions.create(previous, sent);
export const updateShowAction = async (previous: FormState, sent: FormData) => showActions.update(previous, sent);
export const deleteShowAction = async (sent: FormData) => showActions.remove(sent);
