import Link from 'next/link';

/** The newsroom's own navigation, above every /admin page for signed-in staff. */
export function AdminNav({ name, role }: { name: string; role: string }) {
  return (
    <nav aria-label="Newsroom" className="mt-4 flex flex-wrap items-center gap-4 rounded border border-line bg-surface px-4 py-2">
      <Link href="/admin" prefetch={false} className="font-bold">
        Newsroom
      </Link>
      <Link href="/admin/articles" prefetch={false} className="underline">
        Articles
      </Link>
      <Link href="/admin/articles/new" prefetch={false} className="underline">
        New article
      </Link>
      <span className="ml-auto text-sm text-muted-fg">
        {name} · {role}
      </span>
      <form method="post" action="/admin/signout">
        <button type="submit" className="text-sm underline">
          Sign out
        </button>
      </form>
    </nav>
  );
}
