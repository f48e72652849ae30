import type { Block } from '@/lib/content/blocks';
import type { ArticleCard, ArticleFull } from '@/lib/content/reader';
import { tagPath } from '@/lib/urls';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { galleryPictures } from './blocks/MediaBlocks';
import { RelatedStories } from './RelatedStories';
import { ShareBar } from './ShareBar';

export function ArticlePage({
  article,
  blocks,
  related,
  canonicalUrl,
  actions,
  preview = false,
}: {
  article: ArticleFull;
  blocks: Block[];
  related: ArticleCard[];
  canonicalUrl: string;
  actions?: React.ReactNode;
  /** A staff preview: media not ready yet is shown as a note. */
  preview?: boolean;
}) {
  // Picture addresses (#img-N) number on from the hero gallery's into the body's galleries.
  const heroPictures = galleryPictures(article.heroGallery, article.media).length;
  return (
    <>
      <article className="article" aria-labelledby="article-title" data-view-id={preview ? undefined : article.id}>
        <ArticleHeader article={article} actions={actions} preview={preview} />
        <ShareBar url={canonicalUrl} title={article.title} />
        <ArticleBody
          blocks={blocks}
          media={article.media}
          av={article.av}
          preview={preview}
          firstGalleryNumber={heroPictures + 1}
        />
        {article.tags.length > 0 ? (
          <nav aria-label="Topics" className="article-tags print:hidden">
            <h2 className="sr-only">Topics</h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.id}>
                  <a href={tagPath(tag.slug)} className="tag-pill">
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p className="print-url" aria-hidden="true">
          {canonicalUrl}
        </p>
      </article>
      <RelatedStories stories={related} />
    </>
  );
}
