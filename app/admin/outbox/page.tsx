import type { Metadata } from 'next';
import { AdminPager } from '@/components/admin/AdminPager';
import { OutboxList } from '@/components/admin/OutboxList';
import { outboxPage, smtpConfigured } from '@/lib/mail/outbox';
import { requireStaff } from '@/lib/auth/session';
import { pageParam, paging, type SearchParams } from '@/lib/newsroom/lists';

export const metadata: Metadata = { title: 'Outbox' };

const PER_PAGE = 20;

// Administrators only: without SMTP, the messages here hold live reset links (lib/mail/send.ts).
export default async function Outbox({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff('outbox.view', '/admin/outbox');
  const page = pageParam(await searchParams);
  const { items, total } = outboxPage(page, PER_PAGE);
  const { pages, href } = paging('/admin/outbox', {}, total, PER_PAGE);
  const smtp = smtpConfigured();
  return (
    <div>
      <h1 className="list-title">Outbox</h1>
      <p className="list-count">
        {smtp
          ? 'Mail goes out through SMTP (SMTP_URL). Listed here: messages being sent, sent (their text is not kept) and failed (kept with the error).'
          : 'No SMTP server is configured (SMTP_URL), so the site’s messages stay here, newest first. Each holds a link that works for its account: pass it on only to that person.'}
      </p>
      <p className="list-count mt-2">
        {total} message{total === 1 ? '' : 's'}
      </p>
      <OutboxList messages={items} />
      {items.length === 0 ? <p className="mt-2">No messages{page > 1 ? ' on this page' : ''}.</p> : null}
      <AdminPager label="Pages of the outbox" page={page} pages={pages} href={href} labels={['← Newer', 'Older →']} />
    </div>
  );
}
