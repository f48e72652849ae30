import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { listLibrary } from '@/db/queries/media';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { mediaUrl } from '@/lib/media';
import { parsePageNumber } from '@/lib/urls';

export const metadata: Metadata = { title: 'Media' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PER_PAGE = 24;

export default async function MediaLibrary({ searchParams }: Props) {
  const staff = await requireStaff('admin.access', '/admin/media');
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string) : '');
  const q = one('q').trim().slice(0, 200);
  const page = parsePageNumber(one('page') || undefined) ?? 1;
  const { items, total } = listLibrary({ q: q || undefined, page, perPage: PER_PAGE });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const link = (p: number) => `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="list-title">Media</h1>
        {can(staff.role, 'media.upload') ? (
          <Link
            href="/admin/media/new"
            prefetch={false}
            className="rounded bg-brand px-4 py-2 font-semibold text-brand-fg"
          >
            Upload a picture
          </Link>
        ) : null}
      </div>
      {one('deleted') ? (
        <p role="status" className="mt-3 rounded border border-line p-3 font-semibold">
          The picture was deleted.
        </p>
      ) : null}
      <form method="get" role="search" aria-label="Search pictures" className="mt-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">Alt text, caption or credit</span>
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={200}
            className="min-h-11 rounded border border-line bg-page px-2"
          />
        </label>
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          Search
        </button>
      </form>
      <p className="list-count mt-3">{total} pictures</p>
      <ul className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {items.map((item) => (
          <li key={item.id} className="flex flex-col gap-1 text-sm">
            <Link href={`/admin/media/${item.id}`} prefetch={false} className="flex flex-col gap-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized variant, not next/image */}
              <img
                src={mediaUrl(item.file, item.variants[0] ?? item.width)}
                alt={item.alt}
                width={320}
                height={Math.round((320 * item.height) / item.width)}
                loading="lazy"
                className="h-auto w-full rounded bg-muted"
              />
              <span className="font-semibold underline">#{item.id}</span>
            </Link>
            <span className="line-clamp-2 text-muted-fg">{item.alt}</span>
          </li>
        ))}
      </ul>
      <AdminPager label="Pages of pictures" page={page} pages={pages} href={link} />
    </div>
  );
}
