import Link from 'next/link';

/** Previous / "Page n of m" / next links for the newsroom's lists (real links, no JavaScript). */
export function AdminPager({
  label,
  page,
  pages,
  href,
  labels = ['← Previous', 'Next →'],
}: {
  /** Names the navigation landmark, e.g. "Pages of tags". */
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  labels?: [string, string];
}) {
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} prefetch={false} className="underline">
          {labels[0]}
        </Link>
      ) : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} prefetch={false} className="underline">
          {labels[1]}
        </Link>
      ) : null}
    </nav>
  );
}
