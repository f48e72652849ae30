/**
 * The words of list, article and programme metadata (lib/seo/metadata.ts `SeoWords`) in an
 * edition, for a route's generateMetadata: `listMetadata(data, await seoWords(data.edition))`,
 * likewise articleMetadata, showMetadata and showsIndexMetadata.
 */
import { getTranslations } from 'next-intl/server';
import type { SeoWords } from '@/lib/seo/metadata';

export async function seoWords(code: string): Promise<SeoWords> {
  const t = await getTranslations({ locale: code, namespace: 'Seo' });
  return {
    tagTitle: (name) => t('tagTitle', { name }),
    pageTitle: (title, page) => t('pageTitle', { title, page }),
    authorDescription: (name, site) => t('authorDescription', { name, site }),
    sectionDescription: (name, site) => t('sectionDescription', { name, site }),
    writtenBy: t('writtenBy'),
    showsDescription: (site) => t('showsDescription', { site }),
    showDescription: (name, site) => t('showDescription', { name, site }),
    podcastFeed: (name) => t('podcastFeed', { name }),
  };
}
