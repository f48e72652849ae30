import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BUTTON_CLASS } from '@/components/admin/FormParts';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { PageForm } from '@/components/admin/PageForm';
import { BackLink, Panel } from '@/components/admin/PageParts';
import { getInfoPageById } from '@/db/queries/info-pages';
import { requireEdition, requireStaff } from '@/lib/auth/session';
import { oneParam, parseId } from '@/lib/newsroom/forms';
import { editionChoiceLabel } from '@/lib/newsroom/edition-field';
import { PAGE_OUTCOMES, PAGES_PATH, pageFormValues } from '@/lib/newsroom/pages';
import { formatDateTime } from '@/lib/format';
import { infoPagePath } from '@/lib/urls';
import { deletePageAction, updatePageAction } from '../actions';

export const metadata: Metadata = { title: 'Edit site page' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditSitePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const staff = await requireStaff('pages.manage', `${PAGES_PATH}/${rawId}`);
  const id = parseId(rawId);
  const page = id === null ? null : getInfoPageById(id);
  if (!page) notFound();
  requireEdition(staff, page.edition, 'pages.manage');
  const query = await searchParams;
  const path = infoPagePath(page.edition, page.slug);
  return (
    <div className="max-w-3xl">
      <BackLink href={PAGES_PATH} label="Site pages" />
      <h1 className="list-title">{page.title}</h1>
      <p className="list-count">
        <Link href={path} prefetch={false} className="underline">
          {path}
        </Link>{' '}
        · last updated <time dateTime={page.updatedAt}>{formatDateTime(page.updatedAt)}</time>
      </p>
      {/* Read-only: a page stays in the edition it was made in. */}
      <p className="mt-2">
        <span className="font-semibold">Edition:</span> {editionChoiceLabel(page.edition)}
      </p>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={PAGE_OUTCOMES} />
      <div className="mt-4">
        <PageForm action={updatePageAction} initial={pageFormValues(page)} id={page.id} submitLabel="Save page" />
      </div>
      <Panel id="delete" title="Delete this page">
        <form action={deletePageAction} className="mt-2 flex flex-col gap-3">
          <input type="hidden" name="id" value={page.id} />
          <p>The page leaves the site and the footer at once; its address answers “not found”.</p>
          <div className="flex items-center gap-2">
            <input id="delete-confirm" type="checkbox" name="confirm" value="yes" required className="size-5" />
            <label htmlFor="delete-confirm">Yes, delete “{page.title}”</label>
          </div>
          <button type="submit" className={`${BUTTON_CLASS} self-start`}>
            Delete page
          </button>
        </form>
      </Panel>
    </div>
  );
}
