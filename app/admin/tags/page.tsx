import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { listTagsWithCounts } from '@/db/queries/taxonomy';
import { requireStaff } from '@/lib/auth/session';
import { oneParam } from '@/lib/newsroom/forms';
import { TAG_LIMITS } from '@/lib/newsroom/taxonomy';
import { parsePageNumber, tagPath } from '@/lib/urls';
import { createTagAction } from './actions';

export const metadata: Metadata = { title: 'Tags' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PER_PAGE = 50;

const MESSAGES = {
  done: { deleted: 'Tag deleted and removed from its articles.' },
  error: { forbidden: 'Your role may not manage tags.', 'not-found': 'That tag does not exist (any more).' },
};

export default async function Tags({ searchParams }: Props) {
  await requireStaff('taxonomy.manage', '/admin/tags');
  const params = await searchParams;
  const q = oneParam(params, 'q').trim().slice(0, 80);
  const page = parsePageNumber(oneParam(params, 'page') || undefined) ?? 1;
  const { items, total } = listTagsWithCounts({ q: q || undefined, page, perPage: PER_PAGE });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const link = (p: number) => `/admin/tags?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <div>
      <h1 className="list-title">Tags</h1>
      <OutcomeNotice done={oneParam(params, 'done')} error={oneParam(params, 'error')} messages={MESSAGES} />
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter tags">
        <div className="flex flex-col gap-1">
          <label htmlFor="tags-q" className="text-sm font-semibold">
            Name or slug contains
          </label>
          <input
            id="tags-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={80}
            className="min-h-11 rounded border border-line bg-page px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          Filter
        </button>
        {q ? (
          <Link href="/admin/tags" prefetch={false} className="min-h-11 py-2 underline">
            Show all
          </Link>
        ) : null}
      </form>
      <p className="list-count mt-3">
        {total} tag{total === 1 ? '' : 's'}
        {q ? ` matching “${q}”` : ''}
      </p>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Tags by name</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Address</th>
            <th scope="col">Articles</th>
          </tr>
        </thead>
        <tbody>
          {items.map((t) => (
            <tr key={t.id} className="border-t border-line">
              <th scope="row" className="py-2 font-normal">
                <Link href={`/admin/tags/${t.id}`} prefetch={false} className="font-semibold underline">
                  {t.name}
                </Link>
              </th>
              <td>
                <Link href={tagPath(t.slug)} prefetch={false} className="underline">
                  {tagPath(t.slug)}
                </Link>
              </td>
              <td>{t.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? (
        <p className="mt-2">No tags{q ? ' match the filter' : page > 1 ? ' on this page' : ''}.</p>
      ) : null}
      <AdminPager label="Pages of tags" page={page} pages={pages} href={link} />
      <section aria-labelledby="new-tag-heading" className="mt-8">
        <h2 id="new-tag-heading" className="mb-3 text-xl font-bold">
          New tag
        </h2>
        <ManagedForm
          action={createTagAction}
          idPrefix="new-tag"
          submitLabel="Create tag"
          fields={[
            { name: 'name', label: 'Name', required: true, maxLength: TAG_LIMITS.name },
            {
              name: 'slug',
              label: 'Slug',
              maxLength: TAG_LIMITS.slug,
              hint: 'The tag’s address, /tags/slug. Made from the name when empty.',
            },
            { name: 'description', label: 'Description', kind: 'textarea', maxLength: TAG_LIMITS.description },
          ]}
        />
      </section>
    </div>
  );
}
