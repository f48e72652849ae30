/** The newsroom pages' shared frame pieces: the link back to a list, and a titled panel. */
import Link from 'next/link';
import type { ReactNode } from 'react';

/** "← Articles" above a detail page's title. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p>
      <Link href={href} prefetch={false} className="underline">
        {`← ${label}`}
      </Link>
    </p>
  );
}

/** A section of a page, named by its heading (`${id}-heading`). */
export function Panel({
  id,
  title,
  headingClassName = 'text-xl font-bold',
  children,
}: {
  id: string;
  title: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
