import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import {
  auditActionsSince,
  createAuthorFixture,
  createDraft,
  createSectionFixture,
  createShowFixture,
  createStaff,
  createStaffFixture,
  createTagFixture,
  createUnusedAv,
  createUnusedMedia,
  findArticles,
  lastAuditId,
  newsroomActions,
} from './helpers';
import { articleStatusOf, createTranslationPair, enableTwoFactorFixture } from '@/db/tools/testing';
import { insertBanner } from '@/db/queries/banners';
import { createInfoPage } from '@/db/queries/info-pages';

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
    const context = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${120 + i}` },
    });
    const signIn = await context.post('/admin/session', {
      form: { email, password: PASSWORD, next: '/admin' },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
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
  const media = createUnusedMedia();
  const section = createSectionFixture();
  const tag = createTagFixture();
  const person = createAuthorFixture();
  const show = createShowFixture();
  const staff = createStaffFixture();
  const infoPage = infoPageFixture();
  const everyone = { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 } as const;
  const uploaders = { anonymous: 'login', contributor: 403, author: 200, editor: 200, admin: 200 } as const;
  const editors = { anonymous: 'login', contributor: 403, author: 403, editor: 200, admin: 200 } as const;
  const admins = { anonymous: 'login', contributor: 403, author: 403, editor: 403, admin: 200 } as const;
  const rows: {
    url: string;
    expect: Record<Who, 'login' | 200 | 403>;
    markers?: Partial<Record<Who, { has: string[]; lacks: string[] }>>;
  }[] = [
    {
      url: '/admin',
      expect: { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 },
      markers: {
        contributor: { has: [], lacks: ['Audit log'] },
        editor: { has: [], lacks: ['Audit log'] },
        admin: { has: ['Audit log'], lacks: [] },
      },
    },
    { url: '/admin/articles', expect: { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 } },
    {
      url: '/admin/articles/new',
      expect: { anonymous: 'login', contributor: 200, author: 200, editor: 200, admin: 200 },
    },
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
    {
      url: '/admin/media',
      expect: everyone,
      markers: {
        contributor: { has: [], lacks: ['Upload a picture'] },
        author: { has: ['Upload a picture'], lacks: [] },
      },
    },
    { url: '/admin/media/new', expect: uploaders },
    {
      url: `/admin/media/${media}`,
      expect: everyone,
      markers: {
        author: { has: [], lacks: ['Delete this picture'] },
        editor: { has: ['Delete this picture'], lacks: [] },
      },
    },
    { url: '/admin/sections', expect: editors },
    { url: `/admin/sections/${section.id}`, expect: editors },
    { url: '/admin/tags', expect: editors },
    { url: `/admin/tags/${tag.id}`, expect: editors },
    { url: '/admin/people', expect: editors },
    { url: `/admin/people/${person.id}`, expect: editors },
    { url: '/admin/shows', expect: editors },
    { url: `/admin/shows/${show.id}`, expect: editors },
    { url: '/admin/fronts', expect: editors },
    { url: '/admin/fronts/home', expect: editors },
    { url: `/admin/fronts/${section.slug}`, expect: editors },
    { url: '/admin/fronts/home/preview', expect: editors },
    { url: '/admin/banners', expect: editors },
    { url: '/admin/pages', expect: editors },
    { url: '/admin/pages/new', expect: editors },
    { url: `/admin/pages/${infoPage}`, expect: editors },
    { url: '/admin/staff', expect: admins },
    { url: `/admin/staff/${staff}`, expect: admins },
    { url: '/admin/audit', expect: admins },
    // One's own account (two-factor sign-in): every role.
    { url: '/admin/account', expect: everyone },
    // The mail outbox holds live reset links when no SMTP server is configured: administrators only.
    { url: '/admin/outbox', expect: admins },
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
      if (row.expect[who] === 403) {
        expect(response.status(), label).toBe(403);
        expect(await response.text(), label).toContain('Not allowed');
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
    expect((await context.post('/api/revalidate', { data: { articleId: 1 } })).status(), `${who} /api/revalidate`).toBe(
      401,
    );
    expect((await context.post('/api/newsroom/publish-due')).status(), `${who} publish-due`).toBe(401);
    // Sign-out refuses another site's form.
    expect(
      (await context.post('/admin/signout', { headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })).status(),
      `${who} signout`,
    ).toBe(403);
  }
  // The second step of signing in: another site's form is refused, and without a pending sign-in
  // (a right password first) there is nothing to finish, whoever calls.
  for (const [who, context] of contexts) {
    const foreign = await context.post('/admin/session/two-factor', {
      form: { code: '123456' },
      headers: { Origin: 'https://evil.example' },
      maxRedirects: 0,
    });
    expect(foreign.status(), `${who} two-factor from another site`).toBe(303);
    expect(foreign.headers()['location']).toBe('/admin/login?error=origin');
    const forms: Record<string, string>[] = [{ code: '123456' }, { recovery: 'abcd-efgh-jkmn-pqrs' }, { finish: '1' }];
    for (const form of forms) {
      const since = lastAuditId();
      const alone = await context.post('/admin/session/two-factor', {
        form,
        headers: { Origin: baseURL! },
        maxRedirects: 0,
      });
      expect(alone.status(), `${who} two-factor ${JSON.stringify(form)}`).toBe(303);
      expect(alone.headers()['location']).toBe('/admin/login?error=expired');
      if (who !== 'anonymous') expect(auditActionsSince(since, EMAIL(who))).toEqual([]);
    }
  }
  // The password-reset and verification forms (route handlers, open to anyone by design: a person
  // who forgot the password has no session) refuse another site's form and change nothing.
  for (const url of [
    '/admin/reset/request',
    '/admin/reset/complete',
    '/reader/reset',
    '/reader/reset/complete',
    '/reader/verify/complete',
  ]) {
    const response = await contexts.get('anonymous')!.post(url, {
      form: { email: EMAIL('admin'), password: 'a password long enough' },
      headers: { Origin: 'https://evil.example' },
      maxRedirects: 0,
    });
    expect(response.status(), url).toBe(303);
    expect(response.headers()['location'], url).toContain('error=origin');
  }
  // Sending another verification link needs a reader's session and this site's form.
  expect(
    (
      await contexts.get('anonymous')!.post('/reader/verify/resend', { headers: { Origin: 'https://evil.example' } })
    ).status(),
  ).toBe(403);
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
  /** A page whose worker holds the action (built from the call's fields when it needs an id). */
  page: string | ((fields: Record<string, string>) => string);
  /** useActionState actions take (previous state, form). */
  withState: boolean;
  /** Fresh fields for each call (a new draft, a new picture…). */
  fields: () => Record<string, string>;
  expect: Record<Who, Outcome>;
  /** The audit action an allowed call writes. */
  audit: string;
}

const editorsOnly = { anonymous: 'login', contributor: 403, author: 403, editor: 'allowed', admin: 'allowed' } as const;
const adminOnly = { anonymous: 'login', contributor: 403, author: 403, editor: 403, admin: 'allowed' } as const;
/** A form action (useActionState) answers an ended session with a message and keeps the typed text. */
const kept = <T extends Record<Who, Outcome>>(e: T) => ({ ...e, anonymous: 'kept' as const });
let serial = 0;
const name = (what: string) => `Authz ${what} ${Date.now().toString(36)}${++serial}`;

/** Rows for the actions of one management page: app/admin/{area}/actions.ts, held by /admin/{area}. */
const rowsOf =
  (area: string, expected: Record<Who, Outcome>) =>
  (actionName: string, withState: boolean, audit: string, fields: () => Record<string, string>): ActionRow => ({
    file: `app/admin/${area}/actions.ts`,
    name: actionName,
    page: `/admin/${area}`,
    withState,
    expect: withState ? kept(expected) : expected,
    audit,
    fields,
  });
const sectionRow = rowsOf('sections', editorsOnly);
const tagRow = rowsOf('tags', editorsOnly);
const personRow = rowsOf('people', editorsOnly);
const showRow = rowsOf('shows', editorsOnly);
const staffRow = rowsOf('staff', adminOnly);

function actionRows(): ActionRow[] {
  return [
    {
      file: 'app/admin/articles/actions.ts',
      name: 'saveArticleAction',
      page: '/admin/articles/new',
      withState: true,
      fields: () => {
        const draft = createDraft('Authorization save');
        return {
          id: String(draft.id),
          version: '1',
          title: name('edited by the table'),
          slug: '',
          sectionId: String(draft.sectionId),
          lede: 'x',
          body: 'Body.',
          tags: '',
          heroMediaId: '',
        };
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
    // The editor's background calls (autosave, presence): kept for the caller, no audit entry (they
    // change no story); an ended session is told so, the editor keeping its text.
    {
      file: 'app/admin/articles/actions.ts',
      name: 'autosaveArticleAction',
      page: '/admin/articles/new',
      withState: false,
      fields: () => ({
        id: String(createDraft('Authorization autosave').id),
        version: '1',
        title: 'Typed, not saved',
        sectionId: '',
        lede: '',
        body: '',
      }),
      // Only those who may edit the story (these drafts are nobody's).
      expect: { anonymous: 'kept', contributor: 403, author: 403, editor: 'kept', admin: 'kept' },
      audit: '',
    },
    ...(['discardAutosaveAction', 'presenceHeartbeatAction', 'leaveArticleAction'] as const).map(
      (action): ActionRow => ({
        file: 'app/admin/articles/actions.ts',
        name: action,
        page: (f) => (action === 'discardAutosaveAction' ? '/admin/articles/new' : `/admin/articles/${f.id}`),
        withState: false,
        // One's own autosave, one's own presence: anyone in the story's edition's newsroom.
        fields: () => ({ id: String(createDraft(`Authorization ${action}`).id) }),
        expect: { anonymous: 'kept', contributor: 'kept', author: 'kept', editor: 'kept', admin: 'kept' },
        audit: '',
      }),
    ),
    {
      file: 'app/admin/articles/actions.ts',
      name: 'reviewAction',
      page: (f) => `/admin/articles/${f.id}`,
      withState: false,
      // A note on a story that is nobody's: those who may publish it (its contributor could too).
      fields: () => ({ id: String(createDraft('Authorization note').id), step: 'note', note: 'From the table.' }),
      expect: editorsOnly,
      audit: 'article.note',
    },
    {
      file: 'app/admin/articles/actions.ts',
      name: 'translateArticleAction',
      page: (f) => `/admin/articles/${f.id}`,
      withState: false,
      // Any member of staff may start a translation (a draft of their own in the other edition).
      fields: () => ({ id: String(createDraft('Authorization translate').id), edition: 'ru' }),
      expect: { anonymous: 'login', contributor: 'allowed', author: 'allowed', editor: 'allowed', admin: 'allowed' },
      audit: 'article.translated',
    },
    // Editing the group: article.edit in each story's edition, so contributors and authors only on
    // their own stories (these drafts are nobody's in the table).
    {
      file: 'app/admin/articles/actions.ts',
      name: 'linkTranslationAction',
      page: (f) => `/admin/articles/${f.id}`,
      withState: false,
      fields: () => ({
        id: String(createDraft('Authorization link').id),
        story: String(createDraft('Authorization link ru', 'ru').id),
      }),
      expect: editorsOnly,
      audit: 'article.translation-linked',
    },
    {
      file: 'app/admin/articles/actions.ts',
      name: 'unlinkTranslationAction',
      page: (f) => `/admin/articles/${f.id}`,
      withState: false,
      fields: () => {
        const pair = createTranslationPair('Authorization unlink');
        return { id: String(pair.id), story: String(pair.translation), group: String(pair.group) };
      },
      expect: editorsOnly,
      audit: 'article.translation-unlinked',
    },
    {
      file: 'app/admin/media/actions.ts',
      name: 'updateMediaAction',
      page: (f) => `/admin/media/${f.id}`,
      withState: true,
      fields: () => ({ id: String(createUnusedMedia()), alt: 'Edited alt', caption: '', credit: '' }),
      expect: { ...editorsOnly, anonymous: 'kept' },
      audit: 'media.edit',
    },
    {
      file: 'app/admin/media/actions.ts',
      name: 'deleteMediaAction',
      page: (f) => `/admin/media/${f.id}`,
      withState: false,
      fields: () => ({ id: String(createUnusedMedia()) }),
      expect: editorsOnly,
      audit: 'media.delete',
    },
    // The picture picker's search changes nothing: anyone in the newsroom; an ended session is told so.
    {
      file: 'app/admin/media/actions.ts',
      name: 'searchPicturesAction',
      page: '/admin/articles/new',
      withState: false,
      fields: () => ({ q: 'a', page: '1' }),
      expect: { anonymous: 'kept', contributor: 'kept', author: 'kept', editor: 'kept', admin: 'kept' },
      audit: '',
    },
    {
      file: 'app/admin/media/actions.ts',
      name: 'setFocalPointAction',
      page: (f) => `/admin/media/${f.id}`,
      withState: true,
      fields: () => ({ id: String(createUnusedMedia()), focalX: '30', focalY: '40' }),
      expect: kept(editorsOnly),
      audit: 'media.focal',
    },
    // Video, audio and files (an item another author uploaded: authors may not touch it).
    ...(
      [
        [
          'updateAvAction',
          true,
          'media.edit',
          () => ({ title: 'Edited title', description: '', credit: '', transcript: '' }),
        ],
        ['setPosterAction', false, 'media.poster', () => ({ poster: String(createUnusedMedia()) })],
        ['retryAvAction', false, 'media.retry', () => ({}), 'failed'],
        ['deleteCaptionAction', false, 'media.captions.delete', () => ({}), 'ready', true],
        ['deleteAvAction', false, 'media.delete', () => ({})],
      ] as const
    ).map(([actionName, withState, audit, extra, status = 'ready', caption = false]): ActionRow => ({
      file: 'app/admin/media/actions.ts',
      name: actionName,
      page: (f) => `/admin/media/${f.id}`,
      withState,
      fields: () => {
        const item = createUnusedAv(status, caption);
        return {
          id: String(item.id),
          ...(item.captionId ? { caption: String(item.captionId) } : {}),
          ...extra(),
        };
      },
      expect: withState ? kept(editorsOnly) : editorsOnly,
      audit,
    })),
    // Sections, tags and people: editors and admins.
    sectionRow('createSectionAction', true, 'section.create', () => ({
      name: name('section'),
      slug: '',
      description: '',
    })),
    sectionRow('updateSectionAction', true, 'section.update', () => {
      const s = createSectionFixture();
      return { id: String(s.id), name: name('section renamed'), slug: s.slug, description: 'Edited.' };
    }),
    sectionRow('moveSectionAction', false, 'section.move', () => {
      // Two fixtures at the start of the navigation: the older one moves up past the newer one.
      const older = createSectionFixture();
      createSectionFixture();
      return { id: String(older.id), direction: 'up' };
    }),
    sectionRow('deleteSectionAction', false, 'section.delete', () => ({
      id: String(createSectionFixture().id),
      confirm: 'yes',
    })),
    tagRow('createTagAction', true, 'tag.create', () => ({ name: name('tag'), slug: '', description: '' })),
    tagRow('updateTagAction', true, 'tag.update', () => {
      const t = createTagFixture();
      return { id: String(t.id), name: name('tag renamed'), slug: t.slug, description: 'Edited.' };
    }),
    tagRow('mergeTagAction', true, 'tag.merge', () => ({
      id: String(createTagFixture().id),
      into: createTagFixture().slug,
      confirm: 'yes',
    })),
    tagRow('deleteTagAction', false, 'tag.delete', () => ({ id: String(createTagFixture().id), confirm: 'yes' })),
    personRow('createPersonAction', true, 'author.create', () => ({
      name: name('person'),
      slug: '',
      jobTitle: '',
      bio: '',
    })),
    personRow('updatePersonAction', true, 'author.update', () => {
      const a = createAuthorFixture();
      return { id: String(a.id), name: name('person renamed'), slug: a.slug, jobTitle: 'Reporter', bio: '' };
    }),
    personRow('deletePersonAction', false, 'author.delete', () => ({
      id: String(createAuthorFixture().id),
      confirm: 'yes',
    })),
    // Shows: editors and admins, like sections.
    showRow('createShowAction', true, 'show.create', () => ({
      name: name('show'),
      slug: '',
      description: '',
      host: '',
      category: 'News',
      artworkMediaId: '',
    })),
    showRow('updateShowAction', true, 'show.update', () => {
      const s = createShowFixture();
      return {
        id: String(s.id),
        name: name('show renamed'),
        slug: s.slug,
        description: 'Edited.',
        host: 'A host',
        category: 'Society & Culture',
        explicit: 'yes',
        artworkMediaId: '',
      };
    }),
    showRow('deleteShowAction', false, 'show.delete', () => ({ id: String(createShowFixture().id), confirm: 'yes' })),
    // Fronts: editors and admins. A draft of a new section's front (one audit entry); restore and
    // "publish this draft" are checked for permission only (nothing to restore or publish there).
    {
      file: 'app/admin/fronts/actions.ts',
      name: 'frontEditorAction',
      page: '/admin/fronts/home',
      withState: true,
      fields: () => ({
        key: fixtureSection().slug,
        version: '0',
        op: 'draft',
        containers: '1',
        'c0.id': 'lead',
        'c0.style': 'lead',
        'c0.title': '',
        'c0.href': '',
        'c0.slots': '1',
        'c0.s0.kind': 'auto',
        'c0.s0.sectionId': '',
      }),
      expect: kept(editorsOnly),
      audit: 'front.draft',
    },
    ...(['restoreFrontAction', 'publishDraftAction'] as const).map((actionName): ActionRow => ({
      file: 'app/admin/fronts/actions.ts',
      name: actionName,
      page: actionName === 'restoreFrontAction' ? '/admin/fronts/home' : '/admin/fronts/home/preview',
      withState: false,
      // A section front with no draft (the editor row above saves drafts on fixtureSection's).
      fields: () => ({ key: quietSection().slug, version: '0', revision: '1' }),
      expect: { anonymous: 'login', contributor: 403, author: 403, editor: 'kept', admin: 'kept' },
      audit: '',
    })),
    // The breaking-news banner: editors and admins. Banners on a new section's pages only, so the
    // table puts nothing on the pages other journeys read.
    {
      file: 'app/admin/banners/actions.ts',
      name: 'createBannerAction',
      page: '/admin/banners',
      withState: true,
      fields: () => ({
        label: 'Breaking',
        text: name('banner'),
        url: '/',
        scope: String(fixtureSection().id),
        expiresIn: '1h',
        expiresAt: '',
      }),
      expect: kept(editorsOnly),
      audit: 'banner.create',
    },
    {
      file: 'app/admin/banners/actions.ts',
      name: 'endBannerAction',
      page: '/admin/banners',
      withState: false,
      fields: () => ({ id: String(bannerFixture()) }),
      expect: editorsOnly,
      audit: 'banner.end',
    },
    // The site's own pages: editors and admins. Pages made here stay out of the footer (position -1).
    ...(['createPageAction', 'updatePageAction'] as const).map((actionName): ActionRow => ({
      file: 'app/admin/pages/actions.ts',
      name: actionName,
      // Each action posted to the page that holds its form: Next forwards an action another page
      // holds to that page's worker, and drops the status on the way (a 403 would come back as 200).
      page: (f) => (f.id ? `/admin/pages/${f.id}` : '/admin/pages/new'),
      withState: true,
      fields: () => {
        const slug = name('page')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-');
        return {
          ...(actionName === 'updatePageAction' ? { id: String(infoPageFixture()) } : {}),
          title: name('page'),
          slug,
          description: 'A page made by the authorization table.',
          position: '-1',
          body: 'One paragraph.',
        };
      },
      expect: kept(editorsOnly),
      audit: actionName === 'createPageAction' ? 'page.create' : 'page.update',
    })),
    {
      file: 'app/admin/pages/actions.ts',
      name: 'deletePageAction',
      page: (f) => `/admin/pages/${f.id}`,
      withState: false,
      fields: () => ({ id: String(infoPageFixture()), confirm: 'yes' }),
      expect: editorsOnly,
      audit: 'page.delete',
    },
    // My account: each changes the caller's own account only, so any staff member may.
    {
      file: 'app/admin/account/actions.ts',
      name: 'setTimeZoneAction',
      page: '/admin/account',
      withState: false,
      fields: () => ({ timeZone: 'Europe/Paris' }),
      expect: { anonymous: 'login', contributor: 'allowed', author: 'allowed', editor: 'allowed', admin: 'allowed' },
      audit: 'profile.time-zone',
    },
    // Staff accounts: admins only.
    staffRow('createStaffAction', true, 'staff.create', () => ({
      email: `${name('staff').toLowerCase().replace(/ /g, '-')}@example.test`,
      name: 'Table staff',
      'role-en': 'contributor',
      password: 'a long enough password',
      authorId: '',
    })),
    // The "Roles" panel keeps what was chosen when refused (a form action, like the create form).
    staffRow('changeStaffRoleAction', true, 'staff.role', () => ({
      id: String(createStaffFixture()),
      'role-en': 'author',
      'role-ru': 'contributor',
    })),
    staffRow('setStaffDisabledAction', false, 'staff.disable', () => ({
      id: String(createStaffFixture()),
      disabled: '1',
    })),
    staffRow('setStaffBylineAction', false, 'staff.byline', () => ({
      id: String(createStaffFixture()),
      authorId: String(createAuthorFixture().id),
    })),
    staffRow('resetStaffPasswordAction', true, 'staff.password', () => ({
      id: String(createStaffFixture()),
      password: 'another long password',
    })),
    // Two-factor by role: checked for permission only (setting a role's requirement to what it is
    // already changes nothing: turning it on would sign the table's own members out).
    {
      ...staffRow('setTwoFactorPolicyAction', false, '', () => ({ role: 'editor', required: '0' })),
      expect: { ...adminOnly, admin: 'kept' },
    },
    staffRow('resetStaffTwoFactorAction', false, 'staff.two-factor-reset', () => {
      const id = createStaffFixture();
      enableTwoFactorFixture(id);
      return { id: String(id) };
    }),
    // One's own two-factor sign-in (/admin/account): every role. Starting a setup is done; the
    // forms that need a right code answer in place (a code left empty) and write nothing.
    {
      file: 'app/admin/account/actions.ts',
      name: 'startTwoFactorSetupAction',
      page: '/admin/account',
      withState: false,
      fields: () => ({}),
      expect: { anonymous: 'login', contributor: 'allowed', author: 'allowed', editor: 'allowed', admin: 'allowed' },
      audit: 'two-factor.setup',
    },
    ...(['confirmTwoFactorAction', 'regenerateRecoveryCodesAction', 'disableTwoFactorAction'] as const).map(
      (actionName): ActionRow => ({
        file: 'app/admin/account/actions.ts',
        name: actionName,
        page: '/admin/account',
        withState: true,
        fields: () => ({ code: '', ...(actionName === 'disableTwoFactorAction' ? { password: '' } : {}) }),
        expect: { anonymous: 'kept', contributor: 'kept', author: 'kept', editor: 'kept', admin: 'kept' },
        audit: '',
      }),
    ),
    // Setting two-factor up at sign-in: its caller is a pending sign-in, which none of these has.
    {
      file: 'app/admin/login/actions.ts',
      name: 'confirmSetupAtSignInAction',
      page: '/admin/login',
      withState: true,
      fields: () => ({ code: '123456' }),
      expect: { anonymous: 'login', contributor: 'login', author: 'login', editor: 'login', admin: 'login' },
      audit: '',
    },
  ];
}

/**
 * One section for the front and banner rows (made on first use): every reader page lists every
 * section (navigation, menu, footer), so a section per call would swell every page the later
 * journeys and the Lighthouse budgets measure.
 */
let shared: { id: number; slug: string } | null = null;
const fixtureSection = () => (shared ??= createSectionFixture());
let quiet: { id: number; slug: string } | null = null;
const quietSection = () => (quiet ??= createSectionFixture());

/** A live banner on the fixture section's pages, for "End now". */
function bannerFixture(): number {
  const now = Date.now();
  return insertBanner(
    {
      label: 'Breaking',
      text: name('banner fixture'),
      url: '/',
      sectionId: fixtureSection().id,
      startsAt: new Date(now - 1000),
      expiresAt: new Date(now + 3_600_000),
    },
    { actorId: createStaffFixture(), ip: '127.0.0.1' },
  );
}

function infoPageFixture(): number {
  const slug = name('page fixture')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return createInfoPage(
    { actorId: createStaffFixture(), ip: '127.0.0.1' },
    { slug, title: name('page fixture'), description: '', body: [], position: -1 },
  );
}

/** The newsroom's server actions by `file#export`. */
function manifest(): Map<string, string> {
  return new Map(newsroomActions().map(({ id, filename, name }) => [`${filename}#${name}`, id]));
}

/**
 * The body React's encodeReply sends for `action(...args)` whose last argument is a FormData:
 * the form's fields as `_1_<name>`, then the arguments as field `0` (read as soon as it arrives,
 * so it comes last; a FormData keeps that order, a plain object would put `0` first).
 */
function encodeReply(fields: Record<string, string>, withState: boolean): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  body.append('0', JSON.stringify(withState ? [{ status: 'idle' }, '$K1'] : ['$K1']));
  return body;
}

test('server actions: anonymous is sent to sign-in, a role without the right gets 403 and writes nothing', async ({
  baseURL,
}) => {
  // About 300 calls, one after another: minutes on a loaded two-core machine, not the default 30 s.
  test.setTimeout(180_000);
  const ids = manifest();
  const rows = actionRows();
  // Every admin action of the build is in the table.
  expect([...ids.keys()].sort()).toEqual(rows.map((r) => `${r.file}#${r.name}`).sort());
  for (const row of rows) {
    const id = ids.get(`${row.file}#${row.name}`)!;
    for (const [who, context] of contexts) {
      const label = `${who} → ${row.name}`;
      const since = lastAuditId();
      const fields = row.fields();
      const response = await context.post(typeof row.page === 'string' ? row.page : row.page(fields), {
        headers: { 'Next-Action': id, Origin: baseURL!, Accept: 'text/x-component' },
        multipart: encodeReply(fields, row.withState),
        maxRedirects: 0,
      });
      expect(response.headers()['x-nextjs-action-not-found'], `${label}: the action was found`).toBeUndefined();
      const redirect = response.headers()['x-action-redirect'] ?? '';
      const written = who === 'anonymous' ? [] : auditActionsSince(since, EMAIL(who));
      const expected = row.expect[who];
      if (expected === 'login') {
        expect(response.status(), label).toBe(200);
        expect(redirect, label).toMatch(/^\/admin\/login/);
      } else if (who === 'anonymous') {
        expect(response.status(), label).toBe(200);
        expect(await response.text(), label).toContain('Your session has ended');
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

/** Calls an article action as the admin from `origin`, the way React does (useActionState: `withState`). */
function adminArticleCall(action: string, origin: string, fields: Record<string, string>, withState: boolean) {
  return contexts.get('admin')!.post('/admin/articles/new', {
    headers: {
      'Next-Action': manifest().get(`app/admin/articles/actions.ts#${action}`)!,
      Origin: origin,
      Accept: 'text/x-component',
    },
    multipart: encodeReply(fields, withState),
    maxRedirects: 0,
  });
}

test('server actions refuse another site: a forged Origin is rejected before the action runs', async () => {
  const draft = createDraft('Cross-site publish');
  const since = lastAuditId();
  const fields = { id: String(draft.id), version: '1', change: 'publish' };
  const response = await adminArticleCall('changeStatusAction', 'https://evil.example', fields, false);
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(auditActionsSince(since, EMAIL('admin'))).toEqual([]);
});

test('a server action body over 1 MB answers 413 and writes nothing', async ({ baseURL }) => {
  const draft = createDraft('Oversized save');
  const since = lastAuditId();
  const response = await adminArticleCall(
    'saveArticleAction',
    baseURL!,
    {
      id: String(draft.id),
      version: '1',
      title: 'Huge',
      slug: '',
      sectionId: String(draft.sectionId),
      lede: '',
      body: 'x'.repeat(1_200_000),
      tags: '',
      heroMediaId: '',
    },
    true,
  );
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('too large');
  expect(auditActionsSince(since, EMAIL('admin'))).toEqual([]);
});

test('a Russian-desk editor: refused (403, nothing written) on English articles, allowed on Russian ones', async ({
  baseURL,
}) => {
  const email = 'table-ru-desk@example.test';
  const created = createStaff({ email, password: PASSWORD, role: 'editor', editions: 'ru' });
  expect(created.status, created.stderr).toBe(0);
  const desk = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.130' },
  });
  try {
    const signIn = await desk.post('/admin/session', {
      form: { email, password: PASSWORD, next: '/admin' },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(303);
    const ids = manifest();
    // Each action posted to a page that holds it: the editor's to the new-article page, Translate
    // to the list (which offers it on other desks' rows).
    const call = (action: string, fields: Record<string, string>, withState = false) =>
      desk.post(action === 'translateArticleAction' ? '/admin/articles' : '/admin/articles/new', {
        headers: {
          'Next-Action': ids.get(`app/admin/articles/actions.ts#${action}`)!,
          Origin: baseURL!,
          Accept: 'text/x-component',
        },
        multipart: encodeReply(fields, withState),
        maxRedirects: 0,
      });
    const editFields = (draft: { id: number; sectionId: number }) => ({
      id: String(draft.id),
      version: '1',
      title: name('edited by the Russian desk'),
      slug: '',
      sectionId: String(draft.sectionId),
      lede: 'x',
      body: 'Body.',
      tags: '',
      heroMediaId: '',
    });

    // English: the editor page, publish, save and trash all answer 403 and write nothing.
    const english = createDraft('Russian desk English draft', 'en');
    expect((await desk.get(`/admin/articles/${english.id}`, { maxRedirects: 0 })).status()).toBe(403);
    const { id: _id, version: _version, ...newStory } = editFields(english);
    const refused: [string, Record<string, string>, boolean][] = [
      ['changeStatusAction', { id: String(english.id), version: '1', change: 'publish' }, false],
      ['saveArticleAction', editFields(english), true],
      ['changeStatusAction', { id: String(english.id), version: '1', change: 'trash' }, false],
      // A new story in an English section: the form offers none, a forged one is refused.
      ['saveArticleAction', newStory, true],
    ];
    for (const [action, fields, withState] of refused) {
      const since = lastAuditId();
      const response = await call(action, fields, withState);
      expect(response.status(), `${action} ${JSON.stringify(fields)}`).toBe(403);
      expect(auditActionsSince(since, email), action).toEqual([]);
    }
    void [_id, _version];
    expect(articleStatusOf(english.id)).toBe('draft');

    // Russian: the editor page opens, and publishing and saving are done.
    const russian = createDraft('Russian desk Russian draft', 'ru');
    expect((await desk.get(`/admin/articles/${russian.id}`, { maxRedirects: 0 })).status()).toBe(200);
    let since = lastAuditId();
    const saved = await call('saveArticleAction', editFields(russian), true);
    expect(saved.status()).toBe(200);
    expect(auditActionsSince(since, email)).toEqual(['article.edited']);
    since = lastAuditId();
    const published = await call('changeStatusAction', { id: String(russian.id), version: '2', change: 'publish' });
    expect(published.status()).toBe(200);
    expect(published.headers()['x-action-redirect'] ?? '').toContain('done=publish');
    expect(auditActionsSince(since, email)).toEqual(['article.published']);

    // Translating: English into Russian yes, Russian into English no.
    since = lastAuditId();
    const into = await call('translateArticleAction', { id: String(english.id), edition: 'ru' });
    expect(into.status()).toBe(200);
    expect(auditActionsSince(since, email)).toEqual(['article.translated']);
    since = lastAuditId();
    const back = await call('translateArticleAction', {
      id: String(createDraft('Russian source', 'ru').id),
      edition: 'en',
    });
    expect(back.status()).toBe(403);
    expect(auditActionsSince(since, email)).toEqual([]);
  } finally {
    await desk.dispose();
  }
});
