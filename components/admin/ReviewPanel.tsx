/**
 * The review step on a story's page (lib/newsroom/review.ts): where the story stands, the
 * editorial notes (never published), and the steps the person may take. Plain forms: it works
 * without JavaScript.
 */
import Link from 'next/link';
import { editions } from '@/lib/editions';
import { formatDateTime } from '@/lib/format';
import { NOTE_MAX, type ReviewQueueItem, type ReviewView } from '@/lib/newsroom/review';
import { BUTTON_CLASS, TEXTAREA_CLASS } from './FormParts';

/** A story in the review step, in the queue or on a dashboard: its headline (to its review), edition, section, who and when. */
export function ReviewStory({
  item,
  byline,
  className,
}: {
  item: ReviewQueueItem;
  byline: boolean;
  className?: string;
}) {
  return (
    <li className={className}>
      <Link href={`/admin/articles/${item.id}#review`} prefetch={false} className="font-semibold underline" dir="auto">
        {item.title}
      </Link>
      <span className="block text-sm text-muted-fg">
        {editions.find(item.edition)?.flag ?? item.edition} · {item.section} ·{' '}
        {item.state === 'returned'
          ? 'sent back'
          : byline
            ? `by ${item.by ?? 'a deleted account'}, submitted`
            : 'submitted'}{' '}
        <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt)}</time>
      </span>
    </li>
  );
}

export function ReviewPanel({
  articleId,
  view,
  action,
}: {
  articleId: number;
  view: ReviewView;
  action: (form: FormData) => Promise<void>;
}) {
  if (!view.state && !view.notes.length && !view.maySubmit) {
    // Nothing under way (a story editors write and publish themselves): only a way to leave a
    // note, folded away so the editor is not pushed down the page.
    return view.mayNote ? (
      <details id="review" className="mt-6 rounded border border-line p-3">
        <summary className="cursor-pointer font-semibold">Notes to the desk</summary>
        <NoteForm articleId={articleId} action={action} maySendBack={false} />
      </details>
    ) : null;
  }
  return (
    <section id="review" aria-labelledby="review-heading" className="mt-6 rounded border border-line p-3">
      <h2 id="review-heading" className="text-lg font-bold">
        Review
      </h2>
      <p className="mt-1">
        {view.state === 'submitted' && view.at ? (
          <>
            <strong>Waiting for an editor</strong> since <time dateTime={view.at}>{formatDateTime(view.at)}</time>.
          </>
        ) : view.state === 'returned' && view.at ? (
          <>
            <strong>Sent back</strong> on <time dateTime={view.at}>{formatDateTime(view.at)}</time>: see the notes,
            change the story and submit it again.
          </>
        ) : (
          'Not submitted for review.'
        )}
      </p>
      {view.notes.length ? (
        <ol className="mt-3 flex flex-col gap-2" aria-label="Editorial notes">
          {view.notes.map((n) => (
            <li key={n.id} className="rounded bg-surface p-2">
              <p className="text-sm text-muted-fg">
                {n.by ?? 'A deleted account'}, <time dateTime={n.at}>{formatDateTime(n.at)}</time>
              </p>
              <p className="whitespace-pre-line">{n.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="mt-3 flex flex-wrap items-start gap-3">
        {view.maySubmit ? (
          <form action={action}>
            <input type="hidden" name="id" value={articleId} />
            <input type="hidden" name="step" value="submit" />
            <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg">
              Submit for review
            </button>
          </form>
        ) : null}
      </div>
      {view.mayNote ? <NoteForm articleId={articleId} action={action} maySendBack={view.maySendBack} /> : null}
    </section>
  );
}

/** A note to the desk, and for an editor on a submitted story "Send back with this note". */
function NoteForm({
  articleId,
  action,
  maySendBack,
}: {
  articleId: number;
  action: (form: FormData) => Promise<void>;
  maySendBack: boolean;
}) {
  return (
    <form action={action} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name="id" value={articleId} />
      <label htmlFor="review-note" className="font-semibold">
        Note to the desk (never published)
      </label>
      <textarea id="review-note" name="note" rows={3} maxLength={NOTE_MAX} dir="auto" className={TEXTAREA_CLASS} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="step" value="note" className={BUTTON_CLASS}>
          Add note
        </button>
        {maySendBack ? (
          <button type="submit" name="step" value="send-back" className={BUTTON_CLASS}>
            Send back with this note
          </button>
        ) : null}
      </div>
    </form>
  );
}
