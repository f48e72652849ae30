import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { getAuthorRow } from '@/db/queries/taxonomy';
import { requireStaff } from '@/lib/auth/session';
import { oneParam, parseId } from '@/lib/newsroom/forms';
import { AUTHOR_LIMITS } from '@/lib/newsroom/taxonomy';
import { authorPath } from '@/lib/urls';
import { deletePersonAction, updatePersonAction } from '../actions';

export const metadata: Metadata = { title: 'Edit person' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPerson({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  await requireStaff('taxonomy.manage', `/admin/people/${rawId}`);
  const id = parseId(rawId);
  const person = id === null ? null : getAuthorRow(id);
  if (!person) notFound();
  const query = await searchParams;
  const articles = `${person.articleCount} article${person.articleCount === 1 ? '' : 's'}`;
  const messages = {
    done: { created: 'Added.', saved: 'Saved.' },
    error: {
      forbidden: 'Your role may not manage people.',
      'not-found': 'That person does not exist (any more).',
      confirm: 'Tick the box to confirm the deletion.',
      'in-use': `Not deleted: ${person.name} is the byline of ${articles}. Remove the byline from them first.`,
    },
  };
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/people" prefetch={false} className="underline">
          ← People
        </Link>
      </p>
      <h1 className="list-title">{person.name}</h1>
      <p className="list-count">
        <Link href={authorPath(person.slug)} prefetch={false} className="underline">
          {authorPath(person.slug)}
        </Link>{' '}
        · {articles}
      </p>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={messages} />
      <div className="mt-4">
        <ManagedForm
          action={updatePersonAction}
          idPrefix="person"
          submitLabel="Save"
          hidden={{ id: person.id }}
          initial={{ name: person.name, slug: person.slug, jobTitle: person.jobTitle, bio: person.bio }}
          fields={[
            { name: 'name', label: 'Name', required: true, maxLength: AUTHOR_LIMITS.name },
            {
              name: 'slug',
              label: 'Slug',
              maxLength: AUTHOR_LIMITS.slug,
              hint: 'The person’s page, /authors/slug. The old address stops working when it changes.',
            },
            { name: 'jobTitle', label: 'Job title', maxLength: AUTHOR_LIMITS.jobTitle },
            { name: 'bio', label: 'Biography', kind: 'textarea', maxLength: AUTHOR_LIMITS.bio, rows: 5 },
          ]}
        />
      </div>
      <section aria-labelledby="delete-heading" className="mt-8">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete
        </h2>
        {person.articleCount > 0 ? (
          <p className="mt-2">
            {person.name} is the byline of {articles} (drafts and the trash included), so cannot be deleted. Remove the
            byline from them first.
          </p>
        ) : (
          <form action={deletePersonAction} className="mt-2 flex flex-col gap-3">
            <input type="hidden" name="id" value={person.id} />
            <p>A staff account linked to this byline keeps working, without a byline.</p>
            <div className="flex items-center gap-2">
              <input id="delete-confirm" type="checkbox" name="confirm" value="yes" required className="size-5" />
              <label htmlFor="delete-confirm">Yes, delete “{person.name}”</label>
            </div>
            <button type="submit" className="min-h-11 self-start rounded border border-line px-4 font-semibold">
              Delete
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
