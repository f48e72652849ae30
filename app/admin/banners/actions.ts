'use server';
/**
 * Server actions of /admin/banners. Each checks its caller and 'fronts.manage' on the server
 * (lib/newsroom/server-actions.ts); the work is in lib/newsroom/banners.ts.
 */
import type { FormState } from '@/lib/newsroom/forms';
import { createBannerFromForm, endBannerFromForm } from '@/lib/newsroom/banners';
import { outcomeQuery } from '@/lib/newsroom/forms';
import { buttonAction, formAction } from '@/lib/newsroom/server-actions';

const create = formAction('fronts.manage', createBannerFromForm, () => '/admin/banners?done=created');
const end = buttonAction(
  'fronts.manage',
  '/admin/banners',
  endBannerFromForm,
  (outcome) => `/admin/banners?${outcomeQuery(outcome)}`,
);

export const createBannerAction = async (previous: FormState, sent: FormData) => create(previous, sent);
export const endBannerAction = async (sent: FormData) => end(sent);
