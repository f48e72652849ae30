import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { FILTER_INPUT_CLASS, FilterLabel, ListFilter, ListTable, SearchFilter } from '@/components/admin/ListParts';
import { listStaffArticles } from '@/db/queries/newsroom';
import { listSections } from '@/db/queries/articles';
import { DEFAULT_EDITION, editions } from '@/lib/editions';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/db/schema';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { oneParam } from '@/lib/newsroom/forms';
import { pageParam, paging, type SearchParams } from '@/lib/newsroom/lists';

export const metadata: Metadata = { title: 'Articles' };

const PER_PAGE = 30;

export default async function ArticleList({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff('admin.access', '/admin/articles');
  const params = await searchParams;
  const one = (k: string) => oneParam(params, k);
  const status = (ARTICLE_STATUSES as readonly string[]).includes(one('status'))
    ? (one('status') as ArticleStatus)
    : undefined;
  // An edition first (all by default); the section list is that edition's (the default's for all).
  const edition = editions.find(one('edition'));
  const sections = listSections(edition?.code ?? DEFAULT_EDITION);
  const section = sections.find((s) => s.slug === one('section'));
  const q = one('q').trim().slice(0, 200);
  const page = pageParam(params);
  const { items, total } = listStaffArticles({
    edition: edition?.code,
    status,
    sectionId: section?.id,
    q: q || undefined,
    page,
    perPage: PER_PAGE,
  });
  const { pages, href } = paging(
    '/admin/articles',
    { edition: edition?.code, status, section: section?.slug, q },
    total,
    PER_PAGE,
  );
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="list-title">Articles</h1>
        <Link
          href="/admin/articles/new"
          prefetch={false}
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-fg"
        >
          New article
        </Link>
      </div>
      <ListFilter label="Filter articles" submitLabel="Filter">
        <FilterLabel label="Edition">
          <select name="edition" defaultValue={edition?.code ?? ''} className={FILTER_INPUT_CLASS}>
            <option value="">All</option>
            {editions.all.map((e) => (
              <option key={e.code} value={e.code} lang={e.language}>
                {e.name}
              </option>
            ))}
          </select>
        </FilterLabel>
        <FilterLabel label="Status">
          <select name="status" defaultValue={status ?? ''} className={FILTER_INPUT_CLASS}>
            <option value="">Any</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </FilterLabel>
        <FilterLabel label="Section">
          <select name="section" defaultValue={section?.slug ?? ''} className={FILTER_INPUT_CLASS}>
            <option value="">Any</option>
            {sections.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </FilterLabel>
        <SearchFilter label="Headline or slug" q={q} />
      </ListFilter>
      <p className="list-count mt-3">{total} articles</p>
      <ListTable columns={['Headline', 'Edition', 'Status', 'Section', 'Last change']}>
        {items.map((a) => (
          <tr key={a.id} className="border-t border-line">
            <td className="py-2">
              <Link href={`/admin/articles/${a.id}`} prefetch={false} className="font-semibold underline" dir="auto">
                {a.title}
              </Link>
            </td>
            <td>{editions.find(a.edition)?.flag ?? a.edition}</td>
            <td>{a.status}</td>
            <td>{a.section.name}</td>
            <td>
              {(a.updatedAt ?? a.publishedAt) ? (
                <time dateTime={(a.updatedAt ?? a.publishedAt)!}>
                  {formatDateTime((a.updatedAt ?? a.publishedAt)!)}
                </time>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      <AdminPager label="Pages of articles" page={page} pages={pages} href={href} labels={['← Newer', 'Older →']} />
    </div>
  );
}
