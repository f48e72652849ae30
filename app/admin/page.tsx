import type { Metadata } from 'next';
import { listAudit } from '@/db/queries/staff';
import { can, ROLE_LABELS } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: { absolute: 'Newsroom' } };

export default async function AdminHome() {
  const staff = await requireStaff('admin.access', '/admin');
  const audit = can(staff.role, 'audit.view') ? listAudit(30) : null;
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
        <section aria-labelledby="audit-heading" className="mt-8">
          <h2 id="audit-heading" className="text-xl font-bold">
            Audit log
          </h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Subject</th>
                <th scope="col">IP</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.actor ?? '—'}</td>
                  <td>{entry.action}</td>
                  <td>{entry.subject}</td>
                  <td>{entry.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
