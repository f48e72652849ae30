/** The list of fronts at /admin/fronts: the home page and each section's, with their last change. */
import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { ListTable } from './ListParts';

export interface FrontListRow {
  key: string;
  name: string;
  path: string;
  /** 0: never published (readers see the automatic arrangement). */
  version: number;
  hasDraft: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Whether the person may arrange it (fronts.manage in its edition); others see it read-only. */
  editable: boolean;
}

export function FrontList({ fronts }: { fronts: FrontListRow[] }) {
  return (
    <div>
      <h1 className="list-title">Fronts</h1>
      <p className="list-count">
        Arrange what leads the home page and each section. A front nobody has arranged shows the newest stories.
      </p>
      <ListTable columns={['Front', 'Arrangement', 'Last change', 'On the site']} caption="Fronts">
        {fronts.map((f) => (
          <tr key={f.key} className="border-t border-line">
            <th scope="row" className="py-2 font-normal">
              {f.editable ? (
                <Link
                  href={`/admin/fronts/${encodeURIComponent(f.key)}`}
                  prefetch={false}
                  className="font-semibold underline"
                >
                  {f.name}
                </Link>
              ) : (
                <span className="font-semibold">{f.name}</span>
              )}
            </th>
            <td className="py-2">
              {f.version > 0 ? `Arranged (version ${f.version})` : 'Automatic'}
              {f.hasDraft ? (
                <span className="ml-2 rounded border border-line px-1 text-xs font-semibold">Draft</span>
              ) : null}
            </td>
            <td className="py-2">
              {f.updatedAt ? (
                <>
                  <time dateTime={f.updatedAt}>{formatDateTime(f.updatedAt)}</time>
                  {f.updatedBy ? ` by ${f.updatedBy}` : ''}
                </>
              ) : (
                '—'
              )}
            </td>
            <td className="py-2">
              <a href={f.path} className="underline">
                {f.path}
              </a>
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
