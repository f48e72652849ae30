/** The query of the reader account pages (sign-in, sign-up, account), read the same way on each. */
import { redirect } from 'next/navigation';
import { currentReader } from '@/lib/auth/reader-session';
import { safeReturnPath } from '@/lib/readers/http';

export type PageQuery = Promise<Record<string, string | string[] | undefined>>;

/** `one(key)`: the parameter when it is given once, cut to `max` characters; '' otherwise. */
export function queryParams(params: Awaited<PageQuery>, max?: number): (key: string) => string {
  return (key) => {
    const value = params[key];
    return typeof value === 'string' ? value.slice(0, max) : '';
  };
}

/**
 * The sign-in and sign-up pages: where to go afterwards (`next`, a path on this site, else
 * `fallback`, the edition's bookmarks page); a reader who is already signed in goes there at once.
 */
export async function signedOutPage(searchParams: PageQuery, max?: number, fallback = '/bookmarks') {
  const one = queryParams(await searchParams, max);
  const next = safeReturnPath(one('next'), fallback);
  if (await currentReader()) redirect(next);
  return { one, next };
}
