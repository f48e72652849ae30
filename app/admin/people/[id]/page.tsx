import type { Metadata } from 'next';
import { TaxonomyDetailPage } from '@/components/admin/TaxonomyDetailPage';
import { PEOPLE_PAGES } from '@/components/admin/taxonomy-pages';
import { PEOPLE } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyDetail, type DetailRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { deletePersonAction, updatePersonAction } from '../actions';

export const metadata: Metadata = { title: 'Edit person' };

const actions = { update: updatePersonAction, remove: deletePersonAction };

export default async function EditPerson(props: DetailRouteProps) {
  const { row, outcome } = await loadTaxonomyDetail(PEOPLE, props);
  return <TaxonomyDetailPage pages={PEOPLE_PAGES} row={row} outcome={outcome} actions={actions} />;
}
