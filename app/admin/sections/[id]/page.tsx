import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ManagedForm } from '@/components/admin/ManagedForm';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { getSectionRow } from '@/db/queries/taxonomy';
import { requireStaff } from '@/lib/auth/session';
import { oneParam, parseId } from '@/lib/newsroom/forms';
import { SECTION_LIMITS } from '@/lib/newsroom/taxonomy';
import { sectionPath } from '@/lib/urls';
import { deleteSectionAction, updateSectionAction } from '../actions';

export const metadata: Metadata = { title: 'Edit section' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditSection({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  await requireStaff('taxonomy.manage', `/admin/sections/${rawId}`);
  const id = parseId(rawId);
  const section = id === null ? null : getSectionRow(id);
  if (!section) notFound();
  const query = await searchParams;
  const messages = {
    done: { saved: 'Section saved.' },
    error: {
      forbidden: 'Your role may not manage sections.',
      'not-found': 'That section does not exist (any more).',
      confirm: 'Tick the box to confirm the deletion.',
      'in-use': `The section was not deleted: it has ${section.articleCount} article${section.articleCount === 1 ? '' : 's'}. Move them to another section first.`,
    },
  };
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/sections" prefetch={false} className="underline">
          ← Sections
        </Link>
      </p>
      <h1 className="list-title">{section.name}</h1>
      <p className="list-count">
        <Link href={sectionPath(section.slug)} prefetch={false} className="underline">
          {sectionPath(section.slug)}
        </Link>{' '}
        · {section.articleCount} article{section.articleCount === 1 ? '' : 's'}
      </p>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={messages} />
      <div className="mt-4">
        <ManagedForm
          action={updateSectionAction}
          idPrefix="section"
          submitLabel="Save section"
          hidden={{ id: section.id }}
          initial={{ name: section.name, slug: section.slug, description: section.description }}
          fields={[
            { name: 'name', label: 'Name', required: true, maxLength: SECTION_LIMITS.name },
            {
              name: 'slug',
              label: 'Slug',
              maxLength: SECTION_LIMITS.slug,
              hint: 'A new slug changes the address of the section and of every article in it; the articles’ old addresses redirect to the new ones, the old section front does not.',
            },
            { name: 'description', label: 'Description', kind: 'textarea', maxLength: SECTION_LIMITS.description },
          ]}
        />
      </div>
      <section aria-labelledby="delete-heading" className="mt-8">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete the section
        </h2>
        {section.articleCount > 0 ? (
          <p className="mt-2">
            A section with articles cannot be deleted: this one has {section.articleCount} (drafts and the trash
            included). Move them to another section first.
          </p>
        ) : (
          <form action={deleteSectionAction} className="mt-2 flex flex-col gap-3">
            <input type="hidden" name="id" value={section.id} />
            <div className="flex items-center gap-2">
              <input id="delete-confirm" type="checkbox" name="confirm" value="yes" required className="size-5" />
              <label htmlFor="delete-confirm">Yes, delete “{section.name}”</label>
            </div>
            <button type="submit" className="min-h-11 self-start rounded border border-line px-4 font-semibold">
              Delete section
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
