import { useTranslations } from 'next-intl';
import type { Block } from '@/lib/content/blocks';
import { readingMinutes } from '@/lib/content/reading-time';
import type { ArticleCard, ArticleFull, MostReadItem } from '@/lib/content/reader';
import { tagPath } from '@/lib/urls';
import { MostRead } from '@/components/lists/MostRead';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader, ArticleHero, ArticleMeta } from './ArticleHeader';
import { galleryPictures } from './blocks/MediaBlocks';
import { RelatedStories } from './RelatedStories';
import { ShareBar } from './ShareBar';

/**
 * The story after the Guardian's article grid (app/globals.css, .article-layout): one column on
 * phones (headline, standfirst, media, byline and dateline, body, then the rail's lists); from
 * 980 px a centre column of 620 px (about 65 characters a line) and a 300 px rail with Most read
 * and the related stories; from 1140 px the byline, dateline and share bar move to a left column.
 */
export function ArticlePage({
  article,
  blocks,
  related,
  mostRead = [],
  canonicalUrl,
  actions,
  preview = false,
}: {
  article: ArticleFull;
  blocks: Block[];
  related: ArticleCard[];
  /** Most read across the site (readMostRead(null, 5)); nothing shows while there are no counts. */
  mostRead?: MostReadItem[];
  canonicalUrl: string;
  actions?: React.ReactNode;
  /** A staff preview: media not ready yet is shown as a note. */
  preview?: boolean;
}) {
  // Picture addresses (#img-N) number on from the hero gallery's into the body's galleries.
  const heroPictures = galleryPictures(article.heroGallery, article.media).length;
  const t = useTranslations('Article');
  return (
    <div className="article-layout">
      <article className="article" aria-labelledby="article-title" data-view-id={preview ? undefined : article.id}>
        <ArticleHeader article={article} />
        <ArticleHero article={article} preview={preview} />
        <ArticleMeta
          article={article}
          minutes={readingMinutes(blocks)}
          actions={actions}
          share={<ShareBar url={canonicalUrl} title={article.title} position="top" />}
        />
        <div className="article-main">
          <ArticleBody
            blocks={blocks}
            media={article.media}
            av={article.av}
            preview={preview}
            firstGalleryNumber={heroPictures + 1}
          />
          <ShareBar url={canonicalUrl} title={article.title} position="end" />
          {article.tags.length > 0 ? (
            <nav aria-label={t('topics')} className="article-tags print:hidden">
              <h2 className="sr-only">{t('topics')}</h2>
              <ul className="flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag.id}>
                    <a href={tagPath(article.edition, tag.slug)} className="tag-pill">
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
        </div>
      </article>
      {mostRead.length > 0 || related.length > 0 ? (
        <aside className="article-rail print:hidden" aria-label={t('moreStories')}>
          <MostRead items={mostRead} />
          <RelatedStories stories={related} />
        </aside>
      ) : null}
    </div>
  );
}
