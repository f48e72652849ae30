import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { getTagRow } from '@/db/queries/taxonomy';
import { requireStaff } from '@/lib/auth/session';
import { oneParam, parseId } from '@/lib/newsroom/forms';
import { TAG_LIMITS } from '@/lib/newsroom/taxonomy';
import { tagPath } from '@/lib/urls';
import { deleteTagAction, mergeTagAction, updateTagAction } from '../actions';

export const metadata: Metadata = { title: 'Edit tag' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: {
    created: 'Tag created.',
    saved: 'Tag saved.',
    merged: 'Merged: the other tag’s articles now carry this one, and the other tag is gone.',
  },
  error: {
    forbidden: 'Your role may not manage tags.',
    'not-found': 'That tag does not exist (any more).',
    confirm: 'Tick the box to confirm the deletion.',
  },
};

export default async function EditTag({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  await requireStaff('taxonomy.manage', `/admin/tags/${rawId}`);
  const id = parseId(rawId);
  const tag = id === null ? null : getTagRow(id);
  if (!tag) notFound();
  const query = await searchParams;
  const articles = `${tag.articleCount} article${tag.articleCount === 1 ? '' : 's'}`;
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/tags" prefetch={false} className="underline">
          ← Tags
        </Link>
      </p>
      <h1 className="list-title">{tag.name}</h1>
      <p className="list-count">
        <Link href={tagPath(tag.slug)} prefetch={false} className="underline">
          {tagPath(tag.slug)}
        </Link>{' '}
        · {articles}
      </p>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={MESSAGES} />
      <div className="mt-4">
        <ManagedForm
          action={updateTagAction}
          idPrefix="tag"
          submitLabel="Save tag"
          hidden={{ id: tag.id }}
          initial={{ name: tag.name, slug: tag.slug, description: tag.description }}
          fields={[
            { name: 'name', label: 'Name', required: true, maxLength: TAG_LIMITS.name },
            {
              name: 'slug',
              label: 'Slug',
              maxLength: TAG_LIMITS.slug,
              hint: 'The tag’s address, /tags/slug. The old address stops working when it changes.',
            },
            { name: 'description', label: 'Description', kind: 'textarea', maxLength: TAG_LIMITS.description },
          ]}
        />
      </div>
      <section aria-labelledby="merge-heading" className="mt-8">
        <h2 id="merge-heading" className="mb-3 text-xl font-bold">
          Merge into another tag
        </h2>
        <p className="mb-3">
          Its {articles} get the other tag instead, and “{tag.name}” is deleted.
        </p>
        <ManagedForm
          action={mergeTagAction}
          idPrefix="merge"
          submitLabel="Merge"
          danger
          hidden={{ id: tag.id }}
          fields={[
            { name: 'into', label: 'Tag to keep (slug)', required: true, maxLength: 80 },
            { name: 'confirm', label: `Yes, merge “${tag.name}” into it`, kind: 'checkbox', required: true },
          ]}
        />
      </section>
      <section aria-labelledby="delete-heading" className="mt-8">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete the tag
        </h2>
        <form action={deleteTagAction} className="mt-2 flex flex-col gap-3">
          <input type="hidden" name="id" value={tag.id} />
          <p>The tag is removed from its {articles}; the articles stay.</p>
          <div className="flex items-center gap-2">
            <input id="delete-confirm" type="checkbox" name="confirm" value="yes" required className="size-5" />
            <label htmlFor="delete-confirm">Yes, delete “{tag.name}”</label>
          </div>
          <button type="submit" className="min-h-11 self-start rounded border border-line px-4 font-semibold">
            Delete tag
          </button>
        </form>
      </section>
    </div>
  );
}
