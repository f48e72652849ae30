import type { Metadata } from 'next';
import { BackLink } from '@/components/admin/PageParts';
import { PageForm } from '@/components/admin/PageForm';
import { requireEdition, requireStaff } from '@/lib/auth/session';
import { DEFAULT_EDITION } from '@/lib/editions';
import { nextPosition, PAGES_PATH } from '@/lib/newsroom/pages';
import { createPageAction } from '../actions';

export const metadata: Metadata = { title: 'New site page' };

export default async function NewSitePage() {
  const staff = await requireStaff('pages.manage', `${PAGES_PATH}/new`);
  // A new page is the default edition's (lib/newsroom/pages.ts checks again).
  requireEdition(staff, DEFAULT_EDITION, 'pages.manage');
  return (
    <div className="max-w-3xl">
      <BackLink href={PAGES_PATH} label="Site pages" />
      <h1 className="list-title">New site page</h1>
      <div className="mt-4">
        <PageForm action={createPageAction} initial={{ position: String(nextPosition()) }} submitLabel="Create page" />
      </div>
    </div>
  );
}
