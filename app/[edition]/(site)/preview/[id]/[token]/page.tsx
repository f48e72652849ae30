/**
 * /preview/{id}/{token} — any article, in any state, exactly as readers will see it. The
 * token is the article's unguessable secret (shared from the newsroom); the page is never
 * cached and never indexed.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { getArticleForPreview } from '@/db/queries/articles';
import { previewTokenMatches } from '@/db/queries/newsroom';
import { readBody } from '@/lib/content/blocks';
import { absoluteUrl, cardPath } from '@/lib/urls';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string; token: string }> };

export default async function Preview({ params }: Props) {
  const { id: rawId, token } = await params;
  if (!/^[1-9][0-9]{0,14}$/.test(rawId) || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) notFound();
  const id = Number(rawId);
  if (!previewTokenMatches(id, token)) notFound();
  const article = getArticleForPreview(id);
  if (!article) notFound();
  const shown =
    article.publishedAt === new Date(0).toISOString() ? { ...article, publishedAt: new Date().toISOString() } : article;
  return (
    <>
      <p role="note" className="mt-4 rounded border border-line bg-surface p-3 text-center font-semibold print:hidden">
        Preview — not published. Readers cannot see this page.
      </p>
      <ArticlePage
        article={shown}
        blocks={readBody(article.body)}
        related={[]}
        preview
        canonicalUrl={absoluteUrl(cardPath(article))}
      />
    </>
  );
}
