/**
 * /admin/media/uploads/* — where resumable uploads (tus) of video, audio and files go. The
 * production server (scripts/serve.ts, `npm start`) answers them before Next: they stream to
 * disk, which Next's route handlers cannot promise. This route answers only where that server
 * does not run (`next dev`): 501 with what to do instead.
 */
import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

function notHere(): NextResponse {
  return NextResponse.json(
    {
      ok: false,
      message: 'Uploads of video, audio and files need the production server (npm start).',
    },
    { status: 501, headers: { 'Cache-Control': 'no-store' } },
  );
}

export const GET = notHere;
export const HEAD = notHere;
export const POST = notHere;
export const PATCH = notHere;
export const DELETE = notHere;
export const OPTIONS = notHere;
