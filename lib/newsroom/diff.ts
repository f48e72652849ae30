/** Differences between two revisions of an article, field by field, as text parts (jsdiff). */
import { diffWordsWithSpace } from 'diff';
import { getRevisionSnapshot } from '@/db/queries/newsroom';
import { blocksToMarkdown } from '@/lib/content/markdown/serialize';
import { readBody } from '@/lib/content/blocks';

export interface FieldDiff {
  field: string;
  changed: boolean;
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

function asText(snapshot: Record<string, unknown>): Record<string, string> {
  const tags = Array.isArray(snapshot.tags) ? (snapshot.tags as { name: string }[]).map((t) => t.name).join(', ') : '';
  return {
    Headline: String(snapshot.title ?? ''),
    Slug: String(snapshot.slug ?? ''),
    Section: String(snapshot.sectionSlug ?? ''),
    Status: String(snapshot.status ?? ''),
    Lede: String(snapshot.lede ?? ''),
    Tags: tags,
    Body: blocksToMarkdown(readBody(snapshot.body)),
  };
}

/** Null when either revision does not exist. */
export function diffRevisions(articleId: number, from: number, to: number): FieldDiff[] | null {
  const a = getRevisionSnapshot(articleId, from);
  const b = getRevisionSnapshot(articleId, to);
  if (!a || !b) return null;
  const before = asText(a);
  const after = asText(b);
  return Object.keys(before).map((field) => {
    const parts = diffWordsWithSpace(before[field], after[field]).map((p) => ({
      value: p.value,
      added: p.added,
      removed: p.removed,
    }));
    return { field, changed: before[field] !== after[field], parts };
  });
}
