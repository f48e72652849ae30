import type { Metadata } from 'next';
import { ListTable } from '@/components/admin/ListParts';
import { OutcomeNotice } from '@/components/admin/OutcomeNotice';
import { Panel } from '@/components/admin/PageParts';
import { sectionChoices } from '@/lib/newsroom/editor-data';
import { listBannersForAdmin } from '@/db/queries/banners';
import { requireStaff } from '@/lib/auth/session';
import { editions } from '@/lib/editions';
import { BANNER_LABELS, BANNER_TEXT_MAX, bannerEditions } from '@/lib/newsroom/banners';
import { editionChoiceLabel, editionOptions, preselectedEdition } from '@/lib/newsroom/edition-field';
import { oneParam } from '@/lib/newsroom/forms';
import { createBannerAction, endBannerAction } from './actions';
import { BannerForm } from '@/components/admin/BannerForm';
import { formatIn } from '@/lib/zoned-time';

export const metadata: Metadata = { title: 'Breaking-news banner' };

const messages = {
  done: { created: 'The banner is live.', ended: 'The banner has ended: pages no longer show it.' },
  error: {
    'not-live': 'That banner had already ended.',
    forbidden: 'Your role may not end banners in that edition.',
  },
};

export default async function Banners({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff('fronts.manage', '/admin/banners');
  // In My account's zone when one is set (the server does not know the browser's), else UTC.
  const zone = staff.timeZone ?? 'UTC';
  const utc = (iso: string) => `${formatIn(new Date(iso), zone)}${zone === 'UTC' ? '' : ` (${zone})`}`;
  // Every edition's banners are listed; "End now" and the form's sections only where the person may run them.
  const mine = bannerEditions(staff, editions.codes);
  const query = await searchParams;
  const rows = listBannersForAdmin(50);
  const live = rows.filter((r) => r.live);
  const past = rows.filter((r) => !r.live);
  const sections = sectionChoices(mine);
  // Every banner is one edition's: a site-wide one shows on that edition's pages only.
  const scope = (r: (typeof rows)[number]) => `${r.sectionName ?? 'Site-wide'} · ${editionChoiceLabel(r.edition)}`;
  return (
    <div>
      <h1 className="list-title">Breaking-news banner</h1>
      <p className="list-count">
        A red band under the header of reader pages: site-wide, or on one section’s front and stories. It leaves the
        pages at its end time without anyone visiting them, or at once with “End now”.
      </p>
      <OutcomeNotice done={oneParam(query, 'done')} error={oneParam(query, 'error')} messages={messages} />
      <Panel id="live-banners" title="Live now">
        {live.length ? (
          <ListTable caption="Live banners" columns={['Banner', 'Shown on', 'Ends', 'By', '']}>
            {live.map((r) => (
              <tr key={r.id} className="border-t border-line" data-banner-row={r.id}>
                <th scope="row" className="py-2 font-normal">
                  <strong>{r.label}</strong> {r.text}
                  <br />
                  <a href={r.url} className="text-muted-fg underline">
                    {r.url}
                  </a>
                </th>
                <td>{scope(r)}</td>
                <td>{utc(r.expiresAt)}</td>
                <td>{r.createdByName ?? '—'}</td>
                <td>
                  {mine.includes(r.edition) ? (
                    <form action={endBannerAction}>
                      <input type="hidden" name="id" value={r.id} />
                      <button type="submit" className="min-h-11 rounded border border-line px-3 font-semibold">
                        End now<span className="sr-only">: {r.text}</span>
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </ListTable>
        ) : (
          <p className="mt-2">No banner is live.</p>
        )}
      </Panel>
      <Panel id="new-banner" title="New banner" headingClassName="mb-3 text-xl font-bold">
        <BannerForm
          action={createBannerAction}
          editions={editionOptions(mine)}
          edition={preselectedEdition(mine, oneParam(query, 'edition'))}
          sections={sections}
          labels={BANNER_LABELS}
          textMax={BANNER_TEXT_MAX}
          profileZone={staff.timeZone}
        />
      </Panel>
      <Panel id="past-banners" title="Past banners">
        {past.length ? (
          <ListTable caption="Past banners" columns={['Banner', 'Shown on', 'Started', 'Ended', 'By']}>
            {past.map((r) => (
              <tr key={r.id} className="border-t border-line">
                <th scope="row" className="py-2 font-normal">
                  <strong>{r.label}</strong> {r.text}
                </th>
                <td>{scope(r)}</td>
                <td>{utc(r.startsAt)}</td>
                <td>{r.endedAt ? `${utc(r.endedAt)} (ended)` : utc(r.expiresAt)}</td>
                <td>{r.createdByName ?? '—'}</td>
              </tr>
            ))}
          </ListTable>
        ) : (
          <p className="mt-2">None yet.</p>
        )}
      </Panel>
    </div>
  );
}
