import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articleBody, articleBySlug, changeArticle, pathOf, staffAccounts } from './helpers';

// The body's rich text editor: text pasted from Word and from Google Docs keeps its bold, italic,
// links, lists and headings and loses the rest, and is saved as the same blocks a Markdown body
// makes; the toolbar makes every kind of block; Markdown stays a mode of its own, and without
// JavaScript the whole field, where HTML is never refused.
// Serial: the spec's accounts are made once (staffAccounts), and a second worker would make them again.
test.describe.configure({ mode: 'serial' });
const PASSWORD = 'newsroom body editor e2e password 3';
const AUTHOR = { email: 'rita.richtext@example.test', name: 'Rita Richtext', role: 'author' };
const signedIn = staffAccounts(PASSWORD, [AUTHOR]);
const stamp = Date.now().toString(36);

/** Collects CSP violations the page reports (the DOM event, and Chromium's console message). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text()))
      seen.push(message.text());
  });
  await page.addInitScript(() => {
    const events: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = events;
    document.addEventListener('securitypolicyviolation', (e) =>
      events.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
    );
  });
  return async () => [
    ...seen.splice(0),
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])),
  ];
}

/** What a browser hands the page when HTML is pasted: a paste event with text/html and text/plain. */
async function paste(page: Page, html: string, text: string): Promise<void> {
  await page.locator('#f-body-rich').evaluate(
    (el, clip) => {
      const data = new DataTransfer();
      data.setData('text/html', clip.html);
      data.setData('text/plain', clip.text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

/** Opens a new story with the rich text editor (the default mode), its other fields filled. */
async function newStory(page: Page, headline: string): Promise<void> {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Business' });
  await page.getByLabel('Lede', { exact: true }).fill('A lede.');
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rich text', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // The Markdown textarea is still the form's field, out of sight.
  await expect(page.locator('textarea[name="body"]')).toBeHidden();
  await page.getByRole('textbox', { name: 'Body', exact: true }).click();
}

/** Saves a new story and answers its id. */
async function saveNew(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  return Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
}

// Word's HTML clipboard, shortened: its head and styles, conditional comments, <o:p>, mso-* styles,
// a list as MsoListParagraph paragraphs with their markers in mso-list:Ignore spans, a table, a picture.
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><meta name=Generator content="Microsoft Word 15"><style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'><!--StartFragment-->
<h1><span lang=EN-US style='mso-ansi-language:EN-US'>Port strike ends</span><o:p></o:p></h1>
<p class=MsoNormal>The strike at the <b><span style='mso-bidi-font-weight:normal'>northern port</span></b> ended on <i>Thursday</i>, said <a href="https://example.org/union">the union</a>.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Cranes back at <b>work</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Ships unloaded<o:p></o:p></p>
<h3>What next<o:p></o:p></h3>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Talks resume<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><i>Pay</i> rises<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'><tr><td width=601 valign=top style='width:450.8pt'><p class=MsoNormal>Cell words<o:p></o:p></p></td></tr></table>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_1" type="#_x0000_t75"><v:imagedata src="file:///C:/x.png" o:title=""/></v:shape><![endif]--><img width=20 height=20 src="file:///C:/x.png"><span style='color:red;text-decoration:underline;mso-highlight:yellow'>Red underlined</span> plain, <a href="javascript:alert(1)">no script</a>.<o:p></o:p></p>
<!--EndFragment--></body></html>`;

// Google Docs' HTML clipboard: everything inside <b style="font-weight:normal" id="docs-internal-guid-…">,
// bold and italic as span styles, lists of <li><p role=presentation>.
const SPAN =
  'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;';
const DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f1c2a3b-7fff-2c1d-9e8f-0123456789ab"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="${SPAN}font-size:16pt;font-weight:400;font-style:normal;">Council votes</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="${SPAN}font-weight:400;font-style:normal;">The council voted </span><span style="${SPAN}font-weight:700;font-style:normal;">nine to two</span><span style="${SPAN}font-weight:400;font-style:normal;">, a </span><span style="${SPAN}font-weight:400;font-style:italic;">narrow</span><span style="${SPAN}font-weight:400;font-style:normal;"> margin. </span><a href="https://example.org/minutes" style="text-decoration:none;"><span style="${SPAN}color:#1155cc;font-weight:400;font-style:normal;text-decoration:underline;-webkit-text-decoration-skip:none;">Minutes</span></a><span style="${SPAN}font-weight:400;font-style:normal;"> online.</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="${SPAN}font-weight:400;">Budget passed</span></p></li><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="${SPAN}font-weight:700;">Library</span><span style="${SPAN}font-weight:400;"> saved</span></p></li></ul><ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="${SPAN}font-weight:400;font-style:italic;">First</span><span style="${SPAN}font-weight:400;"> step</span></p></li></ol></b><br class="Apple-interchange-newline">`;

test('pasted from Word, a story keeps its bold, italic, links, lists and headings; saved and published, readers get them', async ({
  browser,
}) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.121');
  const csp = await watchCsp(page);
  const headline = `Port strike ${stamp} from Word`;
  await newStory(page, headline);
  await paste(page, WORD, 'Port strike ends\nThe strike at the northern port ended on Thursday, said the union.');
  // Never refused: no message, and the word count follows what was pasted.
  await expect(page.locator('#f-body-count')).toHaveText(/^3\d words, about 1 min read$/);
  await expect(page.locator('#f-body-error')).toHaveCount(0);
  const id = await saveNew(page);

  expect(articleBody(id)).toEqual([
    { type: 'heading', level: 2, text: 'Port strike ends' },
    {
      type: 'paragraph',
      content: [
        { text: 'The strike at the ' },
        { text: 'northern port', bold: true },
        { text: ' ended on ' },
        { text: 'Thursday', italic: true },
        { text: ', said ' },
        { text: 'the union', href: 'https://example.org/union' },
        { text: '.' },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: [[{ text: 'Cranes back at ' }, { text: 'work', bold: true }], [{ text: 'Ships unloaded' }]],
    },
    { type: 'heading', level: 3, text: 'What next' },
    {
      type: 'list',
      ordered: true,
      items: [[{ text: 'Talks resume' }], [{ text: 'Pay', italic: true }, { text: ' rises' }]],
    },
    { type: 'paragraph', content: [{ text: 'Cell words' }] },
    { type: 'paragraph', content: [{ text: 'Red underlined plain, no script.' }] },
  ]);
  // Reopened, the saved story is the same rich text.
  const rich = page.getByRole('textbox', { name: 'Body', exact: true });
  await expect(rich.locator('h2')).toHaveText('Port strike ends');
  await expect(rich.locator('strong')).toHaveText(['northern port', 'work']);

  // Published (the desk's part, played here), readers get the blocks rendered.
  changeArticle(id, { status: 'published', publishedAt: 'now' });
  const article = articleBySlug(`port-strike-${stamp}-from-word`);
  await page.goto(pathOf(article));
  const body = page.locator('main article');
  await expect(body.getByRole('heading', { name: 'What next', level: 3 })).toBeVisible();
  await expect(body.locator('strong', { hasText: 'northern port' })).toBeVisible();
  await expect(body.locator('em', { hasText: 'Thursday' })).toBeVisible();
  await expect(body.getByRole('link', { name: 'the union' })).toHaveAttribute('href', 'https://example.org/union');
  await expect(body.locator('ol li')).toHaveText(['Talks resume', 'Pay rises']);
  await expect(body.locator('ul li', { hasText: 'Ships unloaded' })).toBeVisible();
  await expect(body).not.toContainText('mso');
  expect(await csp()).toEqual([]);
});

test('pasted from Google Docs, its wrapper does not make everything bold; its span styles become bold and italic', async ({
  browser,
}) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.122');
  const csp = await watchCsp(page);
  await newStory(page, `Council ${stamp} from Docs`);
  await page.keyboard.type('Before the paste.');
  await page.keyboard.press('Enter');
  await paste(page, DOCS, 'Council votes');
  const id = await saveNew(page);
  expect(articleBody(id)).toEqual([
    { type: 'paragraph', content: [{ text: 'Before the paste.' }] },
    { type: 'heading', level: 2, text: 'Council votes' },
    {
      type: 'paragraph',
      content: [
        { text: 'The council voted ' },
        { text: 'nine to two', bold: true },
        { text: ', a ' },
        { text: 'narrow', italic: true },
        { text: ' margin. ' },
        { text: 'Minutes', href: 'https://example.org/minutes' },
        { text: ' online.' },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: [[{ text: 'Budget passed' }], [{ text: 'Library', bold: true }, { text: ' saved' }]],
    },
    { type: 'list', ordered: true, items: [[{ text: 'First', italic: true }, { text: ' step' }]] },
  ]);
  expect(await csp()).toEqual([]);
});

test('the toolbar makes every kind of block, by pointer and by keyboard; Markdown is the same body', async ({
  browser,
}) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.123');
  const csp = await watchCsp(page);
  await newStory(page, `Toolbar ${stamp} story`);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const bold = toolbar.getByRole('button', { name: 'Bold', exact: true });
  const status = page.locator('#save-status');

  await page.keyboard.type('Opening words ');
  await bold.click();
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('strong');
  await page.keyboard.press('Control+b');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' end.');
  // A change in the rich text is a change of the form: the status and the counter follow it.
  await expect(status).toHaveText('Unsaved changes');
  await expect(page.locator('#f-body-count')).toHaveText('4 words, about 1 min read');

  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Heading', exact: true }).click();
  await page.keyboard.type('Section head');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A quoted line');
  await toolbar.getByRole('button', { name: 'Quote', exact: true }).click();
  await expect(toolbar.getByRole('button', { name: 'Quote', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second line');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('A. Speaker');
  await page.keyboard.press('Enter');
  // From the keyboard: Shift+Tab from the text reaches the toolbar, the arrows move along it.
  await toolbar.getByRole('button', { name: 'Bulleted list', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Numbered list', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Numbered list', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.type('one');
  await page.keyboard.press('Enter');
  await page.keyboard.type('two');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the report');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
  await toolbar.getByRole('button', { name: 'Link', exact: true }).click();
  const linkPanel = page.getByRole('group', { name: 'Link' });
  await linkPanel.getByLabel('Link address').fill('javascript:alert(1)');
  await linkPanel.getByLabel('Link address').press('Enter');
  await expect(linkPanel.getByRole('alert')).toContainText('Links must start with https://');
  await linkPanel.getByLabel('Link address').fill('https://example.org/report');
  await linkPanel.getByLabel('Link address').press('Enter');
  await expect(linkPanel).toBeHidden();

  await page.keyboard.press('End');
  await toolbar.getByRole('button', { name: 'Picture or media', exact: true }).click();
  const media = page.getByRole('group', { name: 'Picture or media' });
  await media.getByLabel('Media id').fill('1');
  await media.getByLabel('Alt text').fill('Cranes');
  await media.getByLabel('Caption').fill('At dawn');
  await media.getByRole('button', { name: 'Insert' }).click();
  await toolbar.getByRole('button', { name: 'Embed', exact: true }).click();
  const embed = page.getByRole('group', { name: 'Embed' });
  await embed.getByLabel(/^Address/).fill('https://example.org/not-a-provider');
  await embed.getByRole('button', { name: 'Insert' }).click();
  await expect(embed.getByRole('alert')).toContainText('Embeds are https addresses on YouTube');
  await embed.getByLabel(/^Address/).fill('https://www.youtube.com/watch?v=abc123');
  await embed.getByRole('button', { name: 'Insert' }).click();
  await expect(page.getByRole('textbox', { name: 'Body', exact: true })).toContainText('Embed: YouTube');
  await page.keyboard.type('Last words.');

  const expected = [
    { type: 'paragraph', content: [{ text: 'Opening words ' }, { text: 'strong', bold: true }, { text: ' end.' }] },
    { type: 'heading', level: 2, text: 'Section head' },
    { type: 'quote', text: 'A quoted line\n\nSecond line', attribution: 'A. Speaker' },
    { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
    { type: 'paragraph', content: [{ text: 'Read the ' }, { text: 'report', href: 'https://example.org/report' }] },
    { type: 'image', mediaId: 1, alt: 'Cranes', caption: 'At dawn' },
    { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc123' },
    { type: 'paragraph', content: [{ text: 'Last words.' }] },
  ];
  // Markdown is the same body, and switching back to rich text loses nothing.
  await page.getByRole('button', { name: 'Markdown', exact: true }).click();
  const markdown = page.getByLabel('Body (Markdown)');
  await expect(markdown).toBeVisible();
  await expect(markdown).toHaveValue(
    /Opening words \*\*strong\*\* end\.\n\n## Section head\n\n> A quoted line\n>\n> Second line\n>\n> — A\. Speaker/,
  );
  await page.getByRole('button', { name: 'Rich text', exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const id = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
  expect(articleBody(id)).toEqual(expected);

  // Markdown with a mistake does not open as rich text (it would be lost): it says what to correct.
  await page.getByRole('button', { name: 'Markdown', exact: true }).click();
  await page.getByLabel('Body (Markdown)').fill('Text\n\n![x](https://example.org/a.png)');
  await page.getByRole('button', { name: 'Rich text', exact: true }).click();
  await expect(page.getByText(/^Correct the Markdown first, then switch: Line 3: images must come from/)).toBeVisible();
  await expect(page.getByLabel('Body (Markdown)')).toBeVisible();
  expect(await csp()).toEqual([]);
});

test('without JavaScript the body is Markdown; HTML in it is not refused: its words are kept and one note says so', async ({
  browser,
}) => {
  const page = await signedIn(browser, AUTHOR, '198.51.100.124', false);
  await page.goto('/admin/articles/new');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await page.getByLabel('Headline', { exact: true }).fill(`Plain ${stamp} markdown`);
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Business' });
  await page.getByLabel('Lede', { exact: true }).fill('A lede.');
  await page.getByLabel('Body (Markdown)').fill('First **words**.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const id = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);

  // HTML pasted into the Markdown (from a web page's source, say): saved, its tags gone.
  await page
    .getByLabel('Body (Markdown)')
    .fill('First **words**.\n\n<p class="x">Hello <b>world</b> &amp; <i>more</i></p>\n\nAfter <span>that</span>.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const note = 'HTML tags were removed from the body (lines 3, 5); the text in them was kept.';
  await expect(page.getByRole('status').filter({ hasText: note })).toHaveText(
    `Saved. ${note} Use Markdown or the rich text editor for formatting.`,
  );
  await expect(page.getByText(note)).toHaveCount(1);
  expect(articleBody(id)).toEqual([
    { type: 'paragraph', content: [{ text: 'First ' }, { text: 'words', bold: true }, { text: '.' }] },
    { type: 'paragraph', content: [{ text: 'Hello world & more' }] },
    { type: 'paragraph', content: [{ text: 'After that.' }] },
  ]);
});
