/**
 * The hostile-input corpus of e2e/hostile-input.spec.ts: strings and requests that must be
 * refused (4xx with a message) or be harmless (a normal page), never a 5xx, never reflected
 * unescaped, and never written to the database. Every input here is one that must write
 * nothing: nothing in it is a valid sign-up, a valid sign-in attempt (a wrong password with a
 * well-formed address is counted by the sign-in throttle, as it should be) or an authorised call.
 *
 * XSS payloads all carry 31337 so a reflection is easy to find.
 */

export const SQL_INJECTION: string[] = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "' OR 1=1; DROP TABLE articles; --",
  '" OR ""="',
  "'; DELETE FROM readers; --",
  "1; UPDATE articles SET title='pwned'",
  "1' UNION SELECT email, password_hash FROM staff_users --",
  '1 UNION ALL SELECT NULL,NULL,NULL--',
  "admin'--",
  "' AND (SELECT count(*) FROM sqlite_master) > 0 --",
  '1) OR (1=1',
  "'||(SELECT sqlite_version())||'",
  '1 AND randomblob(1000000000)',
  "'; ATTACH DATABASE '/tmp/x.db' AS x; --",
  "x'; PRAGMA writable_schema=1; --",
  '1e309',
  "%' AND 1=0 UNION SELECT 1,2,3 --",
  "\\'; DROP TABLE tags; --",
  '`; DROP TABLE sections; --`',
  "' OR 'x' LIKE '%",
  '1/**/OR/**/1=1',
  "'; SELECT load_extension('/tmp/evil'); --",
  '?;?;?',
  ':id',
  '$1',
];

export const XSS: string[] = [
  '<script>alert(31337)</script>',
  '"><script>alert(31337)</script>',
  "'><script>alert(31337)</script>",
  '"><img src=x onerror=alert(31337)>',
  '<img src=x onerror=alert(31337)>',
  '<svg onload=alert(31337)>',
  '<svg/onload=alert(31337)>',
  '" onfocus="alert(31337)" autofocus="',
  "' onmouseover='alert(31337)'",
  'javascript:alert(31337)',
  'JaVaScRiPt:alert(31337)',
  '<iframe src=javascript:alert(31337)>',
  '<body onload=alert(31337)>',
  '<details open ontoggle=alert(31337)>',
  '</title><script>alert(31337)</script>',
  '</textarea><script>alert(31337)</script>',
  '</script><script>alert(31337)</script>',
  '<a href="javascript:alert(31337)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(31337)>',
  '<!--<img src="--><img src=x onerror=alert(31337)>',
  '{{constructor.constructor("alert(31337)")()}}',
  '${alert(31337)}',
  '<scr<script>ipt>alert(31337)</scr</script>ipt>',
  '&lt;script&gt;alert(31337)&lt;/script&gt;',
  '<style>@import "javascript:alert(31337)"</style>',
  '<object data="data:text/html,<script>alert(31337)</script>">',
  ']]><script>alert(31337)</script>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
];

export const FTS5_SYNTAX: string[] = [
  'NEAR(oil gas, 2)',
  'title:oil',
  '{title lede}:oil',
  '^oil',
  'oil AND',
  'AND OR NOT',
  '"unbalanced',
  '(((((oil',
  'oil*)',
  '* * *',
  'oil NOT NOT gas',
  '- - -',
  '"" "" ""',
  "articles_fts MATCH 'x'",
  'rank:bm25(articles_fts)',
  'oil OR OR OR gas',
];

/** Raw pieces of URL: invalid UTF-8, overlong encodings, NUL, encoded separators. Sent as is. */
export const BAD_ENCODING: string[] = [
  '%C0%AF',
  '%FF',
  '%FE%FF',
  '%00',
  'a%00b',
  '%',
  '%%',
  '%G0',
  '%E2%82',
  '%ED%A0%80',
  '%C0%80',
  '%F4%90%80%80',
  '%EF%BF%BF',
  '%E2%80%AE',
  '%0D%0ASet-Cookie:%20x=1',
  '%5C..%5C..%5Cwindows',
  '%252e%252e%252f',
  '%u0041',
  '%F0%9F%92%A9',
  '%FF%FE%00%00',
];

/** Path traversal in file and slug segments (raw, already URL-escaped where needed). */
export const TRAVERSAL: string[] = [
  '..%2F..%2Fetc%2Fpasswd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  '..%5C..%5Cetc%5Cpasswd',
  '....%2F%2F....%2F%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fdata%2fe2e%2fnews.db',
  '..%252F..%252Fetc%252Fpasswd',
  '%2Fetc%2Fpasswd',
  'file%3A%2F%2F%2Fetc%2Fpasswd',
  '..%2F..%2F.env',
  '..%2Fnews.db',
  '%2E%2E',
  '.',
  '%2e',
  'derived%2F..%2F..%2Fnews.db',
  'x-640.webp%00.png',
  'x-640.webp%2F..%2F..%2Fetc%2Fpasswd',
  'CON',
  'aux.webp',
  '~root',
];

/** Page numbers for `?page=` and `/_list/…/{page}`. */
export const PAGE_NUMBERS: string[] = [
  '0',
  '-1',
  '-0',
  '+2',
  '00',
  '01',
  '1.5',
  '1e3',
  '0x10',
  '2147483648',
  '9007199254740993',
  '999999999999999999999999',
  'NaN',
  'Infinity',
  'abc',
  '',
  ' 2',
  '2 ',
  '%00',
  '%FF',
  '２',
  '٢',
];

/** Strings whose length is the attack. */
export const OVERLONG: string[] = [
  'a'.repeat(2_000),
  'oil '.repeat(500),
  `${'-'.repeat(400)}x`,
  `${'"'.repeat(500)}`,
  `${'('.repeat(1_000)}oil`,
  'я'.repeat(600),
  '💥'.repeat(300),
];

/** Control and invisible characters. */
export const CONTROL: string[] = [
  '\u0000',
  'oil\u0000gas',
  '\u0007\u0008\u001b[31m',
  '\r\n\r\n<html>',
  '\u202eevil',
  '\u200b\u200b',
  '\uFEFF',
  '\uE000oil\uE001',
  '\t\v\f',
];

/** Every text payload, once. */
export const TEXT_PAYLOADS: string[] = [
  ...new Set([...SQL_INJECTION, ...XSS, ...FTS5_SYNTAX, ...OVERLONG, ...CONTROL]),
];

/**
 * Fragments that must never appear in an HTML or XML body as they were sent (escaped, they
 * read `&lt;script&gt;…`, `&quot; onfocus=…` or `\u003cscript…` inside scripts).
 */
export const UNESCAPED_MARKERS: string[] = [
  '<script>alert(31337',
  '<img src=x onerror=',
  '<svg onload=',
  '<svg/onload=',
  '" onfocus="alert(31337)',
  "' onmouseover='alert(31337)",
  'href="javascript:alert(31337)',
  'href=javascript:',
  '<iframe src=javascript:',
  '<body onload=',
  '<details open ontoggle=',
  '<object data=',
  '<!doctype x [<!entity',
];

/** Reader sign-up forms that must be refused (none is a valid address with a valid password). */
export const SIGNUP_FORMS: Record<string, string>[] = [
  {},
  { email: '', name: '', password: '' },
  { email: "' OR '1'='1", name: 'Bobby', password: 'a long enough password' },
  { email: 'x@example.com"; DROP TABLE readers; --', name: 'Bobby', password: 'a long enough password' },
  {
    email: '<script>alert(31337)</script>@example.com',
    name: '<script>alert(31337)</script>',
    password: 'a long enough password',
  },
  { email: 'hostile-short@example.test', name: '"><img src=x onerror=alert(31337)>', password: 'short' },
  { email: 'hostile-longname@example.test', name: 'n'.repeat(81), password: 'a long enough password' },
  { email: 'hostile-blank@example.test', name: '   ', password: 'a long enough password' },
  { email: 'hostile-nul@example.test\u0000', name: 'Nul', password: 'a long enough password' },
  { email: `${'a'.repeat(250)}@example.test`, name: 'Long', password: 'a long enough password' },
  { email: 'hostile-pw@example.test', name: 'Long password', password: 'p'.repeat(5_000) },
  { email: 'javascript:alert(31337)', name: 'x', password: 'a long enough password', next: 'javascript:alert(31337)' },
  { email: 'hostile-nopw@example.test', name: 'No password' },
  {
    email: 'hostile-next@example.test',
    name: "' onmouseover='alert(31337)'",
    password: 'short',
    next: '//evil.example/',
  },
  { email: 'hostile-next2@example.test', name: 'x', password: 'short', next: '/admin' },
  { email: 'hostile-next3@example.test', name: 'x', password: 'short', next: '/\\evil.example' },
];

/** Sign-in forms (readers' and staff's) that must be refused before any password is checked. */
export const SIGNIN_FORMS: Record<string, string>[] = [
  {},
  { email: '', password: '' },
  { email: "' OR '1'='1", password: "' OR '1'='1" },
  { email: "admin@example.com' --", password: 'x' },
  { email: 'x@example.com" OR ""="', password: 'x' },
  { email: '<script>alert(31337)</script>', password: 'x', next: '<script>alert(31337)</script>' },
  { email: '"><img src=x onerror=alert(31337)>', password: 'x' },
  { email: 'nobody@example.test', password: '' },
  { email: 'nobody@example.test', password: 'p'.repeat(257) },
  { email: 'no-at-sign', password: 'x' },
  { email: `${'a'.repeat(300)}@example.test`, password: 'x' },
  { email: 'x@example.test\u0000', password: 'x' },
  { email: 'javascript:alert(31337)', password: 'x', next: 'javascript:alert(31337)' },
  { email: '%00', password: '%00', next: '//evil.example' },
];

/** Bookmark forms a signed-in reader may send that must be refused (bad or unknown ids, bad actions). */
export const BOOKMARK_FORMS: Record<string, string>[] = [
  {},
  { articleId: '', action: 'add' },
  { articleId: '0', action: 'add' },
  { articleId: '-1', action: 'add' },
  { articleId: '01', action: 'add' },
  { articleId: '1e3', action: 'add' },
  { articleId: '1.5', action: 'add' },
  { articleId: '1 OR 1=1', action: 'add' },
  { articleId: '1; DELETE FROM bookmarks; --', action: 'remove' },
  { articleId: '9999999999999999', action: 'add' },
  { articleId: '99999999999999999999', action: 'add' },
  { articleId: '999999999', action: 'add' },
  { articleId: '999999999', action: 'remove' },
  { articleId: '1', action: 'delete' },
  { articleId: '1', action: '<script>alert(31337)</script>' },
  { articleId: '1', action: '' },
  { articleId: '%00', action: 'add' },
  { articleId: '1', action: 'add', next: 'javascript:alert(31337)' },
];

/** Bodies that are not the form a route handler expects. */
export const WRONG_BODIES: { name: string; contentType: string; body: string | Buffer }[] = [
  {
    name: 'JSON',
    contentType: 'application/json',
    body: '{"email":"x@example.test","password":"x","__proto__":{"admin":true}}',
  },
  { name: 'broken JSON', contentType: 'application/json', body: '{"email": ' },
  {
    name: 'XML',
    contentType: 'application/xml',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  { name: 'plain text', contentType: 'text/plain', body: 'email=x&password=y' },
  { name: 'multipart without boundary', contentType: 'multipart/form-data', body: 'garbage' },
  {
    name: 'multipart with a wrong boundary',
    contentType: 'multipart/form-data; boundary=nope',
    body: '--other\r\nContent-Disposition: form-data; name="email"\r\n\r\nx\r\n--other--',
  },
  {
    name: 'truncated multipart',
    contentType: 'multipart/form-data; boundary=b',
    body: '--b\r\nContent-Disposition: form-data; name="email"\r\n\r\nx',
  },
  {
    name: 'binary',
    contentType: 'application/octet-stream',
    body: Buffer.from([0xff, 0xfe, 0x00, 0x00, 0xc0, 0xaf, 0x00]),
  },
  {
    name: 'invalid UTF-8 urlencoded',
    contentType: 'application/x-www-form-urlencoded',
    body: Buffer.from('email=%C0%AF&password=%FF&next=%00', 'latin1'),
  },
  {
    name: 'raw invalid UTF-8 urlencoded',
    contentType: 'application/x-www-form-urlencoded',
    body: Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xc0, 0xaf]),
  },
  { name: 'no content type', contentType: '', body: 'email=x' },
  {
    name: 'oversized urlencoded (64 KB)',
    contentType: 'application/x-www-form-urlencoded',
    body: `email=${'a'.repeat(64 * 1024)}&password=x`,
  },
];
