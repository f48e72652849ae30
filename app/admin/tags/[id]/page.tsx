import type { Metadata } from 'next';
import { TaxonomyDetailPage } from '@/components/admin/TaxonomyDetailPage';
import { TAG_PAGES } from '@/components/admin/taxonomy-pages';
import { listTagAliases } from '@/db/queries/taxonomy';
import { TAGS } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyDetail, type DetailRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { deleteTagAction, mergeTagAction, updateTagAction } from '../actions';

export const metadata: Metadata = { title: 'Edit tag' };

const actions = { update: updateTagAction, merge: mergeTagAction, remove: deleteTagAction };

export default async function EditTag(props: DetailRouteProps) {
  const { row, outcome } = await loadTaxonomyDetail(TAGS, props);
  return (
    <TaxonomyDetailPage
      pages={TAG_PAGES}
      row={row}
      outcome={outcome}
      actions={actions}
      aliases={listTagAliases(row.id)}
    />
  );
}
