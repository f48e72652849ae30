/**
 * POST /admin/media/upload — the media library's upload form (multipart: file, alt, caption,
 * credit). The body is read with a cap: anything over the limit answers 413 before it is
 * parsed. With `Accept: application/json` (the form's script) every answer is JSON with its
 * status; a plain form post gets 303 to the new picture, or back to the form with the messages
 * and the typed text, and a page with status 413 for an oversized file.
 */
import { NextResponse } from 'next/server';
import { currentStaff } from '@/lib/auth/session';
import { clientIp, isSameOrigin } from '@/lib/auth/request';
import { readBodyLimited } from '@/lib/http';
import { can } from '@/lib/auth/roles';
import { MAX_UPLOAD_BYTES, uploadFromForm, type UploadResult } from '@/lib/newsroom/media';

/** Room for the multipart framing and the text fields around the file. */
const MAX_BODY = MAX_UPLOAD_BYTES + 64 * 1024;

export const dynamic = 'force-dynamic';

const seeOther = (location: string) =>
  new NextResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

function tooLarge(wantsJson: boolean): NextResponse {
  const mb = Math.round(MAX_UPLOAD_BYTES / 1024 / 1024);
  const message = `The picture is larger than ${mb} MB.`;
  if (wantsJson)
    return NextResponse.json(
      { ok: false, message, fieldErrors: { file: `Choose a picture under ${mb} MB.` } },
      { status: 413 },
    );
  return new NextResponse(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Picture too large</title></head>` +
      `<body><main><h1>Picture too large</h1><p>${message} Choose a smaller file.</p><p><a href="/admin/media/new">Back to the upload form</a></p></main></body></html>`,
    {
      status: 413,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' },
    },
  );
}

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const staff = await currentStaff();
  if (!staff) {
    return wantsJson
      ? NextResponse.json({ ok: false, message: 'Sign in first.' }, { status: 401 })
      : seeOther('/admin/login?next=/admin/media/new');
  }
  if (!isSameOrigin(request))
    return NextResponse.json({ ok: false, message: 'Cross-site request refused.' }, { status: 403 });
  if (!can(staff.role, 'media.upload'))
    return NextResponse.json({ ok: false, message: 'Your role may not upload pictures.' }, { status: 403 });

  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY) return tooLarge(wantsJson);
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    return NextResponse.json({ ok: false, message: 'Send the upload form (multipart/form-data).' }, { status: 415 });
  }
  const body = await readBodyLimited(request, MAX_BODY);
  if (!body) return tooLarge(wantsJson);
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(body)]), { headers: { 'Content-Type': type } }).formData();
  } catch {
    return NextResponse.json({ ok: false, message: 'The upload form could not be read.' }, { status: 400 });
  }

  const result: UploadResult = await uploadFromForm(staff, form, clientIp(request.headers));
  if (result.ok) {
    return wantsJson
      ? NextResponse.json({ ok: true, id: result.id, url: `/admin/media/${result.id}?uploaded=1` }, { status: 201 })
      : seeOther(`/admin/media/${result.id}?uploaded=1`);
  }
  if (wantsJson)
    return NextResponse.json(
      { ok: false, message: result.message, fieldErrors: result.fieldErrors },
      { status: result.status },
    );
  if (result.status === 413) return tooLarge(false);
  const params = new URLSearchParams({ message: result.message, ...result.values });
  for (const [field, text] of Object.entries(result.fieldErrors)) params.set(`error.${field}`, text);
  return seeOther(`/admin/media/new?${params}`);
}
