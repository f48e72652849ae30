import type { Metadata } from 'next';
import { FrontList } from '@/components/admin/FrontList';
import { listFrontRows } from '@/db/queries/fronts';
import { requireStaff } from '@/lib/auth/session';
import { listFrontTargets, mayArrange } from '@/lib/fronts/editor';
import { frontName, frontPath } from '@/lib/fronts/load';

export const metadata: Metadata = { title: 'Fronts' };

export default async function Fronts() {
  const staff = await requireStaff('fronts.manage', '/admin/fronts');
  const rows = new Map(listFrontRows().map((r) => [r.key, r]));
  const fronts = listFrontTargets().map((t) => {
    const row = rows.get(t.dbKey) ?? null;
    return {
      key: t.key,
      name: frontName(t),
      path: frontPath(t),
      version: row?.version ?? 0,
      hasDraft: !!row?.draft,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy ?? null,
      editable: mayArrange(staff, t),
    };
  });
  return <FrontList fronts={fronts} />;
}
