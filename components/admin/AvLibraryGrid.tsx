/**
 * The media library's grid: pictures, and video, audio and files with their kind, state
 * (processing with its progress and stage, or why it failed) and duration. Plain links, no
 * JavaScript; the page refreshes itself while something is processing.
 */
import Link from 'next/link';
import type { LibraryEntry, MediaJobSummary } from '@/lib/newsroom/av';
import { formatBytes, formatDuration } from '@/lib/format';
import { mediaUrl } from '@/lib/media';

export const KIND_LABELS = { image: 'Picture', video: 'Video', audio: 'Audio', file: 'File' } as const;

/** "Processing 42 % (720p)", "Ready", "Failed": what an item's state reads as. */
export function statusText(entry: Pick<LibraryEntry, 'status'>, job: MediaJobSummary | undefined): string {
  if (entry.status === 'failed') return 'Failed';
  if (entry.status === 'ready') return 'Ready';
  if (!job || job.state === 'queued') return job?.attempts ? 'Processing: waiting to try again' : 'Processing: queued';
  return `Processing ${job.progress} %${job.stage ? ` (${job.stage})` : ''}`;
}

export function AvLibraryGrid({ items, jobs }: { items: LibraryEntry[]; jobs: Record<number, MediaJobSummary> }) {
  return (
    <ul className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-1 text-sm" data-media-id={item.id}>
          <Link href={`/admin/media/${item.id}`} prefetch={false} className="flex flex-col gap-1">
            {item.thumb && item.thumb.width > 0 ? (
              // eslint-disable-next-line @next/next/no-img-element -- our own pre-sized variant, not next/image
              <img
                src={mediaUrl(item.thumb.file, item.thumb.variants[0] ?? item.thumb.width)}
                alt={item.kind === 'image' ? item.thumb.alt : ''}
                width={320}
                height={Math.round((320 * item.thumb.height) / item.thumb.width)}
                loading="lazy"
                className="h-auto w-full rounded bg-muted"
              />
            ) : (
              <span className="flex aspect-video w-full items-center justify-center rounded bg-muted font-semibold">
                {KIND_LABELS[item.kind]}
              </span>
            )}
            <span className="font-semibold underline">#{item.id}</span>
          </Link>
          {item.kind === 'image' ? (
            <span className="line-clamp-2 text-muted-fg">{item.title}</span>
          ) : (
            <>
              <span className="line-clamp-2">{item.title}</span>
              <span className="text-muted-fg">
                {KIND_LABELS[item.kind]}
                {item.durationMs ? `, ${formatDuration(item.durationMs)}` : ''}
                {item.kind === 'file' ? `, ${formatBytes(item.bytes)}` : ''}
              </span>
              <span className={item.status === 'failed' ? 'font-semibold text-link' : 'font-semibold'}>
                {statusText(item, jobs[item.id])}
              </span>
              {item.status === 'failed' && item.error ? <span className="line-clamp-3">{item.error}</span> : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
