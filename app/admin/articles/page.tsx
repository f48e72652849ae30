import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { listStaffArticles } from '@/db/queries/newsroom';
import { listSections } from '@/db/queries/articles';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/db/schema';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { parsePageNumber } from '@/lib/urls';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PER_PAGE = 30;

export default async function ArticleList({ searchParams }: Props) {
  await requireStaff('admin.access', '/admin/articles');
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string) : '');
  const status = (ARTICLE_STATUSES as readonly string[]).includes(one('status'))
    ? (one('status') as ArticleStatus)
    : undefined;
  const sections = listSections();
  const section = sections.find((s) => s.slug === one('section'));
  const q = one('q').trim().slice(0, 200);
  const page = parsePageNumber(one('page') || undefined) ?? 1;
  const { items, total } = listStaffArticles({
    status,
    sectionId: section?.id,
    q: q || undefined,
    page,
    perPage: PER_PAGE,
  });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const link = (p: number) =>
    `/admin/articles?${new URLSearchParams({ ...(status ? { status } : {}), ...(section ? { section: section.slug } : {}), ...(q ? { q } : {}), page: String(p) })}`;
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
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter articles">
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">Status</span>
          <select
            name="status"
            defaultValue={status ?? ''}
            className="min-h-11 rounded border border-line bg-page px-2"
          >
            <option value="">Any</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">Section</span>
          <select
            name="section"
            defaultValue={section?.slug ?? ''}
            className="min-h-11 rounded border border-line bg-page px-2"
          >
            <option value="">Any</option>
            {sections.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">Headline or slug</span>
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={200}
            className="min-h-11 rounded border border-line bg-page px-2"
          />
        </label>
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          Filter
        </button>
      </form>
      <p className="list-count mt-3">{total} articles</p>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Status</th>
            <th scope="col">Section</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-t border-line">
              <td className="py-2">
                <Link href={`/admin/articles/${a.id}`} prefetch={false} className="font-semibold underline">
                  {a.title}
                </Link>
              </td>
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
        </tbody>
      </table>
      <AdminPager label="Pages of articles" page={page} pages={pages} href={link} labels={['← Newer', 'Older →']} />
    </div>
  );
}
