import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/admin/AuditTable';
import { DashboardLists } from '@/components/admin/DashboardLists';
import { Panel } from '@/components/admin/PageParts';
import { listAuditPage } from '@/db/queries/staff';
import { can, ROLE_LABELS } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { loadDashboard } from '@/lib/newsroom/dashboard';

export const metadata: Metadata = { title: { absolute: 'Newsroom' } };

/** The newsroom's home: the person's work first (lib/newsroom/dashboard.ts), then the latest audit entries for admins. */
export default async function AdminHome() {
  const staff = await requireStaff('admin.access', '/admin');
  const dashboard = loadDashboard(staff);
  const audit = can(staff.role, 'audit.view') ? listAuditPage({ page: 1, perPage: 10 }).items : null;
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="list-title">Newsroom</h1>
          <p className="list-count">
            Signed in as <strong>{staff.name}</strong> ({ROLE_LABELS[staff.role]}, {staff.email}).
          </p>
        </div>
        <form method="post" action="/admin/signout">
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
            Sign out everywhere
          </button>
        </form>
      </div>
      <DashboardLists dashboard={dashboard} />
      {audit ? (
        <Panel id="audit" title="Audit log" headingClassName="text-lg font-bold">
          <div className="text-sm">
            <AuditTable entries={audit} />
          </div>
          <p className="mt-2 text-sm">
            <Link href="/admin/audit" prefetch={false} className="underline">
              The whole audit log
            </Link>
          </p>
        </Panel>
      ) : null}
    </div>
  );
}
