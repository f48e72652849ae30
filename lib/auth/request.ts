/**
 * Facts about the calling request that security decisions use.
 *
 * The client address comes from X-Forwarded-For (Next fills it from the socket when a
 * request arrives without one). In production the site runs behind a proxy that overwrites
 * that header with the real address (deploy/nginx.conf); without one it can be forged.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded ? forwarded.slice(0, 64) : 'unknown';
}

/** Mutations must come from our own pages: the Origin header must name this site. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const allowed = new Set<string>();
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) {
    const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
    allowed.add(`${proto}://${host}`);
  }
  if (process.env.SITE_URL) allowed.add(new URL(process.env.SITE_URL).origin);
  return allowed.has(origin);
}

/** Whether cookies must be `Secure`: the site is served over HTTPS. */
export function isHttps(headers: Headers): boolean {
  return headers.get('x-forwarded-proto') === 'https' || (process.env.SITE_URL ?? '').startsWith('https:');
}

/** A post-sign-in destination: only a path inside /admin on this site. */
export function safeAdminPath(next: unknown): string {
  if (typeof next !== 'string' || !/^\/admin(\/[A-Za-z0-9/_-]*)?$/.test(next)) return '/admin';
  return next;
}

/** A cookie's value from a request's Cookie header (route handlers that read it before any session lookup). */
export function cookieValue(request: Request, name: string): string | undefined {
  return cookieFromHeader(request.headers.get('cookie') ?? '', name);
}

/** A cookie's value from a Cookie header's text. */
export function cookieFromHeader(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
