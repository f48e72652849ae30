import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/fronts/FrontPage';
import { BUTTON_CLASS } from '@/components/admin/FormParts';
import { listLatest } from '@/db/queries/articles';
import { requireEdition, requireStaff } from '@/lib/auth/session';
import { readFrontPreview } from '@/lib/content/reader';
import { loadFrontSource, frontTarget } from '@/lib/fronts/load';
import { publishDraftAction } from '../../actions';

export const metadata: Metadata = { title: 'Preview of a front' };

/** The front's draft drawn with the readers' own front components (uncached; staff only). */
export default async function PreviewFront({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const editor = `/admin/fronts/${encodeURIComponent(key)}`;
  const staff = await requireStaff('fronts.manage', `${editor}/preview`);
  const target = frontTarget(key);
  if (!target) notFound();
  requireEdition(staff, target.edition, 'fronts.manage');
  const source = loadFrontSource(target);
  const view = await readFrontPreview(target.key);
  if (!view) notFound();
  return (
    <div>
      <div
        className="front-preview-bar mb-6 flex flex-wrap items-center gap-3 rounded border border-line p-3"
        role="region"
        aria-label="Preview"
      >
        <p className="font-semibold">
          {source.draft ? 'Preview of the draft: readers do not see it yet.' : 'No draft: this is what readers see.'}
        </p>
        <Link href={editor} prefetch={false} className="underline">
          Back to the editor
        </Link>
        {source.draft ? (
          <form action={publishDraftAction}>
            <input type="hidden" name="key" value={target.key} />
            <input type="hidden" name="version" value={source.row?.version ?? 0} />
            <button type="submit" className={BUTTON_CLASS}>
              Publish this draft
            </button>
          </form>
        ) : null}
      </div>
      <FrontPage
        view={view}
        heading={target.section ? { name: target.section.name, description: target.section.description } : null}
        latest={listLatest({ edition: target.edition, limit: 8 })}
      />
    </div>
  );
}
