/**
 * The site's own pages as the demo starts with them (About, Contact, Editorial standards,
 * Corrections policy, Privacy, Terms), written in the newsroom's Markdown and parsed with the
 * editor's own parser, so staff edit exactly what was seeded. The Privacy page describes what
 * this code really stores; the rest is plausible newsroom text, marked as demo.
 */
import { countInfoPages, insertInfoPages, type InfoPageValues } from '@/db/queries/info-pages';
import { markdownToBlocks } from '@/lib/content/markdown/parse';
import type { DB } from '../client';

export interface SeedPage {
  slug: string;
  title: string;
  description: string;
  markdown: string;
}

const DEMO =
  '*Meridian is a demonstration site: its stories, people and pictures are invented, and this page is sample text.*';

export const SEED_PAGES: SeedPage[] = [
  {
    slug: 'about',
    title: 'About Meridian',
    description: 'Who we are, what we cover and how the newsroom is run.',
    markdown: `${DEMO}

Meridian reports world news, Russia, business, science and sport, with opinion and analysis from correspondents around the world. We publish around the clock from newsrooms in London, Moscow, Dubai and Nairobi.

## What we cover

- **World news** and diplomacy, with correspondents on four continents
- **Russia**: politics, economy, society and culture across eleven time zones
- **Business**: markets, energy and trade
- **Science & Tech**, **Sport** and **Africa**
- **Op-ed**: argument from our columnists and guest contributors, always labelled as opinion

## Who we are

Meridian is edited by its editor-in-chief, who answers for everything we publish. Section editors decide what runs in their sections; the duty editor decides what leads the home page.

## Independence

Our journalists decide what we report. Advertisers, sponsors and owners have no say in editorial decisions, and we say so whenever a story touches any of them.`,
  },
  {
    slug: 'contact',
    title: 'Contact us',
    description: 'How to reach the newsroom, send a tip, ask for a correction or get in touch about your account.',
    markdown: `${DEMO}

## The newsroom

Send news tips, story ideas and press releases to newsdesk@meridian.example. The news desk reads every message; we cannot reply to all of them.

## Corrections

If you think we got something wrong, write to corrections@meridian.example with the address of the story and what you believe is wrong. Our [corrections policy](/info/corrections) says what happens next.

## Your reader account

For help with signing in, bookmarks or deleting your account, write to readers@meridian.example.

## Press and partnerships

press@meridian.example

## Postal address

Meridian, 1 Example Square, London EC1A 1AA, United Kingdom (a made-up address).`,
  },
  {
    slug: 'editorial-standards',
    title: 'Editorial standards',
    description: 'The principles our journalists follow: accuracy, fairness, independence and transparency.',
    markdown: `${DEMO}

Every story Meridian publishes is held to the standards below. Editors check them before publication and answer for them after.

## Accuracy

We report what we can verify. Facts are checked with at least two independent sources or a primary document; when we cannot confirm something, we say so. Figures are given with their source.

## Fairness

People and organisations we criticise are given a fair chance to respond before publication, and their answer is reported. We say when someone declined to comment.

## Opinion and news

News stories report; opinion pieces argue. Opinion is published in the Op-ed section, labelled with the writer's name, and never presented as news.

## Sources

We name our sources whenever we can. Anonymity is granted only when a source faces a real risk, and an editor must know who the source is.

## Pictures

Pictures are not altered beyond ordinary adjustments of colour and cropping. Illustrations and file pictures are labelled as such.

> Get it first, but first, get it right.
> — a newsroom saying`,
  },
  {
    slug: 'corrections',
    title: 'Corrections policy',
    description: 'How we correct mistakes, and how to tell us about one.',
    markdown: `${DEMO}

When we get something wrong, we correct it promptly and say so.

## How we correct

1. The story is corrected as soon as an editor has confirmed the mistake.
2. A note at the end of the story says what was wrong and when it was corrected.
3. Serious errors are also corrected wherever we shared the story.

We do not quietly remove stories. When a story must be withdrawn for legal reasons, we leave a note saying so.

## Tell us

Write to corrections@meridian.example with the story's address and what you believe is wrong. We aim to reply within two working days.`,
  },
  {
    slug: 'privacy',
    title: 'Privacy',
    description: 'What this site stores about you, and what it does not: no advertising, no third-party trackers.',
    markdown: `${DEMO}

This page describes what the software behind this site actually stores.

## If you just read

- **No third-party trackers.** Pages load no advertising, analytics or social-media scripts, and no fonts or pictures from other sites. Embedded videos are plain links: nothing is loaded from the video site until you follow one.
- **No cookies** are set while you read without an account.
- **Page views** are counted to show the "Most read" lists, without cookies: your browser sends a small signal when a story is read, and to count each reader once per story per hour we compute a one-way hash of your network address and browser name with a secret salt that changes every day and is never stored. Only the story and the number of views per hour are written to the database; the hash is kept in memory for at most an hour and no address is recorded. Known robots are not counted.
- Our web server keeps ordinary technical logs (errors and the requests that caused them) to keep the site running.

## If you create a reader account

- We store your **email address**, the **name** you give and a **password hash** (scrypt; we never store the password itself).
- When you sign in we set one cookie holding a random session token. The database stores only a hash of that token, with the session's **network address and browser name**, its start and its expiry: 12 hours without use, 7 days at most. Signing out deletes the session.
- Your **bookmarks** (which stories you saved, and when) are stored with your account.
- Deleting your account deletes your sessions and bookmarks with it.

## What we do not do

We do not sell or share your data, show advertising or build profiles of readers.

## Contact

Questions about your data: readers@meridian.example.`,
  },
  {
    slug: 'terms',
    title: 'Terms of use',
    description: 'The terms on which you may use this site and its content.',
    markdown: `${DEMO}

By using this site you agree to these terms.

## Our content

Stories, pictures and video on this site belong to Meridian or to the people who made them. You may share links and quote short passages with credit; republishing whole stories needs our written permission.

## Your account

Keep your password to yourself, and tell us if you think someone else has used your account. We may close accounts used to abuse the site or other readers.

## Links to other sites

We link to other sites for context; we are not responsible for what they publish.

## Changes

We may change these terms; the date at the top of this page says when they last changed.`,
  },
];

/** The seed pages as the newsroom would save them: parsed Markdown, in footer order. */
export function seedPageValues(): InfoPageValues[] {
  return SEED_PAGES.map((p, position) => {
    const { blocks, errors } = markdownToBlocks(p.markdown);
    if (errors.length) throw new Error(`seed page ${p.slug}: ${errors.join('; ')}`);
    return { slug: p.slug, title: p.title, description: p.description, body: blocks, position };
  });
}

const MARKER = 'info_pages_seeded';

/**
 * Writes the seed pages into a database that has never had them (a marker in site_meta): a fresh
 * seed, and databases seeded before the pages existed. Pages staff deleted stay deleted.
 */
export function seedInfoPages(db: DB, now = new Date()): number {
  const marked = db.$client.prepare('SELECT 1 FROM site_meta WHERE key = ?').get(MARKER);
  if (marked) return 0;
  let written = 0;
  if (countInfoPages(db) === 0) {
    const pages = seedPageValues();
    insertInfoPages(db, pages, now);
    written = pages.length;
  }
  db.$client.prepare('INSERT OR REPLACE INTO site_meta (key, value) VALUES (?, ?)').run(MARKER, now.toISOString());
  return written;
}

/** Forgets that the pages were seeded (a full reseed clears them with the rest of the content). */
export function forgetInfoPages(db: DB): void {
  db.$client.prepare('DELETE FROM info_pages').run();
  db.$client.prepare('DELETE FROM site_meta WHERE key = ?').run(MARKER);
}
