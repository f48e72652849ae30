/**
 * Where this server reaches itself over loopback (the scheduler's publish-due call, the signed-in
 * splice's read of the shared page). scripts/serve.ts sets SELF_ORIGIN from the address it
 * listens on, so a server started with `-H 10.0.0.5` is not called on localhost, where nothing
 * listens; `next start` records its own origin for its workers.
 */
let cached: { text: string; url: URL } | undefined;

export function selfOrigin(): URL {
  const text =
    process.env.SELF_ORIGIN || process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
  if (cached?.text !== text) cached = { text, url: new URL(text) };
  return cached.url;
}
