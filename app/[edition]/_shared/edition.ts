/**
 * The edition a reader route's `[edition]` segment names. Readers never type the default
 * edition's code: next.config.ts rewrites `/world` to `/en/world`, and `/ru/world` reaches
 * here as it is. Any other first segment is not an edition: 404.
 */
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { editions, type Edition } from '@/lib/editions';

export type EditionParams = Promise<{ edition: string }>;

/**
 * Every page, layout and slot under [edition] calls this first: besides the 404, it tells
 * next-intl the edition (`setRequestLocale`), so its catalogue is read without looking at the
 * request, and cached pages stay static.
 */
export async function editionOf(params: Promise<{ edition: string }>): Promise<Edition> {
  const edition = editions.find((await params).edition);
  if (!edition) notFound();
  setRequestLocale(edition.code);
  return edition;
}

/** Every edition, for the `[edition]` segment's static params. */
export function editionParams(): { edition: string }[] {
  return editions.codes.map((edition) => ({ edition }));
}
