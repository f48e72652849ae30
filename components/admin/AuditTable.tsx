import { formatDateTime } from '@/lib/format';
import type { AuditEntry } from '@/lib/newsroom/staff';
import { ListTable } from './ListParts';

/** Audit log entries, newest first: on /admin/audit and, the latest few, on the newsroom's home. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <ListTable
      caption="Audit log entries, newest first"
      columns={['When', 'Who', 'Action', 'Subject', 'Details', 'IP']}
    >
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
    </ListTable>
  );
}
