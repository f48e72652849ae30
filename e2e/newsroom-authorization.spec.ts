import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { auditActionsSince, createDraft, createStaff, createUnusedMedia, findArticles, lastAuditId } from './helpers';

// Every newsroom route × every role and anonymous: redirect to sign-in, 401, 403 or allowed.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'authorization table password';
const ROLES = ['contributor', 'author', 'editor', 'admin'] as const;
type Who = (typeof ROLES)[number] | 'anonymous';
const contexts = new Map<Who, APIRequestContext>();
const EMAIL = (role: string) => `table-${role}@example.test`;

test.beforeAll(async ({ baseURL }) => {
  for (const [i, role] of ROLES.entries()) {
    const email = EMAIL(role);
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

// ---------------------------------------------------------------------------------------
// Server actions, called over HTTP the way React calls them (`Next-Action` header, arguments
// encoded as React's encodeReply does for a FormData), by every role and anonymous. The ids
// come from the build's server-reference manifest, so an action that is added and not listed
// here fails the test. "allowed" means the action did its work (its audit entry is written);
// anything else must leave no audit entry behind.

type Outcome = 'login' | 'kept' | 403 | 'allowed';
interface ActionRow {
  file: string;
  name: string;
  /** A page whose worker holds the action. */
  page: string;
  /** useActionState actions take (previous state, form). */
  withState: boolean;
  /** Fresh fields for each call (a new draft, a new picture…). */
  fields: () => Record<string, string>;
  expect: Record<Who, Outcome>;
  /** The audit action an allowed call writes. */
  audit: string;
}

const editorsOnly = { anonymous: 'login', contributor: 403, author: 403, editor: 'allowed', admin: 'allowed' } as const;

function actionRows(): ActionRow[] {
  return [
    {
      file: 'app/admin/articles/actions.ts',
      name: 'saveArticleAction',
      page: '/admin/articles/new',
      withState: true,
      fields: () => {
        const draft = createDraft('Authorization save');
        return { id: String(draft.id), version: '1', title: 'Edited by the table', slug: '', sectionId: String(draft.sectionId), lede: 'x', body: 'Body.', tags: '', heroMediaId: '' };
      },
      // An expired session keeps the typed text (no redirect) and writes nothing.
      expect: { ...editorsOnly, anonymous: 'kept' },
      audit: 'article.edited',
    },
    {
      file: 'app/admin/articles/actions.ts',
      name: 'changeStatusAction',
      page: '/admin/articles/new',
      withState: false,
      fields: () => ({ id: String(createDraft('Authorization publish').id), version: '1', change: 'publish' }),
      expect: editorsOnly,
      audit: 'article.published',
    },
    {
      file: 'app/admin/articles/actions.ts',
      name: 'restoreRevisionAction',
      page: '/admin/articles/new',
      withState: false,
      fields: () => ({ id: String(createDraft('Authorization restore').id), version: '1', revision: '1' }),
      // Only the permission check is tested here: the fresh draft has no revision 1, so an allowed
      // caller gets the "does not exist" message (a redirect to the editor) and no audit entry.
      expect: { anonymous: 'login', contributor: 403, author: 403, editor: 'kept', admin: 'kept' },
      audit: '',
    },
    {
      file: 'app/admin/media/actions.ts',
      name: 'updateMediaAction',
      page: '/admin/media',
      withState: true,
      fields: () => ({ id: String(createUnusedMedia()), alt: 'Edited alt', caption: '', credit: '' }),
      expect: { ...editorsOnly, anonymous: 'kept' },
      audit: 'media.edit',
    },
    {
      file: 'app/admin/media/actions.ts',
      name: 'deleteMediaAction',
      page: '/admin/media',
      withState: false,
      fields: () => ({ id: String(createUnusedMedia()) }),
      expect: editorsOnly,
      audit: 'media.delete',
    },
  ];
}

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

function manifest(): Map<string, string> {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next-e2e', 'server', 'server-reference-manifest.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  return new Map(Object.entries(data.node).filter(([, e]) => e.filename.startsWith('app/admin/')).map(([id, e]) => [`${e.filename}#${e.exportedName}`, id]));
}

/** The body React sends for `action(...args)` when the last argument is a FormData. */
function encodeReply(fields: Record<string, string>, withState: boolean): Record<string, string> {
  const body: Record<string, string> = { '0': JSON.stringify(withState ? [{ status: 'idle' }, '$K1'] : ['$K1']) };
  for (const [k, v] of Object.entries(fields)) body[`1_${k}`] = v;
  return body;
}

test('server actions: anonymous is sent to sign-in, a role without the right gets 403 and writes nothing', async ({ baseURL }) => {
  const ids = manifest();
  const rows = actionRows();
  // Every admin action of the build is in the table.
  expect([...ids.keys()].sort()).toEqual(rows.map((r) => `${r.file}#${r.name}`).sort());
  for (const row of rows) {
    const id = ids.get(`${row.file}#${row.name}`)!;
    for (const [who, context] of contexts) {
      const label = `${who} → ${row.name}`;
      const since = lastAuditId();
      const response = await context.post(row.page, {
        headers: { 'Next-Action': id, Origin: baseURL!, Accept: 'text/x-component' },
        multipart: encodeReply(row.fields(), row.withState),
        maxRedirects: 0,
      });
      const redirect = response.headers()['x-action-redirect'] ?? '';
      const written = who === 'anonymous' ? [] : auditActionsSince(since, EMAIL(who));
      const expected = row.expect[who];
      if (expected === 'login') {
        expect(response.status(), label).toBe(200);
        expect(redirect, label).toMatch(/^\/admin\/login/);
      } else if (expected === 403) {
        expect(response.status(), label).toBe(403);
      } else {
        expect(response.status(), label).toBe(200);
        expect(redirect, label).not.toMatch(/^\/admin\/login/);
      }
      if (expected === 'allowed') expect(written, label).toEqual([row.audit]);
      else expect(written, label).toEqual([]);
    }
  }
});

test('server actions refuse another site: a forged Origin is rejected before the action runs', async () => {
  const ids = manifest();
  const admin = contexts.get('admin')!;
  const draft = createDraft('Cross-site publish');
  const since = lastAuditId();
  const response = await admin.post('/admin/articles/new', {
    headers: { 'Next-Action': ids.get('app/admin/articles/actions.ts#changeStatusAction')!, Origin: 'https://evil.example', Accept: 'text/x-component' },
    multipart: encodeReply({ id: String(draft.id), version: '1', change: 'publish' }, false),
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(auditActionsSince(since, EMAIL('admin'))).toEqual([]);
});
