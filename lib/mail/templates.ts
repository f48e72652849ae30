/**
 * The messages the site sends, each as plain text and as simple HTML in the site's style (a
 * table layout with inline styles, which mail clients render; no images, no scripts). Readers get
 * them in their edition's language (the catalogue's `Mail` messages), staff in English like the
 * rest of the newsroom. Each message is read as `catalogueSync(code).Mail.key`, written out, so
 * the catalogue test sees every key used.
 */
import { editions } from '@/lib/editions';
import { catalogueSync } from '@/lib/i18n/catalogues';
import type { MailMessage } from '@/lib/mail/send';
import { siteUrl } from '@/lib/urls';

const BRAND = '#b3122b';
const INK = '#141414';
const MUTED = '#555555';
const LINE = '#d6d6d6';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A catalogue message with its `{name}` arguments filled in (the Mail messages use no plurals). */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

interface Parts {
  subject: string;
  greeting: string;
  body: string;
  button: string;
  link: string;
  after: string;
  footer: string;
}

function render(parts: Parts, edition: string, kind: string, to: string, siteName: string): MailMessage {
  const { dir, language } = editions.get(edition);
  const text = [parts.greeting, '', parts.body, '', parts.link, '', parts.after, '', '-- ', parts.footer, ''].join(
    '\n',
  );
  const align = dir === 'rtl' ? 'right' : 'left';
  const html = `<!doctype html>
<html lang="${language}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(parts.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f3;color:${INK};font-family:Georgia,'Times New Roman',serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f3;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid ${LINE};">
<tr><td style="background:${BRAND};color:#ffffff;padding:16px 24px;font-size:24px;font-weight:bold;text-align:${align};">${escapeHtml(siteName)}</td></tr>
<tr><td style="padding:24px;font-size:17px;line-height:1.5;text-align:${align};">
<p style="margin:0 0 16px;">${escapeHtml(parts.greeting)}</p>
<p style="margin:0 0 24px;">${escapeHtml(parts.body)}</p>
<p style="margin:0 0 24px;"><a href="${escapeHtml(parts.link)}" style="display:inline-block;background:${BRAND};color:#ffffff;padding:12px 20px;border-radius:4px;font-family:Arial,sans-serif;font-weight:bold;text-decoration:none;">${escapeHtml(parts.button)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:${MUTED};word-break:break-all;"><a href="${escapeHtml(parts.link)}" style="color:${BRAND};">${escapeHtml(parts.link)}</a></p>
<p style="margin:0;">${escapeHtml(parts.after)}</p>
</td></tr>
<tr><td style="border-top:1px solid ${LINE};padding:12px 24px;font-size:13px;color:${MUTED};font-family:Arial,sans-serif;text-align:${align};">${escapeHtml(parts.footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return { to, subject: parts.subject, text, html, kind };
}

/** The link's host, for the footer's "sent because of a request on …". */
const host = () => new URL(siteUrl()).host;

/**
 * A password-reset message: for a reader in `edition`'s language, for staff (edition '') in
 * English; `link` opens the reset page, `minutes` is how long it works.
 */
export function resetMessage(v: { to: string; name: string; link: string; minutes: number; edition: string }) {
  const code = v.edition || editions.default.code;
  const site = v.edition ? editions.get(code).siteName : `${editions.default.siteName} newsroom`;
  const values = { site, name: v.name, minutes: v.minutes, host: host() };
  return render(
    {
      subject: fill(catalogueSync(code).Mail.resetSubject, values),
      greeting: fill(catalogueSync(code).Mail.greeting, values),
      body: fill(catalogueSync(code).Mail.resetBody, values),
      button: catalogueSync(code).Mail.resetButton,
      link: v.link,
      after: catalogueSync(code).Mail.resetIgnore,
      footer: fill(catalogueSync(code).Mail.footer, values),
    },
    code,
    'reset',
    v.to,
    site,
  );
}

/** A reader's address-verification message in `edition`'s language; the link works for `hours`. */
export function verifyMessage(v: { to: string; name: string; link: string; hours: number; edition: string }) {
  const code = v.edition;
  const site = editions.get(v.edition).siteName;
  const values = { site, name: v.name, hours: v.hours, host: host() };
  return render(
    {
      subject: fill(catalogueSync(code).Mail.verifySubject, values),
      greeting: fill(catalogueSync(code).Mail.greeting, values),
      body: fill(catalogueSync(code).Mail.verifyBody, values),
      button: catalogueSync(code).Mail.verifyButton,
      link: v.link,
      after: catalogueSync(code).Mail.verifyIgnore,
      footer: fill(catalogueSync(code).Mail.footer, values),
    },
    code,
    'verify',
    v.to,
    site,
  );
}
