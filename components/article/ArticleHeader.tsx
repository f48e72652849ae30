import { useTranslations } from 'next-intl';
import type { ArticleFull } from '@/lib/content/reader';
import { wasUpdated } from '@/lib/format';
import { authorPath, sectionPath } from '@/lib/urls';
import { Gallery } from '@/components/media/Gallery';
import { Picture } from '@/components/media/Picture';
import { VideoPlayer } from '@/components/media/VideoPlayer';
import { DateTime, RelativeTimeSlot } from '@/components/ui/DateTime';
import { galleryPictures, MediaNotReady } from './blocks/MediaBlocks';

/** Section label, headline and standfirst: the top of the story, in the centre column. */
export function ArticleHeader({ article }: { article: ArticleFull }) {
  return (
    <header className="article-head">
      <p className="article-section">
        <a href={sectionPath(article.edition, article.section.slug)}>{article.section.name}</a>
      </p>
      <h1 id="article-title" className="article-title">
        {article.title}
      </h1>
      {article.lede ? <p className="article-lede">{article.lede}</p> : null}
    </header>
  );
}

/**
 * Byline, dateline (the exact time, and "2 h ago" filled in by an island), reading time, the
 * per-reader controls (the bookmark) and the top share bar. Under the hero on narrow screens; in
 * the left column from 1140 px (the Guardian's arrangement).
 */
export function ArticleMeta({
  article,
  minutes,
  actions,
  share,
}: {
  article: ArticleFull;
  /** Reading time in minutes (lib/content/reading-time.ts). */
  minutes: number;
  actions?: React.ReactNode;
  share: React.ReactNode;
}) {
  const t = useTranslations('Article');
  return (
    <div className="article-meta">
      <div className="article-meta__text">
        {article.authors.length > 0 ? (
          <p className="byline">
            {t('by')}{' '}
            {article.authors.map((author, i) => (
              <span key={author.id}>
                {i > 0 ? (i === article.authors.length - 1 ? t('bylineAnd') : t('bylineComma')) : null}
                <a href={authorPath(article.edition, author.slug)} rel="author">
                  {author.name}
                </a>
              </span>
            ))}
          </p>
        ) : null}
        <p className="dateline">
          <span className="sr-only">{t('published')}</span>
          <DateTime value={article.publishedAt} style="dateline" />
          <RelativeTimeSlot value={article.publishedAt} />
        </p>
        {wasUpdated(article.publishedAt, article.updatedAt) ? (
          <p className="dateline dateline--updated">
            <span>{t('updated')}</span>
            <DateTime value={article.updatedAt} style="dateline" />
          </p>
        ) : null}
        <p className="reading-time">{t('readingTime', { minutes })}</p>
      </div>
      {/* Room for per-reader controls (the bookmark button) beside the dateline. */}
      <div className="article-actions">{actions}</div>
      {share}
    </div>
  );
}

/** The story's main media: a gallery, a video (its poster is `article.hero` while the video is not playable) or a picture. */
export function ArticleHero({ article, preview = false }: { article: ArticleFull; preview?: boolean }) {
  const hero = article.hero;
  const caption = article.heroCaption || hero?.caption;
  const gallery = galleryPictures(article.heroGallery, article.media);
  const video = article.heroVideo;
  const playable = video?.status === 'ready';
  if (video && !playable && !preview) console.warn(`ArticleHeader: hero video #${video.id} is ${video.status}`);
  const media = gallery.length ? (
    <Gallery pictures={gallery} title={article.heroCaption || undefined} hero />
  ) : video && playable ? (
    <VideoPlayer video={video} caption={article.heroCaption || undefined} hero />
  ) : hero ? (
    <figure className="article-hero">
      <Picture image={hero} alt={hero.alt} role="hero" priority />
      {caption || hero.credit ? (
        <figcaption>
          {caption}
          {hero.credit ? <span className="credit"> {hero.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  ) : null;
  const note =
    video && !playable && preview ? (
      <MediaNotReady
        message={`Processing… the hero video “${video.title || video.originalName}” is ${video.status === 'failed' ? `failed: ${video.error || 'processing did not finish'}` : 'not ready yet'}.`}
      />
    ) : null;
  if (!media && !note) return null;
  return (
    <div className="article-media">
      {media}
      {note}
    </div>
  );
}
