/**
 * Resumable uploads of video, audio and files (the tus protocol, `@tus/server` with
 * `@tus/file-store`) at /admin/media/uploads. The production server (scripts/serve.ts) hands
 * these requests here before Next and before any body is read, so a 2 GB video streams to disk
 * in chunks and is never held in memory; Next's request handling would buffer it.
 *
 * Every request is checked here, not by Next: a staff session (the cookie), the role's
 * `media.upload`, the same Origin for requests that change something, and that the upload
 * belongs to the caller. Partial uploads wait in MEDIA_DIR/uploads (never served); abandoned
 * ones are deleted after 24 hours. A finished upload goes to lib/av/accept.ts, which judges it
 * by its content and stores and records it, or refuses it (422 with the reason as the body,
 * which tus-js-client shows).
 */
import type http from 'node:http';
import path from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { acceptUpload } from '@/lib/av/accept';
import { UPLOADS_PATH } from '@/lib/av/upload-path';
import { isAvUploadKind, maxUploadBytes, sizeRefusal } from '@/lib/av/limits';
import { formatBytes } from '@/lib/format';
import { clientIp, isSameOriginNode } from '@/lib/auth/request';
import { can } from '@/lib/auth/roles';
import type { StaffUser } from '@/lib/auth/session';
import { log } from '@/lib/log';
import { mediaDir } from '@/lib/media-store';
import { onShutdown } from '@/lib/shutdown';

export { UPLOADS_PATH };
/** An upload not finished within this time is deleted (counted from its start, as tus-node does). */
export const UPLOAD_EXPIRY_MS = 24 * 3600 * 1000;
const CLEANUP_EVERY_MS = 3600 * 1000;

export function isUploadPath(pathname: string): boolean {
  return pathname === UPLOADS_PATH || pathname.startsWith(`${UPLOADS_PATH}/`);
}

/** Where partial uploads wait: inside MEDIA_DIR, but outside what /media serves. */
export function uploadsDir(): string {
  return path.join(mediaDir(), 'uploads');
}

/** A refusal thrown inside the tus hooks: @tus/server answers with its status and body. */
class Refusal {
  constructor(
    readonly status_code: number,
    readonly body: string,
  ) {}
}

type Caller = { staff: StaffUser; ip: string };
const callers = new WeakMap<http.IncomingMessage, Caller>();

function callerOf(req: http.IncomingMessage): Caller {
  const caller = callers.get(req);
  if (!caller) throw new Refusal(401, 'Sign in to upload.');
  return caller;
}

let tus: { server: Server; store: FileStore } | null = null;

function tusServer(): { server: Server; store: FileStore } {
  if (tus) return tus;
  const store = new FileStore({ directory: uploadsDir(), expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS });
  const server = new Server({
    path: UPLOADS_PATH,
    datastore: store,
    relativeLocation: true,
    // The largest kind is the overall cap; each kind's own limit is checked at creation.
    maxSize: () => maxUploadBytes(),
    async onUploadCreate(req, res, upload) {
      const { staff } = callerOf(req);
      const meta = upload.metadata ?? {};
      const kind = meta.kind;
      if (!isAvUploadKind(kind)) throw new Refusal(400, 'Say what the upload is: video, audio or file.');
      const filename = (meta.filename ?? '').trim();
      if (!filename || filename.length > 1000) throw new Refusal(400, 'The upload has no file name.');
      if (upload.size === undefined) throw new Refusal(400, 'Send the size of the file first (Upload-Length).');
      if (upload.size === 0) throw new Refusal(400, 'The file is empty.');
      const tooLarge = sizeRefusal(kind, upload.size);
      if (tooLarge) throw new Refusal(413, tooLarge);
      // Only these keys are kept: whatever else the client sent is dropped, and the owner is ours.
      const metadata: Record<string, string> = {
        filename: filename.slice(0, 1000),
        filetype: (meta.filetype ?? '').slice(0, 200),
        kind,
        title: (meta.title ?? '').slice(0, 300),
        uploadedBy: String(staff.id),
      };
      return { res, metadata };
    },
    async onIncomingRequest(req, _res, id) {
      const { staff } = callerOf(req);
      if (req.method === 'POST') return;
      // Upload ids are random, but an upload is still only its uploader's to continue or cancel.
      const upload = await store.getUpload(id);
      if (upload.metadata?.uploadedBy !== String(staff.id))
        throw new Refusal(403, 'This upload was started by someone else.');
    },
    async onUploadFinish(req, res, upload) {
      const { staff, ip } = callerOf(req);
      const meta = upload.metadata ?? {};
      const kind = meta.kind;
      let outcome;
      try {
        outcome = await acceptUpload({
          path: upload.storage?.path ?? path.join(uploadsDir(), upload.id),
          bytes: upload.size ?? upload.offset,
          declaredKind: isAvUploadKind(kind) ? kind : 'file',
          filename: meta.filename ?? '',
          title: meta.title ?? '',
          staffId: staff.id,
          ip,
        });
      } catch (err) {
        log.error({ err, upload: upload.id }, 'a finished upload could not be stored');
        throw new Refusal(500, 'The upload could not be stored. Try again.');
      } finally {
        // The file itself was moved or deleted; its tus record goes too.
        await store.configstore.delete(upload.id);
      }
      if (!outcome.ok) throw new Refusal(422, outcome.reason);
      const headers: Record<string, string> = {
        'Media-Id': String(outcome.id),
        'Media-Kind': outcome.kind,
        'Media-Url': `/admin/media/${outcome.id}`,
      };
      if (outcome.note) headers['Media-Note'] = outcome.note;
      return { res, headers };
    },
    onResponseError(_req, _res, err) {
      if ('status_code' in err && err.status_code === 413 && !(err instanceof Refusal))
        return {
          status_code: 413,
          body: `The file is larger than any upload we accept (${formatBytes(maxUploadBytes())}).`,
        };
      return undefined;
    },
  });
  tus = { server, store };
  return tus;
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  // A refused PATCH still has its body on the wire: the connection is not reused.
  res.setHeader('Connection', 'close');
  res.end(message);
}

/** Methods that change an upload must come from our own pages. */
const CHANGES = new Set(['POST', 'PATCH', 'DELETE']);

/**
 * Answers one request under /admin/media/uploads (the production server calls it). Never
 * rejects: a failure is logged and answered with 500, or the connection is cut once answering
 * has begun.
 */
export async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  try {
    res.setHeader('Cache-Control', 'no-store');
    // tus-node honours a method override; our checks below read the real method, so none is taken.
    delete req.headers['x-http-method-override'];
    const method = req.method ?? 'GET';
    // A finished upload is never read back through here (GET would serve the partial file).
    if (method === 'GET') return refuse(res, 405, 'Uploads cannot be read back.');
    // Loaded on first use: the session module brings React and next/headers, which the production
    // server must not load before it has set NODE_ENV (scripts/serve.ts imports this module early).
    const { staffForCookieHeader } = await import('@/lib/auth/session');
    const staff = staffForCookieHeader(req.headers.cookie);
    if (!staff) return refuse(res, 401, 'Sign in to upload.');
    if (CHANGES.has(method) && !isSameOriginNode(req.headers))
      return refuse(res, 403, 'Refused: this upload was not sent from this site.');
    if (!can(staff.role, 'media.upload')) return refuse(res, 403, 'Your role may not upload media.');
    const forwarded = req.headers['x-forwarded-for'];
    const ip = clientIp(
      new Headers({
        'x-forwarded-for': (Array.isArray(forwarded) ? forwarded[0] : forwarded) ?? req.socket.remoteAddress ?? '',
      }),
    );
    callers.set(req, { staff, ip });
    await tusServer().server.handle(req, res);
  } catch (err) {
    log.error({ err, method: req.method, url: req.url }, 'upload request failed');
    if (!res.headersSent) refuse(res, 500, 'The upload failed on the server. Try again.');
    else res.destroy();
  }
}

/** Deletes abandoned partial uploads; returns how many. */
export async function cleanUpExpiredUploads(): Promise<number> {
  try {
    return await tusServer().server.cleanUpExpiredUploads();
  } catch (err) {
    log.warn({ err }, 'cleaning up expired uploads failed');
    return 0;
  }
}

let cleanupTimer: NodeJS.Timeout | null = null;

/** Cleans up now and every hour (a timer that keeps no process alive), until shutdown. */
export function startUploadCleanup(): void {
  if (cleanupTimer) return;
  void cleanUpExpiredUploads();
  cleanupTimer = setInterval(() => void cleanUpExpiredUploads(), CLEANUP_EVERY_MS);
  cleanupTimer.unref();
  onShutdown(() => {
    if (cleanupTimer) clearInterval(cleanupTimer);
    cleanupTimer = null;
  });
}
