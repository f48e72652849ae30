/** Small HTTP helpers for the reader account route handlers (post-redirect-get, JSON for scripts). */
import { NextResponse } from 'next/server';

export const seeOther = (location: string) =>
  new NextResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

export const wantsJson = (request: Request) => (request.headers.get('accept') ?? '').includes('application/json');

/** A path on this site to return to after a form (never another site, never the admin). */
export function safeReturnPath(next: unknown, fallback = '/'): string {
  if (
    typeof next !== 'string' ||
    next.length > 300 ||
    !/^\/(?!\/)[A-Za-z0-9/_.~%?=&-]*$/.test(next) ||
    next.startsWith('/admin')
  )
    return fallback;
  return next;
}

/** Reads a small urlencoded or multipart form; null when it is missing, malformed or over `max` bytes. */
export async function readSmallForm(request: Request, max = 16 * 1024): Promise<FormData | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}
