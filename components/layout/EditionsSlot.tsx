import { readSwitcherTranslations } from '@/lib/content/reader';
import { parseArticleSegment } from '@/lib/urls';
import { translationPath } from '@/lib/seo/metadata';
import { EditionSwitcher } from './EditionSwitcher';

/**
 * The header's edition switcher as a layout's `@editions` slot renders it: on a story, each
 * edition links to the story's published translation there (read from the same cached article
 * data as the page); elsewhere, to the editions' home pages. A slot, like @nav (NavSlot.tsx),
 * because a layout does not know the page it holds and reading the request would make it dynamic.
 */
export async function EditionsSlot({ article }: { article?: string }) {
  const ref = article ? parseArticleSegment(article) : null;
  const found = ref ? await readSwitcherTranslations(ref.id) : [];
  const translations = Object.fromEntries(found.map((t) => [t.edition, translationPath(t)]));
  return <EditionSwitcher translations={translations} />;
}

export type ArticleSlotParams = Promise<{ edition: string; section: string; article: string }>;
