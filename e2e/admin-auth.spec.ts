import { expect, test, type APIRequestContext } from '@playwright/test';
import { createStaff, staffAccounts } from './helpers';

// Accounts are created once, through the same command a newsroom uses for its first admin.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'correct horse battery staple';
const ADMIN = { email: 'ada.admin@example.test', name: 'Ada Admin', role: 'admin' };
const CONTRIBUTOR = { email: 'cody.contributor@example.test', name: 'Cody Contributor', role: 'contributor' };

staffAccounts(PASSWORD, [ADMIN, CONTRIBUTOR]);

test.beforeAll(() => {
  const weak = createStaff({ email: 'x@example.test', password: 'short', role: 'admin' });
  expect(weak.status).toBe(2);
  expect(weak.stderr).toContain('at least 12 characters');
});

/** Sign-in POSTs as a browser form would send them, from a given client address. */
function signInRequest(
  request: APIRequestContext,
  baseURL: string,
  ip: string,
  email: string,
  password: string,
  origin = baseURL,
) {
  return request.post('/admin/session', {
    form: { email, password, next: '/admin' },
    headers: { Origin: origin, 'X-Forwarded-For': ip },
    maxRedirects: 0,
  });
}

test('anonymous visitors are sent to sign-in, and the newsroom is never cached or indexed', async ({
  page,
  request,
}) => {
  const response = await request.get('/admin', { maxRedirects: 0 });
  expect([303, 307]).toContain(response.status());
  expect(response.headers()['location']).toContain('/admin/login?next=%2Fadmin');
  const login = await page.goto('/admin/login');
  expect(login?.headers()['cache-control']).toContain('no-store');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('staff sign in with the form, get an HttpOnly SameSite session cookie, and sign out', async ({
  page,
  context,
  baseURL,
}) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.10' });
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
  await page.getByLabel('E-mail address').fill(ADMIN.email.toUpperCase());
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();

  const cookie = (await context.cookies(baseURL)).find((c) => c.name === 'newsroom_staff');
  expect(cookie).toBeTruthy();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
  expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signedout=1$/);
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
  // The old token no longer opens a session even if replayed.
  await context.addCookies([{ ...cookie!, sameSite: 'Lax' }]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
});

test('a wrong password re-renders the form with a message and no session', async ({ page, context, baseURL }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.11' });
  await page.goto('/admin/login');
  await page.getByLabel('E-mail address').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/error=invalid/);
  await expect(page.locator('#sign-in-error')).toHaveText('That e-mail address and password do not match an account.');
  await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-describedby', 'sign-in-error');
  // The address as typed is kept: only the password is typed again.
  await expect(page.getByLabel('E-mail address')).toHaveValue(ADMIN.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  expect((await context.cookies(baseURL)).some((c) => c.name === 'newsroom_staff')).toBe(false);
});

test('brute force: the 6th failed sign-in from one IP is throttled, while the real person signs in from another IP', async ({
  request,
  baseURL,
}) => {
  const attacker = '203.0.113.66';
  for (let i = 1; i <= 5; i++) {
    const response = await signInRequest(request, baseURL!, attacker, CONTRIBUTOR.email, `wrong password ${i}`);
    expect(response.status(), `attempt ${i}`).toBe(303);
    expect(response.headers()['location']).toContain('error=invalid');
  }
  const sixth = await signInRequest(request, baseURL!, attacker, CONTRIBUTOR.email, PASSWORD);
  expect(sixth.status()).toBe(429);
  expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(0);
  expect(sixth.headers()['set-cookie'] ?? '').not.toContain('newsroom_staff');
  // Another account from the attacker's address is throttled too (the IP's own counter).
  expect((await signInRequest(request, baseURL!, attacker, ADMIN.email, PASSWORD)).status()).toBe(429);

  const realPerson = await signInRequest(request, baseURL!, '198.51.100.77', CONTRIBUTOR.email, PASSWORD);
  expect(realPerson.status()).toBe(303);
  expect(realPerson.headers()['location']).toBe('/admin');
  expect(realPerson.headers()['set-cookie']).toMatch(/newsroom_staff=[^;]+;.*HttpOnly/i);
});

test('a sign-in posted from another site is refused', async ({ request, baseURL }) => {
  const response = await signInRequest(
    request,
    baseURL!,
    '198.51.100.12',
    ADMIN.email,
    PASSWORD,
    'https://evil.example',
  );
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toContain('error=origin');
  expect(response.headers()['set-cookie'] ?? '').not.toContain('newsroom_staff');
  const signOut = await request.post('/admin/signout', {
    headers: { Origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBe(403);
});

test('roles: a contributor gets in but does not see the audit log; sign out everywhere ends every session', async ({
  browser,
  baseURL,
}) => {
  const first = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.20' } });
  const second = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.21' } });
  for (const context of [first, second]) {
    const page = await context.newPage();
    await page.goto(`${baseURL}/admin/login`);
    await page.getByLabel('E-mail address').fill(CONTRIBUTOR.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`Signed in as ${CONTRIBUTOR.name}`)).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(`${CONTRIBUTOR.name} · Contributor`);
    await expect(page.getByRole('heading', { name: 'Audit log' })).toHaveCount(0);
  }
  const page = first.pages()[0];
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/signedout=1/);
  const other = second.pages()[0];
  await other.goto(`${baseURL}/admin`);
  await expect(other).toHaveURL(/\/admin\/login/);
  await first.close();
  await second.close();
});
