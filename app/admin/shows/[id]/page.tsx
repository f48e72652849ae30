import type { Metadata } from 'next';
import { TaxonomyDetailPage } from '@/components/admin/TaxonomyDetailPage';
import { SHOW_PAGES } from '@/components/admin/taxonomy-pages';
import { SHOWS } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyDetail, type DetailRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { deleteShowAction, updateShowAction } from '../actions';

export const metadata: Metadata = { title: 'Edit show' };

const actions = { update: updateShowAction, remove: deleteShowAction };

export default async function EditShow(props: DetailRouteProps) {
  const { row, outcome } = await loadTaxonomyDetail(SHOWS, props);
  return <TaxonomyDetailPage pages={SHOW_PAGES} row={row} outcome={outcome} actions={actions} />;
}
