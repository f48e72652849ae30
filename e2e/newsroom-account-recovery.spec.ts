import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createStaff, expectNoAxeViolations, signInAs } from './helpers';

/**
 * Accounts people can recover: password reset (staff and readers) and a reader's address
 * verification, against a real SMTP server started here on the port scripts/e2e.ts gives the app
 * (SMTP_URL). Each journey follows the link from the message that arrived, in the browser; a
 * second use of the link is refused.
 */
test.describe.configure({ mode: 'serial' });

interface Received {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const inbox: Received[] = [];
let server: SMTPServer;
const stamp = Date.now().toString(36);
const STAFF = { email: `recover-staff-${stamp}@example.test`, password: 'the forgotten staff password' };
const ADMIN = { email: `recover-admin-${stamp}@example.test`, password: 'the outbox admin password' };

test.beforeAll(async () => {
  const url = new URL(process.env.SMTP_URL ?? 'smtp://127.0.0.1:3125');
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(url.port), url.hostname, resolve);
  });
  for (const user of [
    { ...STAFF, role: 'author' },
    { ...ADMIN, role: 'admin' },
  ]) {
    const created = createStaff(user);
    expect(created.status, created.stderr).toBe(0);
  }
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The link (of `path`) in the newest message to `to` whose subject matches, once it has arrived. */
async function linkFor(to: string, subject: RegExp, path: string): Promise<string> {
  let found: Received | undefined;
  await expect
    .poll(() => (found = inbox.filter((m) => m.to === to && subject.test(m.subject)).at(-1)), {
      message: `a message to ${to}`,
      timeout: 20_000,
    })
    .toBeTruthy();
  // The button's address in the HTML part, and the same address in the plain text.
  const href = new RegExp(`href="(http[^"]*${path}/[A-Za-z0-9_-]{43})"`).exec(found!.html)?.[1];
  expect(href, found!.html).toBeTruthy();
  expect(found!.text).toContain(href!);
  return href!;
}

async function newPage(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': ip } });
  return context.newPage();
}

async function expectNoAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('staff reset a forgotten password by e-mail; every session ends; the link works once', async ({ browser }) => {
  // Signed in elsewhere before the reset.
  const elsewhere = await signInAs(browser, STAFF.email, STAFF.password, '198.51.100.201');
  const page = await newPage(browser, '198.51.100.202');

  await page.goto('/admin/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/admin\/reset$/);
  await page.getByLabel('E-mail address').fill(STAFF.email.toUpperCase());
  await page.getByRole('button', { name: 'Send the link' }).click();
  const sent = page.getByRole('main').getByRole('status');
  await expect(sent).toContainText('If that address belongs to a newsroom account');

  // An unknown address gets the very same answer.
  const other = await newPage(browser, '198.51.100.203');
  await other.goto('/admin/reset');
  await other.getByLabel('E-mail address').fill(`nobody-${stamp}@example.test`);
  await other.getByRole('button', { name: 'Send the link' }).click();
  await expect(other.getByRole('main').getByRole('status')).toHaveText((await sent.textContent())!);

  const link = await linkFor(STAFF.email, /Reset your .* password/, '/admin/reset');
  // Opening the link neither uses it nor leaves it in the address bar or a Referer.
  const opened = await page.request.get(link, { maxRedirects: 0 });
  expect(opened.status()).toBe(303);
  expect(opened.headers()['referrer-policy']).toBe('no-referrer');
  expect(opened.headers()['location']).toBe('/admin/reset/password');
  await page.goto(link);
  await expect(page).toHaveURL(/\/admin\/reset\/password$/);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectNoAxe(page);
  // A password that is too short keeps the link usable.
  await page.getByLabel(/New password/).fill('short');
  await page.getByLabel(/New password/).evaluate((el: HTMLInputElement) => el.removeAttribute('minlength'));
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Use between 12 and 256 characters');
  await page.getByLabel(/New password/).fill('the remembered staff password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password is changed' })).toBeVisible();

  // The session signed in before the reset has ended.
  await elsewhere.goto('/admin');
  await expect(elsewhere).toHaveURL(/\/admin\/login/);

  // A second use of the link is refused, and the password stays as set.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link does not work any more' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change password' })).toHaveCount(0);

  const signedIn = await signInAs(browser, STAFF.email, 'the remembered staff password', '198.51.100.204');
  await expect(signedIn.getByRole('link', { name: 'Articles' }).first()).toBeVisible();
  for (const p of [elsewhere, page, other, signedIn]) await p.context().close();
});

test('a reader verifies the address from the sign-up message; the link works once', async ({ browser }) => {
  const email = `recover-reader-${stamp}@example.test`;
  const page = await newPage(browser, '198.51.100.211');
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Rami Reader');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/Password/).fill('the reader first password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/bookmarks$/);

  // Unverified: the account page says so and offers another link.
  await page.goto('/account');
  const notice = page.getByRole('region', { name: 'Confirm your address' });
  await expect(notice).toContainText(email);
  await notice.getByRole('button', { name: 'Send the link again' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('A new link is on its way');
  await expectNoAxe(page);

  const link = await linkFor(email, /Confirm your e-mail address/, '/reader/verify');
  await page.goto(link);
  await expect(page).toHaveURL(/\/account\/verify$/);
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Thank you: your address is confirmed.');
  await page.goto('/account');
  await expect(page.getByRole('region', { name: 'Confirm your address' })).toHaveCount(0);

  // The same link again: refused.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link does not work any more' })).toBeVisible();
  await page.context().close();
});

test('a reader of the Arabic edition resets the password, right to left; sessions end; the link works once', async ({
  browser,
  baseURL,
}) => {
  const email = `recover-ar-${stamp}@example.test`;
  const reader = await newPage(browser, '198.51.100.221');
  // An account, signed in in one browser.
  const signUp = await reader.request.post('/reader/signup', {
    form: { email, name: 'قارئ', password: 'the arabic reader password', next: '/ar', edition: 'ar' },
    headers: { Origin: baseURL! },
  });
  expect(signUp.ok()).toBe(true);
  await reader.goto('/ar/account');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('حسابك');

  const page = await newPage(browser, '198.51.100.222');
  await page.goto('/ar/signin');
  await page.getByRole('link', { name: 'نسيت كلمة المرور؟' }).click();
  await expect(page).toHaveURL(/\/ar\/signin\/reset$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('button', { name: 'أرسل الرابط' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('في طريقه إليك');

  const link = await linkFor(email, /إعادة تعيين كلمة مرورك/, '/reader/reset');
  await page.goto(link);
  await expect(page).toHaveURL(/\/ar\/signin\/reset\/password$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxe(page);
  await page.getByLabel(/كلمة المرور الجديدة/).fill('the new arabic reader password');
  await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
  await expect(page).toHaveURL(/\/ar\/signin\?done=reset$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('تم تغيير كلمة المرور');

  // The browser signed in before the reset is signed out.
  await reader.goto('/ar/account');
  await expect(reader).toHaveURL(/\/ar\/signin/);

  // The link again: refused.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'هذا الرابط لم يعد يعمل' })).toBeVisible();

  // The new password signs in.
  await page.goto('/ar/signin');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور', { exact: true }).fill('the new arabic reader password');
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await page.goto('/ar/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('حسابك');
  // The reset link reached the address, so it is verified too.
  await expect(page.getByRole('region', { name: 'أكّد عنوانك' })).toHaveCount(0);
  for (const p of [reader, page]) await p.context().close();
});

test('the request pages pass axe; administrators read the outbox', async ({ page, browser }) => {
  for (const url of ['/admin/reset', '/signin/reset', '/ru/signin/reset', '/ar/signin/reset'])
    await expectNoAxeViolations(page, url);
  const admin = await signInAs(browser, ADMIN.email, ADMIN.password, '198.51.100.231');
  await admin.getByRole('link', { name: 'Outbox' }).click();
  await expect(admin).toHaveURL(/\/admin\/outbox$/);
  // Sent through SMTP: listed, with the body dropped.
  const sent = admin.getByRole('article').filter({ hasText: STAFF.email });
  await expect(sent.first()).toContainText('Sent');
  await expectNoAxe(admin);
  await admin.context().close();
});
