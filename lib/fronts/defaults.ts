/**
 * The automatic arrangement of a front nobody has curated (no row in `fronts`). Every slot is
 * automatic, so a story published a minute ago leads the home page (see resolve.ts for how the
 * lead picks among the newest).
 */
import type { FrontContainerJson, FrontLayoutJson, FrontSlotJson, Section } from '@/db/types';
import { editions } from '@/lib/editions';
import { catalogueSync } from '@/lib/i18n/catalogues';
import { MAX_CONTAINERS } from './limits';
import { sectionPath } from '@/lib/urls';

/** The section whose newest stories fill an edition's opinion block, when it exists (lib/editions.ts). */
const opinionSlug = (edition: string) => editions.get(edition).opinionSection;

// The automatic containers' titles come from the edition's catalogue (stored with a front once it
// is arranged), written out as catalogueSync(edition).Fronts.key so the catalogue test sees each key used.

const autos = (n: number, sectionId: number | null): FrontSlotJson[] =>
  Array.from({ length: n }, () => ({ kind: 'auto', sectionId }));

/**
 * HOME: the lead, six top stories, four opinion pieces (from the op-ed section, when there is
 * one), most read, then a row of four per section in the sections' order.
 */
export function defaultHomeLayout(edition: string, sections: Pick<Section, 'id' | 'slug' | 'name'>[]): FrontLayoutJson {
  const containers: FrontContainerJson[] = [
    { id: 'lead', style: 'lead', title: catalogueSync(edition).Fronts.defaultLead, href: '', slots: autos(1, null) },
    {
      id: 'top-stories',
      style: 'top',
      title: catalogueSync(edition).Fronts.defaultTop,
      href: '',
      slots: autos(6, null),
    },
  ];
  const opinion = sections.find((s) => s.slug === opinionSlug(edition));
  if (opinion)
    containers.push({
      id: 'opinion',
      style: 'opinion',
      title: opinion.name,
      href: sectionPath(edition, opinion.slug),
      slots: autos(4, opinion.id),
    });
  containers.push({
    id: 'most-read',
    style: 'most-read',
    title: catalogueSync(edition).Fronts.defaultMostRead,
    href: '',
    slots: [],
  });
  // One row per section in navigation order, as many as a front holds (a newsroom with more
  // sections than that curates which rows its home page keeps).
  for (const s of sections) {
    if (containers.length >= MAX_CONTAINERS) break;
    if (s.id === opinion?.id) continue;
    containers.push({
      id: `section-${s.id}`,
      style: 'row',
      title: s.name,
      href: sectionPath(edition, s.slug),
      slots: autos(4, s.id),
    });
  }
  return { containers };
}

/**
 * A SECTION front: its lead, four top stories and its most read; the section's older stories
 * continue below as the paginated list the route renders.
 */
export function defaultSectionLayout(section: Pick<Section, 'id' | 'name' | 'edition'>): FrontLayoutJson {
  const edition = section.edition;
  return {
    containers: [
      {
        id: 'lead',
        style: 'lead',
        title: catalogueSync(edition).Fronts.defaultLead,
        href: '',
        slots: autos(1, section.id),
      },
      {
        id: 'top-stories',
        style: 'top',
        title: catalogueSync(edition).Fronts.defaultTopIn.replace('{section}', section.name),
        href: '',
        slots: autos(4, section.id),
      },
      {
        id: 'most-read',
        style: 'most-read',
        title: catalogueSync(edition).Fronts.defaultMostRead,
        href: '',
        slots: [],
      },
    ],
  };
}
