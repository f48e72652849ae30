'use server';
/**
 * Server actions of /admin/sections. A 'use server' file may only export async functions, so these
 * hand over to the one implementation for sections, tags and people
 * (lib/newsroom/taxonomy-routes.ts), which checks the caller and their role.
 */
import type { FormState } from '@/lib/newsroom/forms';
import { sectionActions } from '@/lib/newsroom/taxonomy-routes';

export const createSectionAction = async (previous: FormState, sent: FormData) => sectionActions.create(previous, sent);
export const updateSectionAction = async (previous: FormState, sent: FormData) => sectionActions.update(previous, sent);
export const moveSectionAction = async (sent: FormData) => sectionActions.move(sent);
export const deleteSectionAction = async (sent: FormData) => sectionActions.remove(sent);
