import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLibraryItem, mediaUsage } from '@/db/queries/media';
import { FocalPointForm } from '@/components/admin/FocalPointForm';
import { MediaDetailsForm } from '@/components/admin/MediaDetailsForm';
import { focalOf } from '@/lib/focal';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { imageAttributes } from '@/lib/media';
import { mayManageMedia } from '@/lib/newsroom/media';
import { AvDetailsForm } from '@/components/admin/AvDetailsForm';
import { AvCaptions, AvFacts, AvPoster, AvRenditions, AvStatus, UsagePanel } from '@/components/admin/AvItemPanels';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { avByIds, mediaKindsOf } from '@/db/queries/av';
import { avItemExtras, captionsOf, pictureChoices } from '@/db/queries/av-library';
import { jobsForMedia } from '@/db/queries/media-jobs';
import type { StaffUser } from '@/lib/auth/session';
import type { AvItem } from '@/lib/content/reader';
import { oneParam } from '@/lib/newsroom/forms';
import {
  deleteAvAction,
  deleteCaptionAction,
  deleteMediaAction,
  retryAvAction,
  setFocalPointAction,
  setPosterAction,
  updateAvAction,
  updateMediaAction,
} from '../actions';

const KIND_TITLES = { image: 'Picture', video: 'Video', audio: 'Audio', file: 'File' } as const;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const kind = /^[1-9][0-9]{0,14}$/.test(id) ? mediaKindsOf([Number(id)]).get(Number(id))?.kind : undefined;
  return { title: kind ? KIND_TITLES[kind] : 'Media' };
}

/** Outcomes of the video, audio and file forms (codes from lib/newsroom/av.ts). */
const AV_MESSAGES = {
  done: {
    saved: 'Saved.',
    poster: 'The picture is set.',
    'poster-cleared': 'The picture is removed.',
    retry: 'Processing starts again.',
    captions: 'Captions added.',
    'caption-deleted': 'Captions deleted.',
  },
  error: {
    missing: 'That item does not exist (any more).',
    forbidden: 'Your role may not change this item.',
    'no-poster': 'Files have no poster.',
    'poster-not-picture': 'Choose a picture from the library.',
    'not-failed': 'Only an item whose processing failed can be retried.',
    'caption-missing': 'Those captions were already deleted.',
    'in-use': 'It is still used: remove it from those stories first.',
  },
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaItemPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const staff = await requireStaff('admin.access', `/admin/media/${encodeURIComponent(raw)}`);
  if (!/^[1-9][0-9]{0,14}$/.test(raw)) notFound();
  const query = await searchParams;
  const kind = mediaKindsOf([Number(raw)]).get(Number(raw))?.kind;
  if (kind && kind !== 'image') {
    const av = avByIds([Number(raw)])[Number(raw)];
    if (!av) notFound();
    return <AvItemPage staff={staff} item={av} query={query} />;
  }
  const item = getLibraryItem(Number(raw));
  if (!item) notFound();
  const error = typeof query.error === 'string' ? query.error.slice(0, 300) : '';
  const usage = mediaUsage(item.id);
  const manage = mayManageMedia(staff, item);
  const image = imageAttributes(item, 'inline');
  const focal = focalOf(item);
  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <div>
        <h1 className="list-title">Picture #{item.id}</h1>
        {query.uploaded ? (
          <p role="status" className="mt-3 rounded border border-line p-3 font-semibold">
            Uploaded. Use it as a hero picture by its id, or in a body as the line below.
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="mt-3 rounded border border-line p-3 font-semibold">
            {error}
          </p>
        ) : null}
        {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized variants, not next/image */}
        <img {...image} alt={item.alt} className="mt-4 h-auto w-full rounded bg-muted" />
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">In a body</dt>
          <dd>
            <code>{`![${item.alt.replace(/[[\]]/g, '')}](media:${item.id})`}</code>
          </dd>
          <dt className="font-semibold">Size</dt>
          <dd>
            {item.width} × {item.height} pixels, variants {item.variants.join(', ')}
          </dd>
          <dt className="font-semibold">Original</dt>
          <dd>
            {item.mime}
            {item.bytes ? `, ${Math.round(item.bytes / 1024)} KB` : ''}
          </dd>
          <dt className="font-semibold">Added</dt>
          <dd>{item.createdAt ? <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time> : '—'}</dd>
          <dt className="font-semibold">Focal point</dt>
          <dd>
            {Math.round(focal.x * 1000) / 10}% across, {Math.round(focal.y * 1000) / 10}% down
          </dd>
        </dl>
        {manage ? (
          <section aria-labelledby="focal-heading" className="mt-8">
            <h2 id="focal-heading" className="mb-2 text-xl font-bold">
              Focal point
            </h2>
            <p className="mb-3 text-sm text-muted-fg">
              The part of the picture every crop keeps: the share image, the 16:9, 4:3 and 1:1 crops search engines
              show, and the cards on fronts and lists. Published stories using it are updated when you save.
            </p>
            <FocalPointForm
              action={setFocalPointAction}
              id={item.id}
              initial={focal}
              picture={{ src: image.src, alt: item.alt, width: item.width, height: item.height }}
            />
          </section>
        ) : null}
      </div>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-2 text-xl font-bold">
            Details
          </h2>
          {manage ? (
            <MediaDetailsForm
              action={updateMediaAction}
              id={item.id}
              initial={{ alt: item.alt, caption: item.caption, credit: item.credit }}
            />
          ) : (
            <>
              <p>{item.alt}</p>
              {item.caption ? <p className="mt-2">{item.caption}</p> : null}
              {item.credit ? <p className="mt-2 text-sm text-muted-fg">{item.credit}</p> : null}
            </>
          )}
        </section>
        <UsagePanel id={item.id} noun="picture" usage={usage} remove={deleteMediaAction} manage={manage} />
      </div>
    </div>
  );
}

/** The page of a video, audio or file item. */
function AvItemPage({
  staff,
  item,
  query,
}: {
  staff: StaffUser;
  item: AvItem;
  query: Record<string, string | string[] | undefined>;
}) {
  const extras = avItemExtras(item.id);
  const manage = mayManageMedia(staff, { uploadedBy: extras?.uploadedBy ?? null });
  const job = jobsForMedia([item.id])[item.id];
  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      {/* While it is processing, the page follows the job without any script. */}
      {item.status === 'processing' ? <meta httpEquiv="refresh" content="5" /> : null}
      <div>
        <h1 className="list-title">
          {KIND_TITLES[item.kind]} #{item.id}: {item.title}
        </h1>
        {query.uploaded ? (
          <p role="status" className="mt-3 rounded border border-line p-3 font-semibold">
            Uploaded.{' '}
            {item.kind === 'file' ? 'Put it in a story as a download.' : 'It is being prepared for the web now.'}
          </p>
        ) : null}
        <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={AV_MESSAGES} />
        <AvStatus item={item} job={job} retry={retryAvAction} manage={manage} />
        <AvFacts item={item} probe={extras?.probe ?? {}} />
        <AvRenditions item={item} />
        {item.kind === 'file' ? null : (
          <>
            <AvPoster item={item} choices={manage ? pictureChoices() : []} action={setPosterAction} manage={manage} />
            <AvCaptions item={item} captions={captionsOf(item.id)} remove={deleteCaptionAction} manage={manage} />
          </>
        )}
      </div>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-2 text-xl font-bold">
            Details
          </h2>
          {manage ? (
            <AvDetailsForm
              action={updateAvAction}
              id={item.id}
              kind={item.kind}
              initial={{
                title: item.title,
                description: item.description,
                credit: item.credit,
                transcript: item.transcript,
              }}
              allowDownload={item.allowDownload}
            />
          ) : (
            <>
              <p>{item.title}</p>
              {item.description ? <p className="mt-2">{item.description}</p> : null}
              {item.credit ? <p className="mt-2 text-sm text-muted-fg">{item.credit}</p> : null}
            </>
          )}
        </section>
        <UsagePanel id={item.id} noun={item.kind} usage={mediaUsage(item.id)} remove={deleteAvAction} manage={manage} />
      </div>
    </div>
  );
}
