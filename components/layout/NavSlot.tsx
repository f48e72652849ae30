import { readSections } from '@/lib/content/reader';
import type { CurrentPlace } from './SectionLinks';
import { SectionNav } from './SectionNav';

/**
 * The section navigation as a layout's `@nav` slot renders it. A layout does not know the page's
 * path, and reading it (headers()) would make every reader page dynamic; a parallel route does:
 * Next matches app/(site)/@nav/[section]/… against the same URL as the page and hands it the same
 * params, at build time and in ISR alike, so the cached page carries its own aria-current.
 */
export async function NavSlot({ edition, current }: { edition: string; current: CurrentPlace }) {
  return <SectionNav sections={await readSections(edition)} current={current} />;
}

export type SectionParams = Promise<{ edition: string; section: string }>;
