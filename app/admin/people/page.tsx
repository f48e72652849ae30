import type { Metadata } from 'next';
import Link from 'next/link';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { listAuthorsWithCounts } from '@/db/queries/taxonomy';
import { requireStaff } from '@/lib/auth/session';
import { oneParam } from '@/lib/newsroom/forms';
import { AUTHOR_LIMITS } from '@/lib/newsroom/taxonomy';
import { authorPath } from '@/lib/urls';
import { createPersonAction } from './actions';

export const metadata: Metadata = { title: 'People' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: { deleted: 'Deleted.' },
  error: { forbidden: 'Your role may not manage people.', 'not-found': 'That person does not exist (any more).' },
};

export default async function People({ searchParams }: Props) {
  await requireStaff('taxonomy.manage', '/admin/people');
  const params = await searchParams;
  const people = listAuthorsWithCounts();
  return (
    <div>
      <h1 className="list-title">People</h1>
      <p className="list-count">The bylines articles are signed with.</p>
      <OutcomeNotice done={oneParam(params, 'done')} error={oneParam(params, 'error')} messages={MESSAGES} />
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Bylines by name</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Job title</th>
            <th scope="col">Address</th>
            <th scope="col">Articles</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className="border-t border-line">
              <th scope="row" className="py-2 font-normal">
                <Link href={`/admin/people/${p.id}`} prefetch={false} className="font-semibold underline">
                  {p.name}
                </Link>
              </th>
              <td>{p.jobTitle || '—'}</td>
              <td>
                <Link href={authorPath(p.slug)} prefetch={false} className="underline">
                  {authorPath(p.slug)}
                </Link>
              </td>
              <td>{p.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-person-heading" className="mt-8">
        <h2 id="new-person-heading" className="mb-3 text-xl font-bold">
          New byline
        </h2>
        <ManagedForm
          action={createPersonAction}
          idPrefix="new-person"
          submitLabel="Add person"
          fields={[
            { name: 'name', label: 'Name', required: true, maxLength: AUTHOR_LIMITS.name },
            {
              name: 'slug',
              label: 'Slug',
              maxLength: AUTHOR_LIMITS.slug,
              hint: 'The person’s page, /authors/slug. Made from the name when empty.',
            },
            {
              name: 'jobTitle',
              label: 'Job title',
              maxLength: AUTHOR_LIMITS.jobTitle,
              placeholder: 'e.g. Moscow correspondent',
            },
            { name: 'bio', label: 'Biography', kind: 'textarea', maxLength: AUTHOR_LIMITS.bio, rows: 5 },
          ]}
        />
      </section>
    </div>
  );
}
