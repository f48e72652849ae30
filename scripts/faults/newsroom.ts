/**
 * The newsroom's and readers' write paths over HTTP, as a browser and React call them, for the
 * scripts that drive a running production server (the crash test, the soak): staff sign-in,
 * server actions (ids from the build's manifest, bodies as React's encodeReply sends them),
 * reader sign-up and the session cookies they answer with.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A server action's id, from the build's server-reference manifest. */
export function actionId(distDir: string, filename: string, exportedName: string): string {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(data.node).find(([, e]) => e.filename === filename && e.exportedName === exportedName);
  if (!found) throw new Error(`no ${exportedName} (${filename}) in ${file}`);
  return found[0];
}

/** The article editor's save action id. */
export const saveActionId = (distDir: string) =>
  actionId(distDir, 'app/admin/articles/actions.ts', 'saveArticleAction');
/** The editor's publish/unpublish/schedule buttons' action id. */
export const changeStatusActionId = (distDir: string) =>
  actionId(distDir, 'app/admin/articles/actions.ts', 'changeStatusAction');

/**
 * What React's encodeReply sends for `action(previousState, formData)` (a form with
 * useActionState, `withState`) or `action(formData)` (a button's form); see
 * e2e/newsroom-authorization. A list value is sent as repeated fields.
 */
export function actionBody(fields: Record<string, string | string[]>, withState = true): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) body.append(`_1_${k}`, one);
  body.append('0', JSON.stringify(withState ? [{ status: 'idle' }, '$K1'] : ['$K1']));
  return body;
}

export function cookieFrom(response: Response, name: string): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!cookie) throw new Error(`no ${name} cookie (status ${response.status})`);
  return cookie.split(';')[0];
}

/** A POST to the server with its own Origin (as a browser on the site sends it), redirects not followed. */
export function postTo(
  origin: string,
  url: string,
  init: RequestInit & { headers?: Record<string, string> },
): Promise<Response> {
  return fetch(origin + url, {
    ...init,
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: origin, ...init.headers },
  });
}

/** Signs a staff member in through the sign-in form; returns the `newsroom_staff` cookie. */
export async function signInStaff(
  origin: string,
  staff: { email: string; password: string },
  ip: string,
): Promise<string> {
  const response = await postTo(origin, '/admin/session', {
    headers: { 'X-Forwarded-For': ip },
    body: new URLSearchParams({ email: staff.email, password: staff.password, next: '/admin' }),
  });
  await response.arrayBuffer();
  return cookieFrom(response, 'newsroom_staff');
}

/** Signs a new reader up through the sign-up form; returns the `meridian_reader` cookie. */
export async function signUpReader(
  origin: string,
  reader: { email: string; name: string; password: string },
  ip: string,
  next = '/bookmarks',
): Promise<string> {
  const response = await postTo(origin, '/reader/signup', {
    headers: { 'X-Forwarded-For': ip },
    body: new URLSearchParams({ email: reader.email, name: reader.name, password: reader.password, next }),
  });
  await response.arrayBuffer();
  return cookieFrom(response, 'meridian_reader');
}
