import type { Metadata } from 'next';
import { TaxonomyListPage } from '@/components/admin/TaxonomyListPage';
import { TAG_PAGES } from '@/components/admin/taxonomy-pages';
import { listTagsWithCounts } from '@/db/queries/taxonomy';
import { oneParam } from '@/lib/newsroom/forms';
import { pageParam, paging } from '@/lib/newsroom/lists';
import { TAGS } from '@/lib/newsroom/taxonomy';
import { loadTaxonomyList, type ListRouteProps } from '@/lib/newsroom/taxonomy-routes';
import { createTagAction } from './actions';

export const metadata: Metadata = { title: 'Tags' };

const PER_PAGE = 50;

const actions = { create: createTagAction };

export default async function Tags(props: ListRouteProps) {
  const { query, outcome, manageable, newEdition } = await loadTaxonomyList(TAGS, props);
  const q = oneParam(query, 'q').trim().slice(0, 80);
  const page = pageParam(query);
  const { items, total } = listTagsWithCounts({ q: q || undefined, page, perPage: PER_PAGE });
  const search = { q, page, total, ...paging(TAGS.path, { q }, total, PER_PAGE) };
  return (
    <TaxonomyListPage
      pages={TAG_PAGES}
      rows={items}
      outcome={outcome}
      actions={actions}
      manageable={manageable}
      newEdition={newEdition}
      search={search}
    />
  );
}
