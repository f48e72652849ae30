import type { Metadata } from 'next';
import { PageList } from '@/components/admin/PageList';
import { canIn } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { editions } from '@/lib/editions';
import { listInfoPages } from '@/db/queries/info-pages';
import { oneParam } from '@/lib/newsroom/forms';
import { PAGE_OUTCOMES, PAGES_PATH } from '@/lib/newsroom/pages';

export const metadata: Metadata = { title: 'Site pages' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SitePages({ searchParams }: Props) {
  const staff = await requireStaff('pages.manage', PAGES_PATH);
  const editable = editions.codes.filter((code) => canIn(staff, code, 'pages.manage'));
  const query = await searchParams;
  const outcome = { done: oneParam(query, 'done'), error: oneParam(query, 'error') };
  return (
    <PageList
      pages={listInfoPages()}
      outcome={outcome}
      messages={PAGE_OUTCOMES}
      editable={editable}
      mayCreate={editable.length > 0}
    />
  );
}
