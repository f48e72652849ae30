/** A front's published arrangements, newest first, each with "Restore" (publishes it again as a new version). */
import { formatDateTime } from '@/lib/format';
import { BUTTON_CLASS } from './FormParts';
import { ListTable } from './ListParts';
import { Panel } from './PageParts';

export function FrontRevisions({
  frontKey,
  version,
  revisions,
  action,
}: {
  frontKey: string;
  version: number;
  revisions: { version: number; at: string; staffName: string | null }[];
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <Panel id="revisions" title="Revisions">
      {revisions.length === 0 ? (
        <p className="mt-2">Nothing published yet: readers see the automatic arrangement.</p>
      ) : (
        <ListTable columns={['Version', 'Published', 'By', '']} caption="Published versions of this front">
          {revisions.map((r) => (
            <tr key={r.version} className="border-t border-line">
              <th scope="row" className="py-2 font-normal">
                {r.version}
                {r.version === version ? ' (live)' : ''}
              </th>
              <td className="py-2">
                <time dateTime={r.at}>{formatDateTime(r.at)}</time>
              </td>
              <td className="py-2">{r.staffName ?? '—'}</td>
              <td className="py-2">
                {r.version === version ? null : (
                  <form action={action}>
                    <input type="hidden" name="key" value={frontKey} />
                    <input type="hidden" name="revision" value={r.version} />
                    <input type="hidden" name="version" value={version} />
                    <button type="submit" className={BUTTON_CLASS}>
                      Restore<span className="sr-only"> version {r.version}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </Panel>
  );
}
