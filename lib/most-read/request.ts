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
