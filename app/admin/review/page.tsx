import type { Metadata } from 'next';
import { ReviewStory } from '@/components/admin/ReviewPanel';
import { requireStaff } from '@/lib/auth/session';
import { reviewQueue } from '@/lib/newsroom/review';

export const metadata: Metadata = { title: 'Review' };

/** The review queue (lib/newsroom/review.ts): stories submitted in the editions the editor may publish in, oldest first. */
export default async function ReviewQueue() {
  // 'article.publish' asked without a story: those who may publish any (editors, admins).
  const staff = await requireStaff('article.publish', '/admin/review');
  const queue = reviewQueue(staff);
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="list-title">Review</h1>
      <p className="list-count">
        {queue.total === 0
          ? 'Nothing is waiting for review in your editions.'
          : `${queue.total} ${queue.total === 1 ? 'story is' : 'stories are'} waiting, oldest first. Open one to publish it or send it back with a note.`}
      </p>
      {queue.items.length ? (
        <ul className="mt-4 flex flex-col gap-3">
          {queue.items.map((item) => (
            <ReviewStory key={item.id} item={item} byline className="rounded border border-line p-3" />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
