/**
 * The newsroom home's lists (lib/newsroom/dashboard.ts): my drafts, in review, scheduled, recently
 * published, media still processing. Each is a section named by its heading, with an empty-state
 * line and a link to the full list. Server-rendered, plain links: no JavaScript.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Dashboard, DashboardStory } from '@/lib/newsroom/dashboard';
import { editions } from '@/lib/editions';
import { formatDateTime } from '@/lib/format';
import { KIND_LABELS, statusText } from './AvLibraryGrid';
import { ReviewStory } from './ReviewPanel';

function DashboardSection({
  id,
  title,
  note,
  empty,
  count,
  more,
  children,
}: {
  id: string;
  title: string;
  /** Whose stories the list holds, when that is not obvious from the title. */
  note?: string;
  empty: string;
  count: number;
  more: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="rounded border border-line p-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      {note ? <p className="text-sm text-muted-fg">{note}</p> : null}
      {count === 0 ? <p className="mt-2">{empty}</p> : <ul className="mt-2 flex flex-col gap-2">{children}</ul>}
      <p className="mt-3 text-sm">
        <Link href={more.href} prefetch={false} className="underline">
          {more.label}
        </Link>
      </p>
    </section>
  );
}

/** One story: its headline (to the editor), then its edition, section and the time that matters here. */
function StoryItem({ article, when, at }: { article: DashboardStory; when: string; at: string | null }) {
  return (
    <li>
      <Link href={`/admin/articles/${article.id}`} prefetch={false} className="font-semibold underline" dir="auto">
        {article.title}
      </Link>
      <span className="block text-sm text-muted-fg">
        {editions.find(article.edition)?.flag ?? article.edition} · {article.section.name}
        {at ? (
          <>
            {' '}
            · {when} <time dateTime={at}>{formatDateTime(at)}</time>
          </>
        ) : null}
      </span>
    </li>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function DashboardLists({ dashboard }: { dashboard: Dashboard }) {
  const { drafts, review, scheduled, published, media, scope } = dashboard;
  // Authors and contributors see their own scheduled and published stories only.
  const ownOnly = scope.ownOnlyIn.length > 0;
  const whose =
    ownOnly && scope.ownOnlyIn.length === scope.editions.length
      ? 'Your stories (you wrote them or have a byline on them).'
      : ownOnly
        ? `Your stories only in ${scope.ownOnlyIn.map((code) => editions.get(code).name).join(', ')}.`
        : undefined;
  return (
    <div className="mt-6 grid gap-4 lg:grid-cols-2">
      <DashboardSection
        id="my-drafts"
        title="My drafts"
        empty="You have no drafts."
        count={drafts.total}
        more={{ href: '/admin/articles?status=draft', label: 'All drafts' }}
      >
        {drafts.items.map((a) => (
          <StoryItem key={a.id} article={a} when="edited" at={a.editedAt} />
        ))}
      </DashboardSection>
      <DashboardSection
        id="in-review"
        title="In review"
        note={review.queue ? 'Submitted by contributors, oldest first.' : 'Your stories, submitted or sent back.'}
        empty={review.queue ? 'Nothing is waiting for review.' : 'None of your stories is in review.'}
        count={review.total}
        more={
          review.queue
            ? { href: '/admin/review', label: `The review queue (${review.total})` }
            : { href: '/admin/articles?status=draft', label: 'All drafts' }
        }
      >
        {review.items.map((item) => (
          <ReviewStory key={item.id} item={item} byline={review.queue} />
        ))}
      </DashboardSection>
      <DashboardSection
        id="scheduled"
        title="Scheduled"
        note={whose}
        empty="Nothing is scheduled."
        count={scheduled.total}
        more={{
          href: '/admin/articles?status=scheduled',
          label:
            scheduled.total > scheduled.items.length
              ? `All scheduled stories (${scheduled.total})`
              : 'All scheduled stories',
        }}
      >
        {scheduled.items.map((a) => (
          <StoryItem key={a.id} article={a} when="publishes" at={a.publishedAt} />
        ))}
      </DashboardSection>
      <DashboardSection
        id="recently-published"
        title="Recently published"
        note={whose}
        empty="Nothing has been published yet."
        count={published.total}
        more={{ href: '/admin/articles?status=published', label: 'All published stories' }}
      >
        {published.items.map((a) => (
          <StoryItem key={a.id} article={a} when="published" at={a.publishedAt} />
        ))}
      </DashboardSection>
      {media ? (
        <DashboardSection
          id="media-processing"
          title="Media still processing"
          note={scope.media === 'own' ? 'Your uploads.' : undefined}
          empty="No video or audio is processing."
          count={media.total}
          more={{
            href: '/admin/media',
            label:
              media.total > media.items.length
                ? `The media library (${plural(media.total, 'item', 'items')} processing)`
                : 'The media library',
          }}
        >
          {media.items.map((m) => (
            <li key={m.id}>
              <Link href={`/admin/media/${m.id}`} prefetch={false} className="font-semibold underline" dir="auto">
                {m.title}
              </Link>
              <span className="block text-sm text-muted-fg">
                {KIND_LABELS[m.kind]} #{m.id} · {statusText({ status: 'processing' }, media.jobs[m.id])}
                {m.createdAt ? (
                  <>
                    {' '}
                    · uploaded <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </DashboardSection>
      ) : null}
    </div>
  );
}
