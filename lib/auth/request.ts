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
  return originIsThisSite(
    (name) => request.headers.get(name),
    () => new URL(request.url).protocol.replace(':', ''),
  );
}

/**
 * isSameOrigin for a Node request that the production server answers before Next (the tus
 * uploads): its headers as node:http gives them; without X-Forwarded-Proto the scheme is http.
 */
export function isSameOriginNode(headers: Record<string, string | string[] | undefined>): boolean {
  return originIsThisSite(
    (name) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    },
    () => 'http',
  );
}

function originIsThisSite(header: (name: string) => string | null | undefined, scheme: () => string): boolean {
  const origin = header('origin');
  if (!origin) return false;
  const allowed = new Set<string>();
  const host = header('x-forwarded-host') ?? header('host');
  if (host) {
    const proto = header('x-forwarded-proto') ?? scheme();
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
