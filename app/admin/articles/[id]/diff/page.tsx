import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/admin/PageParts';
import { getEditableArticle } from '@/db/queries/newsroom';
import { requireEdition, requireStaff } from '@/lib/auth/session';
import { diffRevisions } from '@/lib/newsroom/diff';

export const metadata: Metadata = { title: 'Compare revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const int = (s: string | undefined) => (s && /^[1-9][0-9]{0,8}$/.test(s) ? Number(s) : null);

export default async function CompareRevisions({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const staff = await requireStaff('admin.access', `/admin/articles/${rawId}`);
  const { from: rawFrom, to: rawTo } = await searchParams;
  const id = int(rawId);
  const from = int(rawFrom);
  const to = int(rawTo);
  if (!id || !from || !to) notFound();
  const article = getEditableArticle(id);
  if (!article) notFound();
  // Revisions are the story's text: another desk's story answers 403, like its editor.
  requireEdition(staff, article.edition, 'admin.access');
  const fields = diffRevisions(id, from, to);
  if (!fields) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href={`/admin/articles/${id}`} label="Back to the article" />
      <h1 className="list-title">
        Version {from} → version {to}
      </h1>
      {fields.every((f) => !f.changed) ? <p className="mt-4">No differences.</p> : null}
      {fields
        .filter((f) => f.changed)
        .map((f) => (
          <section key={f.field} aria-labelledby={`diff-${f.field}`} className="mt-6">
            <h2 id={`diff-${f.field}`} className="text-lg font-bold">
              {f.field}
            </h2>
            <p className="mt-1 whitespace-pre-wrap rounded border border-line p-3 font-mono text-sm">
              {f.parts.map((p, i) =>
                p.added ? (
                  <ins key={i} className="bg-green-200 text-black">
                    {p.value}
                  </ins>
                ) : p.removed ? (
                  <del key={i} className="bg-red-200 text-black">
                    {p.value}
                  </del>
                ) : (
                  <span key={i}>{p.value}</span>
                ),
              )}
            </p>
          </section>
        ))}
    </div>
  );
}
