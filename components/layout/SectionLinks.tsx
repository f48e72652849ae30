import type { Section } from '@/lib/content/reader';
import { sectionPath } from '@/lib/urls';

/** One list item per section, linking to its front (the header's and the footer's section lists). */
export function SectionLinks({ sections }: { sections: Section[] }) {
  return sections.map((s) => (
    <li key={s.id}>
      <a href={sectionPath(s.slug)}>{s.name}</a>
    </li>
  ));
}
