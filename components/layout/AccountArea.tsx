/**
 * The header's account area: the reader's menu (a <details>, which opens without JavaScript;
 * AccountMenu.island.ts adds Escape and click-outside), or sign-in and sign-up links.
 * `account`: the reader on per-request pages; null or left out on shared cached pages, whose
 * anonymous links lib/readers/splice.ts replaces for a signed-in reader.
 */
export function AccountArea({ account }: { account?: { name: string } | null }) {
  return account ? (
    <details className="account-menu" data-island="account-menu">
      <summary>{account.name}</summary>
      <ul>
        <li>
          <a href="/bookmarks">Bookmarks</a>
        </li>
        <li>
          <a href="/account">Account</a>
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
      <a href="/signin" rel="nofollow">
        Sign in
      </a>
      <a href="/signup" rel="nofollow">
        Sign up
      </a>
    </p>
  );
}
