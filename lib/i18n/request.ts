/**
 * next-intl's request configuration (next.config.ts names this file): the catalogue and time
 * zone of the page's edition. The edition is the reader site's root parameter (`[edition]`, read
 * with next/root-params), or the locale a caller names (`getTranslations({ locale })`); never the
 * request's headers, so cached reader pages stay static. The locale next-intl sees is the
 * edition's code, so `useLocale()` names the edition.
 */
import { edition as editionParam } from 'next/root-params';
import { getRequestConfig } from 'next-intl/server';
import { editions } from '@/lib/editions';
import { catalogue } from './catalogues';

export default getRequestConfig(async ({ locale }) => {
  const edition = editions.find(locale ?? (await editionParam())) ?? editions.default;
  return { locale: edition.code, messages: await catalogue(edition.code), timeZone: edition.timeZone };
});
