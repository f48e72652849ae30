/**
 * POST /admin/media/{id}/captions — adds (or replaces) one language's captions of a video or
 * audio item from a WebVTT or SRT file (multipart: file, lang, label). A route, not a server
 * action: a file in a server action's body is a row the action check does not allow
 * (lib/security/action-request.ts, docs/adr/0008). The proxy has already refused other sites and
 * bodies over 1 MB. Done: 303 back to the item; refused: a short page with the reason, so a
 * corrupt file's message (with its line) never travels in a URL.
 */
import { NextResponse } from 'next/server';
import { clientIp, isSameOrigin } from '@/lib/auth/request';
import { can } from '@/lib/auth/roles';
import { currentStaff } from '@/lib/auth/session';
import { MAX_CAPTION_BYTES } from '@/lib/av/captions';
import { readBodyLimited } from '@/lib/http';
import { addCaptions } from '@/lib/newsroom/av';
import { parseId } from '@/lib/newsroom/forms';

export const dynamic = 'force-dynamic';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function refused(status: number, message: string, id: number | null): NextResponse {
  const back = id === null ? '/admin/media' : `/admin/media/${id}`;
  return new NextResponse(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Captions not added</title></head>` +
      `<body><main><h1>Captions not added</h1><p role="alert">${escape(message)}</p><p>Nothing was stored.</p>` +
      `<p><a href="${back}#captions-heading">Back to the item</a></p></main></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  );
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const staff = await currentStaff();
  if (!staff)
    return new NextResponse(null, {
      status: 303,
      headers: { Location: `/admin/login?next=${encodeURIComponent(`/admin/media/${id ?? ''}`)}` },
    });
  if (!isSameOrigin(request)) return refused(403, 'Refused: this form was not sent from this site.', id);
  if (!can(staff.role, 'admin.access')) return refused(403, 'Your role may not change captions.', id);
  if (id === null) return refused(404, 'That item does not exist.', null);
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return refused(415, 'Send the caption form.', id);
  const body = await readBodyLimited(request, MAX_CAPTION_BYTES + 16 * 1024);
  if (!body) return refused(413, `Caption files may be at most ${MAX_CAPTION_BYTES / 1024} KB.`, id);
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(body)]), { headers: { 'Content-Type': type } }).formData();
  } catch {
    return refused(400, 'The caption form could not be read.', id);
  }
  const result = await addCaptions(staff, id, form, clientIp(request.headers));
  if (!result.ok) return refused(result.status, result.message, id);
  return new NextResponse(null, {
    status: 303,
    headers: { Location: `/admin/media/${id}?done=captions`, 'Cache-Control': 'no-store' },
  });
}
