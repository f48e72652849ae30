import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { AvLibraryGrid } from '@/components/admin/AvLibraryGrid';
import { FILTER_INPUT_CLASS, FilterLabel, ListFilter, SearchFilter } from '@/components/admin/ListParts';
import { listLibraryEntries } from '@/db/queries/av-library';
import { jobsForMedia } from '@/db/queries/media-jobs';
import { MEDIA_KINDS, type MediaKind } from '@/db/schema';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { oneParam } from '@/lib/newsroom/forms';
import { pageParam, paging, type SearchParams } from '@/lib/newsroom/lists';

export const metadata: Metadata = { title: 'Media' };

const PER_PAGE = 24;
/** While something is processing, the page reloads itself this often (no JavaScript needed). */
const REFRESH_SECONDS = 5;

const KIND_FILTER: { value: MediaKind | ''; label: string }[] = [
  { value: '', label: 'Everything' },
  { value: 'image', label: 'Pictures' },
  { value: 'video', label: 'Video' },
  { value: 'audio', label: 'Audio' },
  { value: 'file', label: 'Files' },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function MediaLibrary({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requireStaff('admin.access', '/admin/media');
  const params = await searchParams;
  const q = oneParam(params, 'q').trim().slice(0, 200);
  const rawKind = oneParam(params, 'kind');
  const kind = (MEDIA_KINDS as readonly string[]).includes(rawKind) ? (rawKind as MediaKind) : undefined;
  const page = pageParam(params);
  const { items, total, counts } = listLibraryEntries({ q: q || undefined, kind, page, perPage: PER_PAGE });
  const jobs = jobsForMedia(items.filter((i) => i.kind !== 'image').map((i) => i.id));
  const processing = items.some((i) => i.status === 'processing');
  const { pages, href } = paging('/admin/media', { q, kind }, total, PER_PAGE);
  const all = counts.image + counts.video + counts.audio + counts.file;
  return (
    <div>
      {/* React puts this in the head; the library follows processing without any script. */}
      {processing ? <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} /> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="list-title">Media</h1>
        {can(staff.role, 'media.upload') ? (
          <div className="flex flex-wrap gap-3">
            <Link
              href="/admin/media/new"
              prefetch={false}
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-fg"
            >
              Upload a picture
            </Link>
            <Link
              href="/admin/media/new#av-heading"
              prefetch={false}
              className="rounded border border-line px-4 py-2 font-semibold"
            >
              Upload video, audio or a file
            </Link>
          </div>
        ) : null}
      </div>
      {oneParam(params, 'deleted') ? (
        <p role="status" className="mt-3 rounded border border-line p-3 font-semibold">
          The item was deleted.
        </p>
      ) : null}
      <ListFilter
        label="Search media"
        submitLabel="Search"
        reset={q || kind ? { href: '/admin/media', label: 'Show everything' } : null}
      >
        <SearchFilter label="Title, alt text, caption, credit or file name" q={q} />
        <FilterLabel label="Kind">
          <select name="kind" defaultValue={kind ?? ''} className={FILTER_INPUT_CLASS}>
            {KIND_FILTER.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </FilterLabel>
      </ListFilter>
      <p className="list-count mt-3">
        {plural(all, 'item', 'items')}: {plural(counts.image, 'picture', 'pictures')},{' '}
        {plural(counts.video, 'video', 'videos')}, {plural(counts.audio, 'audio item', 'audio items')},{' '}
        {plural(counts.file, 'file', 'files')}
      </p>
      {processing ? (
        <p className="mt-1 text-sm text-muted-fg">
          This page refreshes every {REFRESH_SECONDS} seconds while something is processing.
        </p>
      ) : null}
      <AvLibraryGrid items={items} jobs={jobs} />
      <AdminPager label="Pages of media" page={page} pages={pages} href={href} />
    </div>
  );
}
