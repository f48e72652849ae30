'use server';
/**
 * Server actions of /admin/tags. A 'use server' file may only export async functions, so these
 * hand over to the one implementation for sections, tags and people
 * (lib/newsroom/taxonomy-routes.ts), which checks the caller and their role.
 */
import type { FormState } from '@/lib/newsroom/forms';
import { tagActions } from '@/lib/newsroom/taxonomy-routes';

export const createTagAction = async (previous: FormState, sent: FormData) => tagActions.create(previous, sent);
export const updateTagAction = async (previous: FormState, sent: FormData) => tagActions.update(previous, sent);
export const mergeTagAction = async (previous: FormState, sent: FormData) => tagActions.merge(previous, sent);
export const deleteTagAction = async (sent: FormData) => tagActions.remove(sent);
