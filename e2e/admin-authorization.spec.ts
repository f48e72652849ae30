import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { createStaff, findArticles } from './helpers';

// Every newsroom route × every role and anonymous: redirect to sign-in, 401, 403 or allowed.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'authorization table password';
const ROLES = ['contributor', 'author', 'editor', 'admin'] as const;
type Who = (typeof ROLES)[number] | 'anonymous';
const contexts = new Map<Who, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  for (const [i, role] of ROLES.entries()) {
    const email = `table-${role}@example.test`;
    const created = createStaff({ email, password: PASSWORD, role });
    expect(created.status, created.stderr).toBe(0);
    const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${120 + i}` } });
    const signIn = await context.post('/admin/session', { form: { email, password: PASSWORD, next: '/admin' }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(signIn.status(), role).toBe(303);
    contexts.set(role, context);
  }
  contexts.set('anonymous', await playwrightRequest.newContext({ baseURL }));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

test('pages: anonymous is sent to sign-in; each role sees what it may do', async () => {
  // A published article nobody in this table wrote.
  const [article] = findArticles('published', 1);
  const rows: { url: string; expect: Record<Who, 'login' | 200>; markers?: Partial<Record<Who, { has: string[]; lacks: string[] }>> }[] = [
    { url: '/admin', expect: { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 },
      markers: { contributor: { has: [], lacks: ['Audit log'] }, editor: { has: [], lacks: ['Audit log'] }, admin: { has: ['Audit log'], lacks: [] } } },
    { url: '/admin/articles', expect: { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 } },
    { url: '/admin/articles/new', expect: { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 } },
    {
      url: `/admin/articles/${article.id}`,
      expect: { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 },
      markers: {
        contributor: { has: ['Your role may not edit this article.'], lacks: ['>Unpublish<', '>Save<'] },
        author: { has: ['Your role may not edit this article.'], lacks: ['>Unpublish<', '>Save<'] },
        editor: { has: ['>Unpublish<', '>Save<'], lacks: [] },
        admin: { has: ['>Unpublish<', '>Save<'], lacks: [] },
      },
    },
  ];
  for (const row of rows) {
    for (const [who, context] of contexts) {
      const response = await context.get(row.url, { maxRedirects: 0 });
      const label = `${who} GET ${row.url}`;
      if (row.expect[who] === 'login') {
        expect([303, 307], label).toContain(response.status());
        expect(response.headers()['location'], label).toContain('/admin/login?next=');
        continue;
      }
      expect(response.status(), label).toBe(200);
      expect(response.headers()['cache-control'], label).toContain('no-store');
      const html = await response.text();
      for (const text of row.markers?.[who]?.has ?? []) expect(html, `${label} shows ${text}`).toContain(text);
      for (const text of row.markers?.[who]?.lacks ?? []) expect(html, `${label} hides ${text}`).not.toContain(text);
    }
  }
});

test('route handlers: a bearer token or a same-origin session is required', async ({ baseURL }) => {
  for (const [who, context] of contexts) {
    // Staff sessions do not open the machine endpoints.
    expect((await context.post('/api/revalidate', { data: { articleId: 1 } })).status(), `${who} /api/revalidate`).toBe(401);
    expect((await context.post('/api/newsroom/publish-due')).status(), `${who} publish-due`).toBe(401);
    // Sign-out refuses another site's form.
    expect((await context.post('/admin/signout', { headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })).status(), `${who} signout`).toBe(403);
  }
  // Same-origin sign-out of the anonymous context just goes to the sign-in page.
  const anonymous = contexts.get('anonymous')!;
  const signOut = await anonymous.post('/admin/signout', { headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(signOut.status()).toBe(303);
  expect(signOut.headers()['location']).toBe('/admin/login');
});
