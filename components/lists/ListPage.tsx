import { useTranslations } from 'next-intl';
import type { ListPage as ListPageData } from '@/lib/content/reader';
import { StoryCard, type CardActions } from './StoryCard';
import { Pagination } from './Pagination';
import { listPath } from '@/lib/urls';

/** A section front, tag page or author page: heading, description, newest stories, pagination. */
export function ListPage({ data, actions }: { data: ListPageData; actions?: CardActions }) {
  const { kind, owner, items, page, pageCount, total } = data;
  const t = useTranslations('Lists');
  const kindLabel = { section: t('kindSection'), tag: t('kindTag'), author: t('kindAuthor') }[kind];
  const description = 'bio' in owner ? owner.bio : owner.description;
  const jobTitle = 'jobTitle' in owner ? owner.jobTitle : '';
  // The first picture near the top of page 1 is the likely largest paint: loaded eagerly, first.
  // (The first story may have none; the next one's picture is then on the first screen.)
  const firstPicture = page === 1 ? items.slice(0, 3).findIndex((story) => story.hero) : -1;
  return (
    <div className="list-page">
      <header className="list-header">
        <p className="eyebrow">{kindLabel}</p>
        <h1 className="list-title">{owner.name}</h1>
        {jobTitle ? <p className="list-subtitle">{jobTitle}</p> : null}
        {description ? <p className="list-description">{description}</p> : null}
        <p className="list-count">
          {t('count', { total })}
          {pageCount > 1 ? t('pageOf', { page, pageCount }) : ''}
        </p>
      </header>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="story-list list-stories">
          {items.map((story, i) => (
            <li key={story.id}>
              <StoryCard
                story={story}
                variant={page === 1 && i === 0 ? 'lead' : 'standard'}
                headingLevel={2}
                showSection={kind !== 'section'}
                priority={i === firstPicture}
                actions={actions?.(story)}
              />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => listPath(data.edition, kind, owner.slug, n)} />
    </div>
  );
}
