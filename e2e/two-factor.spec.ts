import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { auditActionsSince, expectNoAxeViolations, lastAuditId, staffAccounts } from './helpers';
import { clearTwoFactorRoles, rolesRequiringTwoFactorNow } from '@/db/tools/testing';

// Two-factor sign-in (issue 21): the codes are computed here with the same library as the
// server's (otplib), from the key the setup page shows, like an authenticator app would.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'two factor journey password';
const EDITOR = { email: 'tf-editor@example.test', name: 'Tess Factor', role: 'editor' };
const CONTRIBUTOR = { email: 'tf-contributor@example.test', name: 'Cory Totp', role: 'contributor' };
const ADMIN = { email: 'tf-admin@example.test', name: 'Ada Policy', role: 'admin' };
const signedIn = staffAccounts(PASSWORD, [EDITOR, CONTRIBUTOR, ADMIN]);

// The requirement must not outlive this file, whatever happened in it.
test.afterAll(() => clearTwoFactorRoles());

/** The code an app shows `seconds` from now (a code of the next step is accepted: a phone a little fast). */
const codeFor = (secret: string, seconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + seconds });

/** The page's message (not Next's route announcer, which is an alert too). */
const alertOf = (page: Page) => page.locator('[role=alert]:not(#__next-route-announcer__)');

async function readSecret(page: Page): Promise<string> {
  await expect(page.getByRole('img', { name: 'QR code of the two-factor setup key' })).toBeVisible();
  const uri = await page.getByTestId('totp-uri').textContent();
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(uri).toContain(`secret=${secret}`);
  return secret;
}

async function readRecoveryCodes(page: Page): Promise<string[]> {
  const list = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(list).toHaveCount(10);
  return (await list.allTextContents()).map((c) => c.trim());
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/admin/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** No session yet: the newsroom sends this browser back to sign-in. */
async function expectNoSession(page: Page) {
  const response = await page.request.get('/admin', { maxRedirects: 0 });
  expect([303, 307]).toContain(response.status());
  expect(response.headers()['location']).toContain('/admin/login');
}

test('set up on My account, then sign in with the password and a code; a recovery code works once; wrong codes are refused and throttled', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, EDITOR, '203.0.113.71');
  await page.goto('/admin/account');
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByTestId('totp-secret')).toBeVisible();
  await expectNoAxeViolations(page, '/admin/account');
  const secret = await readSecret(page);

  // A wrong first code turns nothing on.
  const code = await codeFor(secret);
  await page.getByLabel('Code from your authenticator app').fill(code === '123456' ? '654321' : '123456');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(alertOf(page)).toContainText('That code is not right');
  await page.getByLabel('Code from your authenticator app').fill(await codeFor(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const recovery = await readRecoveryCodes(page);
  expect(new Set(recovery).size).toBe(10);
  await page.getByRole('link', { name: 'I have saved them' }).click();
  await expect(page.getByTestId('codes-left')).toHaveText('10');

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login/);

  // The password alone opens nothing: the second step asks for the code.
  await passwordStep(page, EDITOR.email);
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  const codeInput = page.getByLabel('Code from your authenticator app');
  await expect(codeInput).toHaveAttribute('inputmode', 'numeric');
  await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
  await expectNoSession(page);
  await expectNoAxeViolations(page, '/admin/login');

  // A wrong code is refused (1st failure) …
  const wrong = (await codeFor(secret, 30)) === '000000' ? '111111' : '000000';
  await codeInput.fill(wrong);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(alertOf(page)).toContainText('That code is not right');
  await expectNoSession(page);

  // … the right one signs in. The setup used the current step's code: this is the next step's.
  let since = lastAuditId();
  await page.getByLabel('Code from your authenticator app').fill(await codeFor(secret, 30));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  expect(auditActionsSince(since, EDITOR.email)).toEqual(['sign-in']);

  // A recovery code instead of the app, once.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await passwordStep(page, EDITOR.email);
  await page.getByText('Lost your phone? Use a recovery code').click();
  await page.getByLabel('Recovery code').fill(recovery[0].toUpperCase());
  await page.getByRole('button', { name: 'Sign in with the recovery code' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/account');
  await expect(page.getByTestId('codes-left')).toHaveText('9');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await passwordStep(page, EDITOR.email);
  await page.getByText('Lost your phone? Use a recovery code').click();
  await page.getByLabel('Recovery code').fill(recovery[0]);
  await page.getByRole('button', { name: 'Sign in with the recovery code' }).click();
  await expect(alertOf(page)).toContainText('That code is not right, or was used already'); // 2nd failure
  await expectNoSession(page);

  // Wrong codes count in the sign-in throttle: after five failures from this address (the wrong code
  // on My account, the wrong code and the spent recovery code above, two more here) even the right
  // code must wait.
  since = lastAuditId();
  for (let i = 0; i < 2; i++) {
    await page.getByLabel('Code from your authenticator app').fill(wrong);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(alertOf(page)).toContainText('That code is not right');
  }
  expect(auditActionsSince(since, EDITOR.email)).toEqual(['sign-in.failed', 'sign-in.failed']);
  await page.getByLabel('Code from your authenticator app').fill(await codeFor(secret, 30));
  const [throttled] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/admin/session/two-factor')),
    page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Too many sign-in attempts' })).toBeVisible();
  await expectNoSession(page);
});

test('a role that requires two-factor sends its member without it to set it up before /admin; admins reset it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, ADMIN, '203.0.113.72');
  await admin.goto('/admin/staff');
  const policy = admin.getByRole('table', { name: 'Roles that require two-factor sign-in' });
  const since = lastAuditId();
  await policy.getByRole('button', { name: 'Require two-factor sign-in of contributors' }).click();
  await expect(admin.getByRole('status')).toContainText('now required of that role');
  await expect(policy.getByRole('row').filter({ hasText: 'Contributor' })).toContainText('Required');
  expect(auditActionsSince(since, ADMIN.email)).toEqual(['two-factor.policy']);

  // The contributor's password is right, and yet no session: setting it up comes first. Without
  // JavaScript: plain forms, and the server renders the recovery codes.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.73' },
  });
  try {
    const page = await context.newPage();
    await passwordStep(page, CONTRIBUTOR.email);
    await expect(page.getByRole('heading', { name: 'Set up two-factor sign-in' })).toBeVisible();
    await expectNoSession(page);
    await page.goto('/admin/articles');
    await expect(page).toHaveURL(/\/admin\/login/);
    await expect(page.getByRole('heading', { name: 'Set up two-factor sign-in' })).toBeVisible();

    const secret = await readSecret(page);
    await page.getByLabel('Code from your authenticator app').fill(await codeFor(secret));
    await page.getByRole('button', { name: 'Turn on and continue' }).click();
    await readRecoveryCodes(page);
    await expectNoSession(page); // not until the codes are noted
    await page.getByRole('button', { name: 'I have saved them: continue to the newsroom' }).click();
    await expect(page).toHaveURL(/\/admin$/);

    // Required: it cannot be turned off.
    await page.goto('/admin/account');
    await expect(page.getByText('Your role requires two-factor sign-in, so it cannot be turned off.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Turn off two-factor sign-in' })).toHaveCount(0);
  } finally {
    await context.close();
  }

  // An administrator resets it (a lost phone): audited; the next sign-in asks to set it up again.
  await admin.getByRole('link', { name: CONTRIBUTOR.name }).click();
  await expect(admin.getByText('Two-factor sign-in').first()).toBeVisible();
  const before = lastAuditId();
  await admin.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  await expect(admin.getByRole('status')).toContainText('Two-factor sign-in reset');
  expect(auditActionsSince(before, ADMIN.email)).toEqual(['staff.two-factor-reset']);

  await admin.goto('/admin/staff');
  await policy.getByRole('button', { name: 'Stop requiring two-factor sign-in of contributors' }).click();
  await expect(admin.getByRole('status')).toContainText('no longer required');
  expect(rolesRequiringTwoFactorNow()).toEqual([]);
});
