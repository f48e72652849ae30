import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, type TestDb } from '../helpers/db';
import type { StaffUser } from '@/db/queries/staff';

let t: TestDb;
let nr: typeof import('@/lib/newsroom/articles');
let q: typeof import('@/db/queries/newsroom');
let aq: typeof import('@/db/queries/articles');
let seo: typeof import('@/lib/seo/metadata');
let editor: StaffUser;
let section = 0;
let picture = 0;
let hero = 0;

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}
const base = () => ({
  title: 'Port strike ends',
  slug: '',
  sectionId: String(section),
  lede: 'Dockers return to work.',
  body: 'Text.',
  tags: '',
  heroMediaId: String(hero),
});

before(async () => {
  t = await createTestDb('newsroom-seo-');
  nr = await import('@/lib/newsroom/articles');
  q = await import('@/db/queries/newsroom');
  aq = await import('@/db/queries/articles');
  seo = await import('@/lib/seo/metadata');
  const { createStaffUser } = await import('@/db/queries/staff');
  editor = createStaffUser({
    email: 'editor@example.test',
    name: 'Ed',
    passwordHash: 'x',
    role: 'editor',
    editions: ['en', 'ru', 'ar'],
  });
  section = t.insertSection({ slug: 'business', name: 'Business' });
  hero = t.insertMedia({ file: 'hero-pic', alt: 'Cranes', variants: '320,640,1280' });
  picture = t.insertMedia({ file: 'share-pic', alt: 'Dockers cheering', variants: '320,640,1280' });
});
after(() => t.cleanup());

describe('the SEO panel', () => {
  it('saves the overrides with the article and a revision, and they drive the metadata and the share image', () => {
    const saved = nr.saveFromEditor(
      editor,
      null,
      form({
        ...base(),
        metaTitle: 'Port strike over after 12 days',
        metaDescription: 'The union accepted the offer.',
        socialTitle: 'Back to work!',
        socialDescription: 'Cranes move again.',
        socialMediaId: String(picture),
      }),
      '127.0.0.1',
    );
    assert.equal(saved.status, 'saved', JSON.stringify(saved));
    const id = (saved as { id: number }).id;
    assert.deepEqual(q.getEditableArticle(id)!.seo, {
      metaTitle: 'Port strike over after 12 days',
      metaDescription: 'The union accepted the offer.',
      socialTitle: 'Back to work!',
      socialDescription: 'Cranes move again.',
      socialMediaId: picture,
    });
    t.db.$client
      .prepare("UPDATE articles SET status = 'published', published_at = unixepoch() - 60 WHERE id = ?")
      .run(id);
    const article = aq.getPublishedArticle(id)!;
    const meta = seo.articleMetadata(article);
    assert.deepEqual(meta.title, { absolute: 'Port strike over after 12 days' });
    assert.equal(meta.description, 'The union accepted the offer.');
    const og = meta.openGraph as { title: string; description: string; images: { url: string; alt: string }[] };
    assert.equal(og.title, 'Back to work!');
    assert.equal(og.description, 'Cranes move again.');
    assert.equal(og.images[0].alt, 'Dockers cheering');
    // The share image is drawn from the social picture, so its versioned name differs from the hero's.
    const withHero = seo.articleShareImage({ ...article, seo: { ...article.seo, socialImage: null } });
    assert.notEqual(og.images[0].url, withHero.url);
    assert.equal(seo.shareImageSubject(article).hero?.file, 'share-pic');
  });

  it('empty overrides fall back to the headline, the lede and the hero', () => {
    const saved = nr.saveFromEditor(
      editor,
      null,
      form({ ...base(), title: 'Plain story', metaTitle: ' ', socialMediaId: '' }),
      '127.0.0.1',
    ) as { id: number };
    t.db.$client
      .prepare("UPDATE articles SET status = 'published', published_at = unixepoch() - 60 WHERE id = ?")
      .run(saved.id);
    const meta = seo.articleMetadata(aq.getPublishedArticle(saved.id)!);
    assert.equal(meta.title, 'Plain story');
    assert.equal(meta.description, 'Dockers return to work.');
    const og = meta.openGraph as { title: string; images: { alt: string }[] };
    assert.equal(og.title, 'Plain story');
    assert.equal(og.images[0].alt, 'Cranes');
  });

  it('refuses an unknown social picture and overlong text with field messages, writing nothing', () => {
    const count = () => t.db.select().from(t.schema.articles).all().length;
    const before = count();
    const unknown = nr.saveFromEditor(editor, null, form({ ...base(), socialMediaId: '99999' }), '127.0.0.1');
    assert.equal(unknown.status, 'invalid');
    assert.match((unknown as { fieldErrors: Record<string, string> }).fieldErrors.socialMediaId, /no picture/);
    const long = nr.saveFromEditor(
      editor,
      null,
      form({ ...base(), metaTitle: 'x'.repeat(121), socialDescription: 'y'.repeat(321) }),
      '127.0.0.1',
    );
    assert.equal(long.status, 'invalid');
    const errors = (long as { fieldErrors: Record<string, string> }).fieldErrors;
    assert.ok(errors.metaTitle && errors.socialDescription);
    assert.equal(
      (long as { values: { metaTitle: string } }).values.metaTitle,
      'x'.repeat(121),
      'the typed text comes back',
    );
    assert.equal(count(), before);
  });
});

describe('repeated invalidations (cache_followups)', () => {
  it('are taken once when due, oldest first, and not before', async () => {
    const f = await import('@/db/queries/cache-followups');
    const now = Date.now();
    f.queueFollowup({ id: 2 }, new Date(now + 2000));
    f.queueFollowup({ id: 1 }, new Date(now + 1000));
    f.queueFollowup({ id: 3 }, new Date(now + 60_000));
    assert.equal(f.nextFollowupAt()?.getTime(), now + 1000);
    assert.deepEqual(f.takeDueFollowups(new Date(now + 500)), []);
    assert.deepEqual(f.takeDueFollowups(new Date(now + 2500)), [{ id: 1 }, { id: 2 }]);
    assert.deepEqual(f.takeDueFollowups(new Date(now + 2500)), []);
    assert.equal(f.nextFollowupAt()?.getTime(), now + 60_000);
  });
});
