/**
 * What of a pasted HTML clipboard (Word, Google Docs, a web page) reaches the rich body editor.
 * The editor's schema already drops whatever it has no node or mark for; this first turns the
 * word processors' ways of saying bold, italic and list into the tags the schema reads, and removes
 * what would otherwise be misread:
 *
 * - Google Docs wraps the whole clipboard in `<b style="font-weight:normal" id="docs-internal-guid-…">`
 *   (unwrapped, so nothing turns bold) and marks bold and italic with `font-weight:700` and
 *   `font-style:italic` on spans (turned into `<strong>` and `<em>`);
 * - Word sends `<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">` with its bullet or
 *   number in a `mso-list:Ignore` span (turned into `<ul>`/`<ol>` items, the marker dropped), `<o:p>`
 *   and other namespaced tags, conditional comments, and mso-* styles;
 * - every style, class and id goes, and every attribute but a link's href (and the editor's own
 *   data-block and data-pm-slice, for a copy and paste inside the editor).
 *
 * Nothing is refused: the words of anything the editor cannot hold stay as text. Runs in the browser
 * (it needs DOMParser); the editor calls it from ProseMirror's transformPastedHTML.
 */

const DROPPED = 'script, style, meta, link, title, template, xml, head, object, iframe, svg, canvas, noscript';

const isBold = (weight: string) => /^(bold|bolder|[6-9]00)$/.test(weight.trim());
const isNormalWeight = (weight: string) => /^(normal|lighter|[1-5]00)$/.test(weight.trim());

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

/** The clipboard's style attributes, renamed before parsing (see cleanPastedHtml). */
const STYLE = 'data-clip-style';
const styleOf = (el: Element) => (el.getAttribute(STYLE) ?? '').toLowerCase();

/** A property's value in an element's style attribute ('' when not set); `mso-bidi-font-weight` is not `font-weight`. */
function declared(el: Element, property: string): string {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(styleOf(el));
  return match ? match[1].trim() : '';
}

/** A Word list paragraph: its list class or its mso-list style (not the `Ignore` of its marker). */
function isWordListItem(el: Element): boolean {
  if (el.tagName !== 'P') return false;
  return /msolistparagraph/i.test(el.getAttribute('class') ?? '') || /mso-list:\s*l\d/.test(styleOf(el));
}

/** Word's list marker (`1.`, `a)`, `·`, `o`, `§`…), read before it is removed: a number or letter means ordered. */
function wordMarker(el: Element): { ordered: boolean } {
  const marker = el.querySelector(`[${STYLE}*="mso-list" i]`);
  const text = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  return { ordered: /^(\d+|[a-z]|[ivxlcdm]+)[.)]$/i.test(text) };
}

/** Consecutive Word list paragraphs → one `<ul>` or `<ol>` each (the levels flattened, as the blocks hold no nesting). */
function wordLists(root: HTMLElement): void {
  const items = Array.from(root.querySelectorAll('p')).filter(isWordListItem);
  let list: HTMLElement | null = null;
  let ordered = false;
  for (const p of items) {
    const kind = wordMarker(p);
    const previous = p.previousElementSibling;
    if (!list || previous !== list || kind.ordered !== ordered) {
      list = p.ownerDocument.createElement(kind.ordered ? 'ol' : 'ul');
      ordered = kind.ordered;
      p.before(list);
    }
    const li = p.ownerDocument.createElement('li');
    const para = p.ownerDocument.createElement('p');
    para.append(...Array.from(p.childNodes));
    li.append(para);
    list.append(li);
    p.remove();
  }
}

export function cleanPastedHtml(html: string): string {
  // Parsed as it came, its <style> elements and style attributes would each be reported as a
  // violation of the page's CSP (style-src 'self'), which a parsed document shares: the style
  // sheets go first, and the attributes are read under another name.
  const doc = new DOMParser().parseFromString(
    html.replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)/gi, '').replace(/(<[a-zA-Z][^>]*?\s)style(\s*=)/g, `$1${STYLE}$2`),
    'text/html',
  );
  const root = doc.body;
  // Comments, Word's conditional comments among them.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  root.querySelectorAll(DROPPED).forEach((el) => el.remove());

  wordLists(root);
  // Word's list markers (`<span style="mso-list:Ignore">1.&nbsp;&nbsp;</span>`), now in their items.
  root.querySelectorAll(`[${STYLE}*="mso-list" i]`).forEach((el) => {
    if (/mso-list:\s*ignore/.test(styleOf(el))) el.remove();
  });

  for (const el of Array.from(root.querySelectorAll('*'))) {
    // Namespaced tags (<o:p>, <v:shape>, <w:sdt>…): their words, if any, without the tag.
    if (el.tagName.includes(':')) {
      unwrap(el);
      continue;
    }
    const weight = declared(el, 'font-weight');
    const fontStyle = declared(el, 'font-style');
    const tag = el.tagName;
    if ((tag === 'B' || tag === 'STRONG') && (isNormalWeight(weight) || el.id.startsWith('docs-internal-guid'))) {
      // Google Docs' wrapper, and any bold tag its own style says is not bold.
      unwrap(el);
      continue;
    }
    if ((tag === 'I' || tag === 'EM') && fontStyle === 'normal') {
      unwrap(el);
      continue;
    }
    // Headings carry their own weight: no bold (or italic) mark for how a word processor draws them.
    if (/^H[1-6]$/.test(tag)) continue;
    if (/^(italic|oblique)/.test(fontStyle) && tag !== 'I' && tag !== 'EM') wrapChildren(el, 'em');
    if (isBold(weight) && tag !== 'B' && tag !== 'STRONG') wrapChildren(el, 'strong');
  }

  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) {
      if (name === 'href' && el.tagName === 'A') continue;
      // An atom copied inside the editor (its block), and ProseMirror's note of how the slice was cut.
      if (name === 'data-block' || name === 'data-pm-slice') continue;
      el.removeAttribute(name);
    }
  }
  return root.innerHTML;
}
