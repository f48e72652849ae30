import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontEditor } from '@/components/admin/FrontEditor';
import { FrontRevisions } from '@/components/admin/FrontRevisions';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { BackLink } from '@/components/admin/PageParts';
import { listSections } from '@/db/queries/articles';
import { listFrontRevisions } from '@/db/queries/fronts';
import { requireEdition, requireStaff } from '@/lib/auth/session';
import { initialEditorState, OUTCOME_MESSAGES } from '@/lib/fronts/editor';
import { frontName, frontPath, frontTarget } from '@/lib/fronts/load';
import { oneParam } from '@/lib/newsroom/forms';
import { frontEditorAction, restoreFrontAction } from '../actions';

export const metadata: Metadata = { title: 'Arrange a front' };

export default async function EditFront({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { key } = await params;
  const staff = await requireStaff('fronts.manage', `/admin/fronts/${encodeURIComponent(key)}`);
  const target = frontTarget(key);
  if (!target) notFound();
  requireEdition(staff, target.edition, 'fronts.manage');
  const query = await searchParams;
  const { row, ...initial } = initialEditorState(target);
  const name = frontName(target);
  return (
    <div>
      <BackLink href="/admin/fronts" label="Fronts" />
      <h1 className="list-title">{name}</h1>
      <p className="list-count">
        {row && row.version > 0 ? `Version ${row.version}` : 'Automatic arrangement (never published)'}
        {row?.updatedBy ? ` · last change by ${row.updatedBy}` : ''} ·{' '}
        <a href={frontPath(target)} className="underline">
          see it on the site
        </a>
      </p>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={OUTCOME_MESSAGES} />
      <FrontEditor
        action={frontEditorAction}
        initial={initial}
        frontKey={target.key}
        sections={listSections(target.edition).map((s) => ({ id: s.id, name: s.name }))}
      />
      <FrontRevisions
        frontKey={target.key}
        version={row?.version ?? 0}
        revisions={listFrontRevisions(target.dbKey)}
        action={restoreFrontAction}
      />
    </div>
  );
}
