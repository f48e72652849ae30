import type { Metadata } from 'next';
import { TaxonomyDetailPage } from '@/components/admin/TaxonomyDetailPage';
import { SECTION_PAGES } from '@/components/admin/taxonomy-pages';
import { SECTIONS } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyDetail, type DetailRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { deleteSectionAction, updateSectionAction } from '../actions';

export const metadata: Metadata = { title: 'Edit section' };

const actions = { update: updateSectionAction, remove: deleteSectionAction };

export default async function EditSection(props: DetailRouteProps) {
  const { row, outcome } = await loadTaxonomyDetail(SECTIONS, props);
  return <TaxonomyDetailPage pages={SECTION_PAGES} row={row} outcome={outcome} actions={actions} />;
}
