/**
 * Demo pictures match their words: every caption the generator gives a picture (a story's hero
 * caption, a body image's caption) describes what that picture shows, and stories get pictures
 * whose theme suits their section (issue 19: "Sand dunes" captioned as a street in Yerevan).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateNewsroom } from '@/db/seed/content';
import { imageTheme, IMAGE_THEME_KEYS } from '@/db/seed/images';
import { IMAGE_COUNT } from '@/db/seed';

const now = new Date('2026-11-26T09:00:00Z');
const articles = [...generateNewsroom({ seed: 20261126, articles: 600, now, imageCount: IMAGE_COUNT }).articles];
const captionOf = (index: number) => imageTheme(index).caption.replace(/\.$/, '');

describe('demo pictures and their captions', () => {
  it('caption every body picture with what it shows, or not at all', () => {
    let images = 0;
    let overridden = 0;
    for (const a of articles) {
      for (const b of a.body) {
        if (b.type !== 'image') continue;
        images++;
        assert.ok(b.mediaId >= 1 && b.mediaId <= IMAGE_COUNT, `${a.slug}: picture ${b.mediaId}`);
        if (b.caption === undefined) continue;
        overridden++;
        assert.ok(b.caption.includes(captionOf(b.mediaId - 1)), `${a.slug}: “${b.caption}” on picture ${b.mediaId}`);
      }
    }
    assert.ok(images > 50, `${images} body pictures`);
    assert.ok(overridden > 5, `${overridden} captioned by the story`);
  });

  it('give hero pictures their own caption or one that contains it', () => {
    let heroes = 0;
    for (const a of articles) {
      if (a.heroImage === null) {
        assert.equal(a.heroCaption, '');
        continue;
      }
      heroes++;
      if (a.heroCaption) assert.ok(a.heroCaption.includes(captionOf(a.heroImage)), `${a.slug}: “${a.heroCaption}”`);
    }
    assert.ok(heroes > articles.length / 2);
  });

  it('invent no places or people in captions', () => {
    // The old generator's captions named the story's city ("People gather in central {city}…").
    const invented = /general view of|Officials arrive|People gather|Delegates attend|Workers at a site|\{/;
    for (const a of articles) {
      const captions = [a.heroCaption, ...a.body.flatMap((b) => (b.type === 'image' && b.caption ? [b.caption] : []))];
      for (const c of captions) assert.doesNotMatch(c, invented, a.slug);
    }
  });

  it('choose pictures that suit the section', () => {
    const themeOf = (index: number) => imageTheme(index).key;
    const expected: Record<string, string[]> = {
      sport: ['stadium'],
      science: ['abstract', 'space', 'windfarm'],
      business: ['skyline', 'port', 'refinery', 'windfarm'],
    };
    for (const [section, themes] of Object.entries(expected)) {
      const pictured = articles.filter((a) => a.sectionSlug === section && a.heroImage !== null);
      assert.ok(pictured.length > 3, `${section}: ${pictured.length} stories with pictures`);
      for (const a of pictured) {
        assert.ok(themes.includes(themeOf(a.heroImage!)), `${a.slug}: ${themeOf(a.heroImage!)}`);
        for (const b of a.body) if (b.type === 'image') assert.ok(themes.includes(themeOf(b.mediaId - 1)), a.slug);
      }
    }
    // The oil story that opens the demo site shows a refinery.
    assert.equal(themeOf(articles[0].heroImage!), 'refinery');
    assert.ok(IMAGE_THEME_KEYS.includes('stadium'));
  });
});
