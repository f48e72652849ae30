import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { ListFilter, SearchFilter } from '@/components/admin/ListParts';
import { listLibrary } from '@/db/queries/media';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { mediaUrl } from '@/lib/media';
import { oneParam } from '@/lib/newsroom/forms';
import { pageParam, paging, type SearchParams } from '@/lib/newsroom/lists';

export const metadata: Metadata = { title: 'Media' };

const PER_PAGE = 24;

export default async function MediaLibrary({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requireStaff('admin.access', '/admin/media');
  const params = await searchParams;
  const q = oneParam(params, 'q').trim().slice(0, 200);
  const page = pageParam(params);
  const { items, total } = listLibrary({ q: q || undefined, page, perPage: PER_PAGE });
  const { pages, href } = paging('/admin/media', { q }, total, PER_PAGE);
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
      {oneParam(params, 'deleted') ? (
        <p role="status" className="mt-3 rounded border border-line p-3 font-semibold">
          The picture was deleted.
        </p>
      ) : null}
      <ListFilter label="Search pictures" submitLabel="Search">
        <SearchFilter label="Alt text, caption or credit" q={q} />
      </ListFilter>
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
      <AdminPager label="Pages of pictures" page={page} pages={pages} href={href} />
    </div>
  );
}
