'use server';
/**
 * Server actions of /admin/people (bylines). A 'use server' file may only export async functions, so these
 * hand over to the one implementation for sections, tags and people
 * (lib/newsroom/taxonomy-routes.ts), which checks the caller and their role.
 */
import type { FormState } from '@/lib/newsroom/forms';
import { peopleActions } from '@/lib/newsroom/taxonomy-routes';

export const createPersonAction = async (previous: FormState, sent: FormData) => peopleActions.create(previous, sent);
export const updatePersonAction = async (previous: FormState, sent: FormData) => peopleActions.update(previous, sent);
export const deletePersonAction = async (sent: FormData) => peopleActions.remove(sent);
