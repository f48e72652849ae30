import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPager } from '@/components/admin/AdminPager';
import { AuditTable } from '@/components/admin/AuditTable';
import { listAuditPage } from '@/db/queries/staff';
import { requireStaff } from '@/lib/auth/session';
import { oneParam } from '@/lib/newsroom/forms';
import { AUDIT_PREFIXES, parseAuditPrefix } from '@/lib/newsroom/staff';
import { parsePageNumber } from '@/lib/urls';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PER_PAGE = 50;

export default async function AuditLog({ searchParams }: Props) {
  await requireStaff('audit.view', '/admin/audit');
  const params = await searchParams;
  const action = parseAuditPrefix(oneParam(params, 'action'));
  const page = parsePageNumber(oneParam(params, 'page') || undefined) ?? 1;
  const { items, total } = listAuditPage({ page, perPage: PER_PAGE, actionPrefix: action || undefined });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const link = (p: number) => `/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), page: String(p) })}`;
  return (
    <div>
      <h1 className="list-title">Audit log</h1>
      <p className="list-count">Who did what in the newsroom, newest first.</p>
      <form
        method="get"
        className="mt-4 flex flex-wrap items-end gap-3"
        role="search"
        aria-label="Filter the audit log"
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
        <button type="submit" className="min-h-11 rounded border border-line px-4 font-semibold">
          Filter
        </button>
        {action ? (
          <Link href="/admin/audit" prefetch={false} className="min-h-11 py-2 underline">
            Show everything
          </Link>
        ) : null}
      </form>
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
        href={link}
        labels={['← Newer', 'Older →']}
      />
    </div>
  );
}
