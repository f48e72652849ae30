/**
 * Reading a page the way a crawler does: the raw HTML of the first response, no browser,
 * no JavaScript. Only what stands before `</head>` counts as the head.
 */
export interface Head {
  title: string | null;
  /** meta name= / property= → every content, in order. */
  meta: Map<string, string[]>;
  /** link rel → every {href, type, title, sizes}. */
  links: Map<string, { href: string; type?: string; title?: string; sizes?: string }[]>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) attrs[m[1].toLowerCase()] = decodeEntities(m[2]);
  return attrs;
}

export function splitHead(html: string): { head: string; body: string } {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('no </head> in the response');
  return { head: html.slice(0, end), body: html.slice(end) };
}

export function parseHead(html: string): Head {
  const { head } = splitHead(html);
  const title = /<title>([^<]*)<\/title>/.exec(head);
  const meta = new Map<string, string[]>();
  for (const m of head.matchAll(/<meta\s[^>]*>/g)) {
    const a = attributes(m[0]);
    const key = a.property ?? a.name;
    if (key && a.content !== undefined) meta.set(key, [...(meta.get(key) ?? []), a.content]);
  }
  const links = new Map<string, { href: string; type?: string; title?: string; sizes?: string }[]>();
  for (const m of head.matchAll(/<link\s[^>]*>/g)) {
    const a = attributes(m[0]);
    if (!a.rel || !a.href) continue;
    links.set(a.rel, [...(links.get(a.rel) ?? []), { href: a.href, type: a.type, title: a.title, sizes: a.sizes }]);
  }
  return { title: title ? decodeEntities(title[1]) : null, meta, links };
}

/** Every JSON-LD object in the page (wherever it stands). */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1]) as unknown;
    return Array.isArray(data) ? (data as Record<string, unknown>[]) : [data as Record<string, unknown>];
  });
}

/** ISO 8601 with an explicit zone (Z or ±hh:mm). */
export const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The `<link rel="alternate" hreflang>` of a page's raw HTML, by language (what crawlers read). */
export function hreflangsOf(html: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const tag of html.match(/<link[^>]+hrefLang=[^>]+>|<link[^>]+hreflang=[^>]+>/gi) ?? []) {
    const lang = /hreflang="([^"]+)"/i.exec(tag)?.[1];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (lang && href) links[lang] = href.replace(/&amp;/g, '&');
  }
  return links;
}
