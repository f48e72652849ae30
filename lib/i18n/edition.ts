/**
 * The edition of the page being rendered, for server components: next-intl's locale is the
 * edition's code (lib/i18n/request.ts), set by the route before anything renders.
 */
import { useLocale } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { editions, type Edition } from '@/lib/editions';

/** In a synchronous server component. */
export function useEdition(): Edition {
  return editions.find(useLocale()) ?? editions.default;
}

/** In an async server component or a route's data code. */
export async function getEdition(): Promise<Edition> {
  return editions.find(await getLocale()) ?? editions.default;
}
