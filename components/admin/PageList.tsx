import Link from 'next/link';
import { ListTable } from '@/components/admin/ListParts';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import type { InfoPage } from '@/lib/newsroom/pages';
import { formatDateTime } from '@/lib/format';
import { infoPagePath } from '@/lib/urls';

/** /admin/pages: the site's own pages in footer order (pages kept out of the footer last). */
export function PageList({
  pages,
  outcome,
  messages,
  editable,
  mayCreate,
}: {
  pages: InfoPage[];
  /** The editions whose pages the person may edit (others are listed read-only). */
  editable: readonly string[];
  /** Whether "New page" shows (the person may make pages in some edition; its form offers which). */
  mayCreate: boolean;
  outcome: { done: string; error: string };
  messages: { done: Record<string, string>; error: Record<string, string> };
}) {
  return (
    <div>
      <h1 className="list-title">Site pages</h1>
      <p className="list-count">
        About, Contact, the policies and the other pages linked from the footer of every reader page.
      </p>
      <OutcomeNotice done={outcome.done} error={outcome.error} messages={messages} />
      {mayCreate ? (
        <p className="mt-4">
          <Link
            href="/admin/pages/new"
            prefetch={false}
            className="inline-flex min-h-11 items-center rounded bg-brand px-4 font-semibold text-brand-fg"
          >
            New page
          </Link>
        </p>
      ) : null}
      <ListTable className="mt-4" caption="Site pages" columns={['Title', 'Address', 'Footer', 'Last updated']}>
        {pages.map((p) => (
          <tr key={p.id} className="border-t border-line">
            <th scope="row" className="py-2 font-normal">
              {editable.includes(p.edition) ? (
                <Link href={`/admin/pages/${p.id}`} prefetch={false} className="font-semibold underline">
                  {p.title}
                </Link>
              ) : (
                <span className="font-semibold">{p.title}</span>
              )}
            </th>
            <td>
              <Link href={infoPagePath(p.edition, p.slug)} prefetch={false} className="underline">
                {infoPagePath(p.edition, p.slug)}
              </Link>
            </td>
            <td>{p.position >= 0 ? p.position : 'Not linked'}</td>
            <td>
              <time dateTime={p.updatedAt}>{formatDateTime(p.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </ListTable>
      {pages.length === 0 ? <p className="mt-2">No pages yet.</p> : null}
    </div>
  );
}
