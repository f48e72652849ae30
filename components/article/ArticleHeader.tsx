import type { ArticleFull } from '@/lib/content/reader';
import { wasUpdated } from '@/lib/format';
import { authorPath, sectionPath } from '@/lib/urls';
import { Gallery } from '@/components/media/Gallery';
import { Picture } from '@/components/media/Picture';
import { VideoPlayer } from '@/components/media/VideoPlayer';
import { DateTime } from '@/components/ui/DateTime';
import { galleryPictures, MediaNotReady } from './blocks/MediaBlocks';

/**
 * Section label, headline, dateline, byline, lede and the hero: a gallery, a video (its poster
 * is `article.hero`, shown instead while the video is not playable) or a picture.
 */
export function ArticleHeader({
  article,
  actions,
  preview = false,
}: {
  article: ArticleFull;
  actions?: React.ReactNode;
  /** A staff preview: a hero video that is not ready yet says so. */
  preview?: boolean;
}) {
  const hero = article.hero;
  const caption = article.heroCaption || hero?.caption;
  const gallery = galleryPictures(article.heroGallery, article.media);
  const video = article.heroVideo;
  const playable = video?.status === 'ready';
  if (video && !playable && !preview) console.warn(`ArticleHeader: hero video #${video.id} is ${video.status}`);
  return (
    <header className="article-header">
      <p className="article-section">
        <a href={sectionPath(article.section.slug)}>{article.section.name}</a>
      </p>
      <h1 id="article-title" className="article-title">
        {article.title}
      </h1>
      <div className="article-meta">
        <div>
          {article.authors.length > 0 ? (
            <p className="byline">
              By{' '}
              {article.authors.map((author, i) => (
                <span key={author.id}>
                  {i > 0 ? (i === article.authors.length - 1 ? ' and ' : ', ') : null}
                  <a href={authorPath(author.slug)} rel="author">
                    {author.name}
                  </a>
                </span>
              ))}
            </p>
          ) : null}
          <p className="dateline">
            <span>Published </span>
            <DateTime value={article.publishedAt} />
            {wasUpdated(article.publishedAt, article.updatedAt) ? (
              <>
                <span aria-hidden="true"> · </span>
                <span>Updated </span>
                <DateTime value={article.updatedAt} />
              </>
            ) : null}
          </p>
        </div>
        {/* Room for per-reader controls (the bookmark button) beside the dateline. */}
        <div className="article-actions">{actions}</div>
      </div>
      {article.lede ? <p className="article-lede">{article.lede}</p> : null}
      {gallery.length ? (
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
      ) : null}
      {video && !playable && preview ? (
        <MediaNotReady
          message={`Processing… the hero video “${video.title || video.originalName}” is ${video.status === 'failed' ? `failed: ${video.error || 'processing did not finish'}` : 'not ready yet'}.`}
        />
      ) : null}
    </header>
  );
}
