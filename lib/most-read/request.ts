/** Reading the beacon's body: a story id, as text (what `navigator.sendBeacon` sends) or JSON `{"id": n}`. */

/** Bodies past this many bytes are refused unread (an id is at most 16 digits; JSON adds a little). */
export const MAX_BODY_BYTES = 64;

/** The story id in a beacon's body, or null when the body is not one. */
export function parseArticleId(body: string): number | null {
  const text = body.trim();
  let value: unknown = text;
  if (text.startsWith('{')) {
    try {
      value = (JSON.parse(text) as { id?: unknown })?.id;
    } catch {
      return null;
    }
  }
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string' || !/^[1-9]\d{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * The reader's address for the dedupe key: the LAST entry of X-Forwarded-For, the one the proxy
 * nearest to us wrote. deploy/nginx.conf overwrites the header with the address it saw; a proxy
 * that appends instead ($proxy_add_x_forwarded_for) leaves the first entry to the client, and a
 * script could then count once per made-up address. Without a proxy, Next fills the header from
 * the socket when it is absent. (With another proxy in front of nginx, the last entry would be
 * that proxy's: the count would then merge the readers behind each of its nodes.)
 */
export function readerAddress(headers: Headers): string {
  const entries = headers.get('x-forwarded-for')?.split(',') ?? [];
  const last = entries[entries.length - 1]?.trim();
  return last ? last.slice(0, 64) : 'unknown';
}
