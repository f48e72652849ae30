import type { Metadata } from 'next';
import { TaxonomyListPage } from '@/components/admin/TaxonomyListPage';
import { SECTION_PAGES } from '@/components/admin/taxonomy-pages';
import { listSectionsWithCounts } from '@/db/queries/taxonomy';
import { SECTIONS } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyList, type ListRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { createSectionAction, moveSectionAction } from './actions';

export const metadata: Metadata = { title: 'Sections' };

const actions = { create: createSectionAction, move: moveSectionAction };

export default async function Sections(props: ListRouteProps) {
  const { outcome, manageable, newEdition } = await loadTaxonomyList(SECTIONS, props);
  return (
    <TaxonomyListPage
      pages={SECTION_PAGES}
      rows={listSectionsWithCounts()}
      outcome={outcome}
      actions={actions}
      manageable={manageable}
      newEdition={newEdition}
    />
  );
}
