import Link from 'next/link';

export interface AdminNavItem {
  href: string;
  label: string;
}

/**
 * The newsroom's own banner: its name, the sections of the admin this person's role may use,
 * who is signed in and the sign-out button. Links never prefetch (prefetching a reader page
 * from the admin would race with the cache invalidation of a publish).
 */
export function AdminHeader({
  siteName,
  staff,
  items,
}: {
  siteName: string;
  staff: { name: string; role: string } | null;
  items: AdminNavItem[];
}) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="container-page flex flex-wrap items-center gap-x-6 gap-y-2 py-3">
        <Link href="/admin" prefetch={false} className="text-lg font-bold">
          {siteName} <span className="font-normal text-muted-fg">Newsroom</span>
        </Link>
        {staff ? (
          <>
            <nav aria-label="Newsroom">
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {items.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} prefetch={false} className="underline-offset-4 hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              <span className="text-muted-fg">
                {staff.name} · {staff.role}
              </span>
              <Link href="/admin/account" prefetch={false} className="underline">
                My account
              </Link>
              <Link href="/" prefetch={false} className="underline">
                View site
              </Link>
              <form method="post" action="/admin/signout">
                <button type="submit" className="underline">
                  Sign out
                </button>
              </form>
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
