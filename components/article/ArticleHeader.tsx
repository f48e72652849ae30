import type { ArticleFull } from '@/lib/content/reader';
import { wasUpdated } from '@/lib/format';
import { authorPath, sectionPath } from '@/lib/urls';
import { Picture } from '@/components/media/Picture';
import { DateTime } from '@/components/ui/DateTime';

/** Section label, headline, dateline, byline, lede and hero figure. */
export function ArticleHeader({ article, actions }: { article: ArticleFull; actions?: React.ReactNode }) {
  const hero = article.hero;
  const caption = article.heroCaption || hero?.caption;
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
      {hero ? (
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
    </header>
  );
}
