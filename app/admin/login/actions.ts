'use server';
/**
 * The server action of signing in when one's role requires two-factor sign-in not set up yet:
 * the first code of the new setup (lib/auth/sign-in.ts confirmSetupAtSignIn). Its caller is the
 * pending sign-in in the cookie, not a session (there is none yet); without one, back to sign-in.
 */
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/auth/request';
import { confirmSetupAtSignIn, PENDING_COOKIE } from '@/lib/auth/sign-in';
import type { TwoFactorFormState } from '@/lib/newsroom/two-factor';

export const confirmSetupAtSignInAction = async (
  _previous: TwoFactorFormState,
  sent: FormData,
): Promise<TwoFactorFormState> => {
  const form = sent instanceof FormData ? sent : new FormData();
  const token = (await cookies()).get(PENDING_COOKIE)?.value;
  const result = await confirmSetupAtSignIn(token, form.get('code'), clientIp(await headers()));
  if (result.ok) return { status: 'codes', message: 'Two-factor sign-in is on.', codes: result.recoveryCodes };
  if (result.reason === 'expired') redirect('/admin/login?error=expired');
  if (result.reason === 'throttled') {
    const minutes = Math.ceil(result.retryAfter / 60);
    return {
      status: 'invalid',
      message: `Too many wrong codes. Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
    };
  }
  return {
    status: 'invalid',
    message:
      result.reason === 'missing'
        ? 'Type the 6-digit code from your authenticator app.'
        : 'That code is not right. Type the 6 digits your app shows now.',
  };
};
