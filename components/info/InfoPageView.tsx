import { useTranslations } from 'next-intl';
import { ArticleBody } from '@/components/article/ArticleBody';
import { JsonLd } from '@/components/seo/JsonLd';
import type { Block } from '@/lib/content/blocks';
import type { InfoPage } from '@/lib/content/reader';
import { useEdition } from '@/lib/i18n/edition';
import { editionDates } from '@/lib/i18n/dates';

/**
 * One of the site's own pages (About, Privacy…): title, the body through the article's block map
 * (text blocks only: the newsroom refuses pictures here), and when it last changed.
 */
export function InfoPageView({ page, blocks, jsonLd }: { page: InfoPage; blocks: Block[]; jsonLd: unknown }) {
  const t = useTranslations('Info');
  const dates = editionDates(useEdition());
  return (
    <article className="info-page">
      <JsonLd data={jsonLd} />
      <header className="info-page__header">
        <h1 className="info-page__title">{page.title}</h1>
        {page.description ? <p className="info-page__standfirst">{page.description}</p> : null}
        <p className="info-page__updated">
          {t.rich('lastUpdated', {
            time: () => <time dateTime={page.updatedAt}>{dates.date(page.updatedAt)}</time>,
          })}
        </p>
      </header>
      <ArticleBody blocks={blocks} media={{}} />
    </article>
  );
}
