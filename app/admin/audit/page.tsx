import type { Metadata } from 'next';
import { AdminPager } from '@/components/admin/AdminPager';
import { AuditTable } from '@/components/admin/AuditTable';
import { ListFilter } from '@/components/admin/ListParts';
import { listAuditPage } from '@/db/queries/staff';
import { requireStaff } from '@/lib/auth/session';
import { oneParam } from '@/lib/newsroom/forms';
import { AUDIT_PREFIXES, parseAuditPrefix } from '@/lib/newsroom/staff';
import { pageParam, paging, type SearchParams } from '@/lib/newsroom/lists';

export const metadata: Metadata = { title: 'Audit log' };

const PER_PAGE = 50;

export default async function AuditLog({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff('audit.view', '/admin/audit');
  const params = await searchParams;
  const action = parseAuditPrefix(oneParam(params, 'action'));
  const page = pageParam(params);
  const { items, total } = listAuditPage({ page, perPage: PER_PAGE, actionPrefix: action || undefined });
  const { pages, href } = paging('/admin/audit', { action }, total, PER_PAGE);
  return (
    <div>
      <h1 className="list-title">Audit log</h1>
      <p className="list-count">Who did what in the newsroom, newest first.</p>
      <ListFilter
        label="Filter the audit log"
        submitLabel="Filter"
        reset={action ? { href: '/admin/audit', label: 'Show everything' } : null}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-action" className="text-sm font-semibold">
            Action starts with
          </label>
          <input
            id="audit-action"
            name="action"
            list="audit-prefixes"
            defaultValue={action}
            maxLength={40}
            aria-describedby="audit-action-hint"
            className="min-h-11 rounded border border-line bg-page px-3"
          />
          <datalist id="audit-prefixes">
            {AUDIT_PREFIXES.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <p id="audit-action-hint" className="text-sm text-muted-fg">
            For example {AUDIT_PREFIXES.slice(0, 5).join(', ')} or sign-in.
          </p>
        </div>
      </ListFilter>
      <p className="list-count mt-3">
        {total} entr{total === 1 ? 'y' : 'ies'}
        {action ? ` whose action starts with “${action}”` : ''}
      </p>
      <AuditTable entries={items} />
      {items.length === 0 ? <p className="mt-2">No entries{page > 1 ? ' on this page' : ''}.</p> : null}
      <AdminPager
        label="Pages of the audit log"
        page={page}
        pages={pages}
        href={href}
        labels={['← Newer', 'Older →']}
      />
    </div>
  );
}
