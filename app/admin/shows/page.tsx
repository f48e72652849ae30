import type { Metadata } from 'next';
import { TaxonomyListPage } from '@/components/admin/TaxonomyListPage';
import { SHOW_PAGES } from '@/components/admin/taxonomy-pages';
import { listShowsWithCounts } from '@/db/queries/taxonomy';
import { SHOWS } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyList, type ListRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { createShowAction } from './actions';

export const metadata: Metadata = { title: 'Shows' };

const actions = { create: createShowAction };

export default async function Shows(props: ListRouteProps) {
  const { outcome, manageable, newEdition } = await loadTaxonomyList(SHOWS, props);
  return (
    <TaxonomyListPage
      pages={SHOW_PAGES}
      rows={listShowsWithCounts()}
      outcome={outcome}
      actions={actions}
      manageable={manageable}
      newEdition={newEdition}
    />
  );
}
