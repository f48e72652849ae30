import { formatDateTime } from '@/lib/format';
import type { AuditEntry } from '@/lib/newsroom/staff';

/** Audit log entries, newest first: on /admin/audit and, the latest few, on the newsroom's home. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Audit log entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Subject</th>
          <th scope="col">Details</th>
          <th scope="col">IP</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-t border-line align-top">
            <td className="py-2 whitespace-nowrap">
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            </td>
            <td>{e.actor ?? '—'}</td>
            <td>
              <code>{e.action}</code>
            </td>
            <td>{e.subjectType ? `${e.subjectType} ${e.subjectId}` : ''}</td>
            <td className="max-w-md break-words">
              {e.details ? <code className="text-xs">{JSON.stringify(e.details)}</code> : null}
            </td>
            <td>{e.ip}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
