import type { Metadata } from 'next';
import { TaxonomyListPage } from '@/components/admin/TaxonomyListPage';
import { PEOPLE_PAGES } from '@/components/admin/taxonomy-pages';
import { listAuthorsWithCounts } from '@/db/queries/taxonomy';
import { PEOPLE } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyList, type ListRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { createPersonAction } from './actions';

export const metadata: Metadata = { title: 'People' };

const actions = { create: createPersonAction };

export default async function People(props: ListRouteProps) {
  const { outcome, manageable, newEdition } = await loadTaxonomyList(PEOPLE, props);
  return (
    <TaxonomyListPage
      pages={PEOPLE_PAGES}
      rows={listAuthorsWithCounts()}
      outcome={outcome}
      actions={actions}
      manageable={manageable}
      newEdition={newEdition}
    />
  );
}
