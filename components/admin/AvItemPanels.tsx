/**
 * The parts of a video, audio or file item's newsroom page: its state (with a retry for a failed
 * one), what was made from it, its poster, its captions and where it is used. Plain forms
 * (post-redirect-get) that work without JavaScript; the actions arrive as props.
 */
import Link from 'next/link';
import type { AvItem } from '@/lib/content/reader';
import { formatBytes, formatDuration } from '@/lib/format';
import { imageAttributes } from '@/lib/media';
import type { CaptionRow, MediaJobSummary, MediaUsage } from '@/lib/newsroom/av';
import { articlePath } from '@/lib/urls';
import { BUTTON_CLASS, INPUT_CLASS } from './FormParts';
import { Panel } from './PageParts';

type Action = (form: FormData) => Promise<void>;

/** Processing, ready or failed, with the progress, the reason and a retry. */
export function AvStatus({
  item,
  job,
  retry,
  manage,
}: {
  item: AvItem;
  job: MediaJobSummary | undefined;
  retry: Action;
  manage: boolean;
}) {
  if (item.status === 'ready')
    return (
      <p className="mt-3 rounded border border-line p-3" data-status="ready">
        <strong>Ready.</strong> {item.kind === 'file' ? 'Readers can download it.' : 'It can be published in stories.'}
      </p>
    );
  if (item.status === 'failed')
    return (
      <div role="alert" className="mt-3 rounded border border-line p-3" data-status="failed">
        <p>
          <strong>Processing failed.</strong> {item.error || job?.error || 'No reason was recorded.'}
        </p>
        {manage ? (
          <form action={retry} className="mt-2">
            <input type="hidden" name="id" value={item.id} />
            <button type="submit" className={BUTTON_CLASS}>
              Retry
            </button>
          </form>
        ) : null}
      </div>
    );
  const percent = job?.progress ?? 0;
  return (
    <div className="mt-3 rounded border border-line p-3" data-status="processing">
      <p>
        <strong>Processing</strong>
        {job?.state === 'running' ? `: ${job.stage || 'working'}, ${percent} %` : ': waiting its turn'}
        {job && job.attempts > 1 ? ` (attempt ${job.attempts} of ${job.maxAttempts})` : ''}. Stories using it can be
        published once it is ready. This page refreshes itself.
      </p>
      <progress max={100} value={percent} aria-label="Processing" className="mt-2 w-full" />
    </div>
  );
}

/** What the item is and what was made from it. */
export function AvFacts({ item, probe }: { item: AvItem; probe: Record<string, unknown> }) {
  const codecs = [probe.videoCodec, probe.audioCodec].filter((c) => typeof c === 'string').join(', ');
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-semibold">In a body</dt>
      <dd>
        <code>{`![${(item.kind === 'file' ? item.title : '').replace(/[[\]]/g, '')}](${item.kind}:${item.id})`}</code>
      </dd>
      <dt className="font-semibold">Uploaded file</dt>
      <dd>
        {item.originalName}, {item.mime}, {formatBytes(item.bytes)}
      </dd>
      {item.kind !== 'file' ? (
        <>
          <dt className="font-semibold">Duration</dt>
          <dd>{formatDuration(item.durationMs)}</dd>
        </>
      ) : null}
      {item.kind === 'video' ? (
        <>
          <dt className="font-semibold">Picture</dt>
          <dd>
            {item.width} × {item.height} pixels
          </dd>
        </>
      ) : null}
      {codecs ? (
        <>
          <dt className="font-semibold">Codecs</dt>
          <dd>{codecs}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function AvRenditions({ item }: { item: AvItem }) {
  return (
    <Panel id="renditions" title={item.kind === 'file' ? 'Stored file' : 'Renditions'}>
      {item.renditions.length ? (
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {item.renditions.map((r) => (
            <li key={r.file}>
              <a href={`/media/av/${item.storageKey}/${r.file}`}>{r.file}</a> — {r.mime}
              {r.width && r.height ? `, ${r.width} × ${r.height}` : ''}, {formatBytes(r.bytes)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm">None yet: they are made while it is processing.</p>
      )}
    </Panel>
  );
}

/** The poster (video) or artwork (audio): the current picture and a form to choose another. */
export function AvPoster({
  item,
  choices,
  action,
  manage,
}: {
  item: AvItem;
  choices: { id: number; alt: string }[];
  action: Action;
  manage: boolean;
}) {
  const title = item.kind === 'audio' ? 'Artwork' : 'Poster';
  const poster = item.poster;
  return (
    <Panel id="poster" title={title}>
      {poster ? (
        <>
          {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized variants, not next/image */}
          <img
            {...imageAttributes(poster, 'inline')}
            alt={poster.alt || `${title} of ${item.title}`}
            className="mt-2 h-auto w-full max-w-md rounded bg-muted"
          />
          <p className="mt-1 text-sm">
            Picture <Link href={`/admin/media/${poster.id}`}>#{poster.id}</Link>
          </p>
        </>
      ) : (
        <p className="mt-2 text-sm">
          {item.kind === 'video' ? 'None yet: a frame is picked while it is processing.' : 'None.'}
        </p>
      )}
      {manage ? (
        <form action={action} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={item.id} />
          <div className="flex flex-col gap-1">
            <label htmlFor="poster-choice" className="font-semibold">
              Use a picture from the library
            </label>
            <select id="poster-choice" name="poster" defaultValue={poster?.id ?? ''} className={INPUT_CLASS}>
              <option value="">{item.kind === 'video' ? 'No poster' : 'No artwork'}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  #{c.id} {c.alt.slice(0, 60)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={BUTTON_CLASS}>
            Use this picture
          </button>
          <p className="w-full text-sm">
            A new picture? <Link href="/admin/media/new">Upload it</Link> first, then choose it here.
          </p>
        </form>
      ) : null}
    </Panel>
  );
}

/** The caption tracks, a form to add one (a route: it sends a file) and a delete button per track. */
export function AvCaptions({
  item,
  captions,
  remove,
  manage,
}: {
  item: AvItem;
  captions: CaptionRow[];
  remove: Action;
  manage: boolean;
}) {
  return (
    <Panel id="captions" title="Captions and subtitles">
      {captions.length ? (
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {captions.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3">
              <span>
                {c.label} ({c.lang}) — <a href={`/media/av/${item.storageKey}/${c.file}`}>{c.file}</a>
              </span>
              {manage ? (
                <form action={remove}>
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="caption" value={c.id} />
                  <button type="submit" className={BUTTON_CLASS}>
                    Delete {c.label} captions
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm">None yet.</p>
      )}
      {manage ? (
        <form
          method="post"
          action={`/admin/media/${item.id}/captions`}
          encType="multipart/form-data"
          className="mt-3 flex flex-col gap-3"
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="caption-file" className="font-semibold">
              Caption file
            </label>
            <input
              id="caption-file"
              name="file"
              type="file"
              required
              accept=".vtt,.srt,text/vtt"
              aria-describedby="caption-file-hint"
            />
            <p id="caption-file-hint" className="text-sm text-muted-fg">
              WebVTT (.vtt) or SubRip (.srt, converted), UTF-8. One file per language: a new one replaces the old.
            </p>
          </div>
          <div className="flex flex-wrap gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor="caption-lang" className="font-semibold">
                Language code
              </label>
              <input id="caption-lang" name="lang" required maxLength={35} placeholder="en" className={INPUT_CLASS} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="caption-label" className="font-semibold">
                Label
              </label>
              <input
                id="caption-label"
                name="label"
                required
                maxLength={60}
                placeholder="English"
                className={INPUT_CLASS}
              />
            </div>
          </div>
          <button type="submit" className={`${BUTTON_CLASS} self-start`}>
            Add captions
          </button>
        </form>
      ) : null}
    </Panel>
  );
}

/** Where a library item (of any kind) is used, and the delete button when nothing uses it. */
export function UsagePanel({
  id,
  noun,
  usage,
  remove,
  manage,
}: {
  id: number;
  /** What the item is, for the button: "picture", "video", "audio", "file". */
  noun: string;
  usage: MediaUsage;
  remove: Action;
  manage: boolean;
}) {
  const unused = !usage.articles.length && !usage.authors.length && !usage.shows.length && !usage.posterOf.length;
  return (
    <Panel id="usage" title="Used in">
      {unused ? (
        <p className="mt-2 text-sm">{`Nothing uses this ${noun}.`}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {usage.articles.map((a) => (
            <li key={`${a.id}-${a.as}`}>
              <Link href={`/admin/articles/${a.id}`} prefetch={false} className="underline">
                {a.title}
              </Link>{' '}
              ({a.as}, {a.status}
              {a.status === 'published' ? (
                <>
                  ,{' '}
                  <a href={articlePath({ id: a.id, slug: a.slug, sectionSlug: a.sectionSlug, edition: a.edition })}>
                    view
                  </a>
                </>
              ) : null}
              )
            </li>
          ))}
          {usage.authors.map((a) => (
            <li key={`author-${a.id}`}>{a.name} (byline picture)</li>
          ))}
          {usage.shows.map((s) => (
            <li key={`show-${s.id}`}>{s.name} (show artwork)</li>
          ))}
          {usage.posterOf.map((v) => (
            <li key={`poster-${v.id}`}>
              <Link href={`/admin/media/${v.id}`} prefetch={false} className="underline">
                {v.title || `#${v.id}`}
              </Link>{' '}
              (poster)
            </li>
          ))}
        </ul>
      )}
      {manage && unused ? (
        <form action={remove} className="mt-3">
          <input type="hidden" name="id" value={id} />
          <button type="submit" className={BUTTON_CLASS}>
            {`Delete this ${noun}`}
          </button>
        </form>
      ) : null}
    </Panel>
  );
}
