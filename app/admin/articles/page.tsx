import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { FILTER_INPUT_CLASS, FilterLabel, ListFilter, ListTable, SearchFilter } from '@/components/admin/ListParts';
import { listStaffArticles } from '@/db/queries/newsroom';
import { listSections } from '@/db/queries/articles';
import { DEFAULT_EDITION, editions } from '@/lib/editions';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/db/schema';
import { canIn } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { creatableEditions } from '@/lib/newsroom/articles';
import { translateArticleAction } from './actions';
import { formatDateTime } from '@/lib/format';
import { oneParam } from '@/lib/newsroom/forms';
import { pageParam, paging, type SearchParams } from '@/lib/newsroom/lists';

export const metadata: Metadata = { title: 'Articles' };

const PER_PAGE = 30;

export default async function ArticleList({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requireStaff('admin.access', '/admin/articles');
  const params = await searchParams;
  // The editions the person has a role in (every one for administrators): the filter's default
  // when they are fewer than all, and the rows whose editor they may open.
  const mine = editions.codes.filter((code) => canIn(staff, code, 'admin.access'));
  const limited = mine.length < editions.codes.length;
  const creatable = creatableEditions(staff);
  const one = (k: string) => oneParam(params, k);
  const status = (ARTICLE_STATUSES as readonly string[]).includes(one('status'))
    ? (one('status') as ArticleStatus)
    : undefined;
  // An edition first (by default the person's own, or all of them); the section list is that
  // edition's (the person's first, or the default's, otherwise).
  const edition = editions.find(one('edition'));
  const all = one('edition') === 'all';
  const shown = edition ? edition.code : limited && !all ? mine : undefined;
  const sections = listSections(edition?.code ?? (limited && !all ? mine[0] : DEFAULT_EDITION));
  const section = sections.find((s) => s.slug === one('section'));
  const q = one('q').trim().slice(0, 200);
  const page = pageParam(params);
  const { items, total } = listStaffArticles({
    edition: shown,
    status,
    sectionId: section?.id,
    q: q || undefined,
    page,
    perPage: PER_PAGE,
  });
  const { pages, href } = paging(
    '/admin/articles',
    { edition: edition?.code ?? (all ? 'all' : undefined), status, section: section?.slug, q },
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
          <select
            name="edition"
            defaultValue={edition?.code ?? (all && limited ? 'all' : '')}
            className={FILTER_INPUT_CLASS}
          >
            {limited ? (
              <>
                <option value="">Yours ({mine.map((code) => editions.get(code).flag).join(', ')})</option>
                <option value="all">All</option>
              </>
            ) : (
              <option value="">All</option>
            )}
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
              {mine.includes(a.edition) ? (
                <Link href={`/admin/articles/${a.id}`} prefetch={false} className="font-semibold underline" dir="auto">
                  {a.title}
                </Link>
              ) : (
                // Another desk's story: read-only here, with "Translate into" the person's editions.
                <span className="flex flex-wrap items-baseline gap-2">
                  <span className="font-semibold" dir="auto">
                    {a.title}
                  </span>
                  {creatable
                    .filter((code) => code !== a.edition)
                    .map((code) => (
                      <form key={code} action={translateArticleAction}>
                        <input type="hidden" name="id" value={a.id} />
                        <input type="hidden" name="edition" value={code} />
                        <button type="submit" className="text-sm underline">
                          Translate into {editions.get(code).flag}
                        </button>
                      </form>
                    ))}
                </span>
              )}
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
