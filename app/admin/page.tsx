import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/admin/AuditTable';
import { Panel } from '@/components/admin/PageParts';
import { listAuditPage } from '@/db/queries/staff';
import { can, ROLE_LABELS } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';

export const metadata: Metadata = { title: { absolute: 'Newsroom' } };

export default async function AdminHome() {
  const staff = await requireStaff('admin.access', '/admin');
  const audit = can(staff.role, 'audit.view') ? listAuditPage({ page: 1, perPage: 20 }).items : null;
  return (
    <div className="notice">
      <h1>Newsroom</h1>
      <p>
        Signed in as <strong>{staff.name}</strong> ({ROLE_LABELS[staff.role]}, {staff.email}).
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <form method="post" action="/admin/signout">
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
            Sign out everywhere
          </button>
        </form>
      </div>
      {audit ? (
        <Panel id="audit" title="Audit log">
          <AuditTable entries={audit} />
          <p className="mt-2">
            <Link href="/admin/audit" prefetch={false} className="underline">
              The whole audit log
            </Link>
          </p>
        </Panel>
      ) : null}
    </div>
  );
}
