import type { Metadata } from 'next';
import Link from 'next/link';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { listSectionsWithCounts } from '@/db/queries/taxonomy';
import { requireStaff } from '@/lib/auth/session';
import { oneParam } from '@/lib/newsroom/forms';
import { SECTION_LIMITS } from '@/lib/newsroom/taxonomy';
import { sectionPath } from '@/lib/urls';
import { createSectionAction, moveSectionAction } from './actions';

export const metadata: Metadata = { title: 'Sections' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES = {
  done: {
    created: 'Section created. It is in the site’s navigation now.',
    moved: 'Moved.',
    deleted: 'Section deleted.',
  },
  error: { forbidden: 'Your role may not manage sections.', 'not-found': 'That section does not exist (any more).' },
};

export default async function Sections({ searchParams }: Props) {
  await requireStaff('taxonomy.manage', '/admin/sections');
  const params = await searchParams;
  const sections = listSectionsWithCounts();
  const move = (id: number, name: string, direction: 'up' | 'down') => (
    <form action={moveSectionAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="min-h-11 rounded border border-line px-3 font-semibold">
        {direction === 'up' ? '↑ Move up' : '↓ Move down'}
        <span className="sr-only"> {name}</span>
      </button>
    </form>
  );
  return (
    <div>
      <h1 className="list-title">Sections</h1>
      <p className="list-count">In the order of the site’s navigation and home page.</p>
      <OutcomeNotice done={oneParam(params, 'done')} error={oneParam(params, 'error')} messages={MESSAGES} />
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Sections in navigation order</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Name</th>
            <th scope="col">Address</th>
            <th scope="col">Articles</th>
            <th scope="col">Order</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s, i) => (
            <tr key={s.id} className="border-t border-line">
              <td className="py-2">{i + 1}</td>
              <th scope="row" className="font-normal">
                <Link href={`/admin/sections/${s.id}`} prefetch={false} className="font-semibold underline">
                  {s.name}
                </Link>
              </th>
              <td>
                <Link href={sectionPath(s.slug)} prefetch={false} className="underline">
                  {sectionPath(s.slug)}
                </Link>
              </td>
              <td>{s.articleCount}</td>
              <td>
                <div className="flex flex-wrap gap-2 py-1">
                  {i > 0 ? move(s.id, s.name, 'up') : null}
                  {i < sections.length - 1 ? move(s.id, s.name, 'down') : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-section-heading" className="mt-8">
        <h2 id="new-section-heading" className="text-xl font-bold">
          New section
        </h2>
        <p className="mb-3 text-sm text-muted-fg">
          It is added at the end of the navigation; move it up from the list above.
        </p>
        <ManagedForm
          action={createSectionAction}
          idPrefix="new-section"
          submitLabel="Create section"
          fields={[
            { name: 'name', label: 'Name', required: true, maxLength: SECTION_LIMITS.name },
            {
              name: 'slug',
              label: 'Slug',
              maxLength: SECTION_LIMITS.slug,
              hint: 'The section’s address, /slug: lower-case letters, digits and hyphens. Made from the name when empty.',
            },
            { name: 'description', label: 'Description', kind: 'textarea', maxLength: SECTION_LIMITS.description },
          ]}
        />
      </section>
    </div>
  );
}
