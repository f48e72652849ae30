'use client';
// Runs in the browser only to hydrate the account menu a signed-in reader was served inside the shared cached page (lib/readers/splice.ts), so React keeps it instead of the anonymous links.
import Link from 'next/link';
import { servedReader } from '@/lib/readers/served';

/**
 * The header's account area: the reader's menu, or sign-in and sign-up links.
 * `account`: the reader (or null) on per-request pages; undefined on shared cached pages, where
 * the reader is the one the page was served to, if any.
 */
export function AccountArea({ account }: { account?: { name: string } | null }) {
  const reader = account === undefined ? servedReader() : account;
  return reader ? (
    <details className="account-menu">
      <summary>{reader.name}</summary>
      <ul>
        <li>
          <Link href="/bookmarks" prefetch={false}>Bookmarks</Link>
        </li>
        <li>
          <Link href="/account" prefetch={false}>Account</Link>
        </li>
        <li>
          <form method="post" action="/signout">
            <button type="submit">Sign out</button>
          </form>
        </li>
      </ul>
    </details>
  ) : (
    <p className="account-links">
      <Link href="/signin" prefetch={false} rel="nofollow">Sign in</Link>
      <Link href="/signup" prefetch={false} rel="nofollow">Sign up</Link>
    </p>
  );
}
