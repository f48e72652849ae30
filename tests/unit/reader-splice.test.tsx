import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { BookmarkSignIn } from '@/components/article/Bookmark';
import { BookmarkButton } from '@/components/article/BookmarkButton';
import { AccountArea } from '@/components/layout/AccountArea';
import {
  ANONYMOUS_ACCOUNT_HTML,
  accountMenuHtml,
  bookmarkButtonHtml,
  bookmarkSignInHtml,
  spliceReader,
} from '@/lib/readers/splice';
import { withIntl } from '../helpers/intl';

// The markup spliced into shared pages must be what React renders for the same components, so a
// spliced page equals one rendered whole for the reader. e2e/reader-bookmarks.spec.ts checks whole pages too.
const NAMES = [
  'Anna',
  `Zoë O'Brien <b>&"x"</b>`,
  'Пётр — «Иванов»',
  '</summary><script>alert(1)</script>',
  '  spaced  ',
];
const PATHS = ['/business/408-oil-and-gas', '/world-news/12-a-b?x=1&y="2"', "/op-ed/7-it's"];

describe('reader splice markup', () => {
  it('is what React renders for the account area, anonymous and signed in', () => {
    assert.equal(renderToStaticMarkup(withIntl(<AccountArea account={null} />)), ANONYMOUS_ACCOUNT_HTML);
    for (const name of NAMES)
      assert.equal(renderToStaticMarkup(withIntl(<AccountArea account={{ name }} />)), accountMenuHtml(name));
  });

  it('is what React renders for the bookmark control, signed out, saved and not saved', () => {
    for (const path of PATHS) {
      assert.equal(renderToStaticMarkup(withIntl(<BookmarkSignIn returnTo={path} />)), bookmarkSignInHtml(path));
      for (const saved of [false, true])
        assert.equal(
          renderToStaticMarkup(withIntl(<BookmarkButton articleId={408} saved={saved} returnTo={path} />)),
          bookmarkButtonHtml(408, saved, path),
        );
    }
  });
});

describe('spliceReader', () => {
  const page = (path: string) =>
    Buffer.from(
      `<!DOCTYPE html><html><head><title>t</title></head><body><header>${ANONYMOUS_ACCOUNT_HTML}</header><main><h1>Заголовок ё</h1>${bookmarkSignInHtml(path)}</main></body></html>`,
    );

  it('puts in the menu and the button with its state, leaving every other byte', () => {
    const out = spliceReader(page('/a/1-x'), { name: 'Zoë' }, { id: 1, path: '/a/1-x', saved: true })!.toString('utf8');
    const expected = page('/a/1-x')
      .toString('utf8')
      .replace(ANONYMOUS_ACCOUNT_HTML, accountMenuHtml('Zoë'))
      .replace(bookmarkSignInHtml('/a/1-x'), bookmarkButtonHtml(1, true, '/a/1-x'));
    assert.equal(out, expected);
    assert.ok(out.includes('<h1>Заголовок ё</h1>'));
    assert.ok(!out.includes('Sign in'));
  });

  it('escapes the name, so it can neither close the menu nor add a script', () => {
    const out = spliceReader(
      page('/a/1-x'),
      { name: '</summary><script>alert(1)</script>' },
      { id: 1, path: '/a/1-x', saved: false },
    )!.toString('utf8');
    assert.ok(!out.includes('<script'));
    assert.ok(out.includes('<summary>&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;</summary>'));
  });

  it('answers null when the shared page lacks the markup expected (then the page is rendered whole)', () => {
    assert.equal(spliceReader(Buffer.from('<html><head></head><body></body></html>'), { name: 'A' }), null);
    // Another article's bookmark control is not this one's.
    assert.equal(spliceReader(page('/a/2-y'), { name: 'A' }, { id: 1, path: '/a/1-x', saved: false }), null);
    // Twice would be ambiguous.
    assert.equal(
      spliceReader(Buffer.concat([page('/a/1-x'), Buffer.from(ANONYMOUS_ACCOUNT_HTML)]), { name: 'A' }),
      null,
    );
    // A page without an article (a 404) only needs the menu.
    assert.ok(spliceReader(page('/a/1-x'), { name: 'A' })!.toString().includes(accountMenuHtml('A')));
  });
});
