/**
 * Responses shared by the file-serving route handlers (pictures, crops, share images), and the
 * capped body reader of the handlers that take a post (the proxy, the upload route).
 */

export function notFoundResponse(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}

/** A generated or stored image whose URL changes whenever its content does: cached forever. */
export function immutableImageResponse(data: Buffer, type: string): Response {
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': type,
      'Content-Length': String(data.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * The request's body, or null once it passes `limit` bytes: reading stops there, so an oversized
 * body is never held whole (a chunked body has no Content-Length to check first).
 */
export async function readBodyLimited(request: Request, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
