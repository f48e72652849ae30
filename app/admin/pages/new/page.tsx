import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { BackLink } from '@/components/admin/PageParts';
import { PageForm } from '@/components/admin/PageForm';
import { requireStaff } from '@/lib/auth/session';
import { EDITION_FIELD, editionsToCreateIn, preselectedEdition } from '@/lib/newsroom/edition-field';
import { oneParam } from '@/lib/newsroom/forms';
import { nextPosition, PAGES_PATH } from '@/lib/newsroom/pages';
import { createPageAction } from '../actions';

export const metadata: Metadata = { title: 'New site page' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewSitePage({ searchParams }: Props) {
  const staff = await requireStaff('pages.manage', `${PAGES_PATH}/new`);
  // In one of the person's editions (`?edition=` from the list preselects it); lib/newsroom/pages.ts checks again.
  const allowed = editionsToCreateIn(staff, 'pages.manage');
  if (!allowed.length) forbidden();
  const edition = preselectedEdition(allowed, oneParam(await searchParams, 'edition'));
  return (
    <div className="max-w-3xl">
      <BackLink href={PAGES_PATH} label="Site pages" />
      <h1 className="list-title">New site page</h1>
      <div className="mt-4">
        <PageForm
          action={createPageAction}
          editions={allowed}
          initial={{ [EDITION_FIELD]: edition, position: String(nextPosition(edition)) }}
          submitLabel="Create page"
        />
      </div>
    </div>
  );
}
