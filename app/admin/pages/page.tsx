import type { Metadata } from 'next';
import { PageList } from '@/components/admin/PageList';
import { requireStaff } from '@/lib/auth/session';
import { listInfoPages } from '@/db/queries/info-pages';
import { oneParam } from '@/lib/newsroom/forms';
import { PAGE_OUTCOMES, PAGES_PATH } from '@/lib/newsroom/pages';

export const metadata: Metadata = { title: 'Site pages' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SitePages({ searchParams }: Props) {
  await requireStaff('pages.manage', PAGES_PATH);
  const query = await searchParams;
  const outcome = { done: oneParam(query, 'done'), error: oneParam(query, 'error') };
  return <PageList pages={listInfoPages()} outcome={outcome} messages={PAGE_OUTCOMES} />;
}
