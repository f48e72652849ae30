/**
 * A patch to Next 16.4.6's prebuilt App Router runtimes (node_modules/next/dist/compiled/
 * next-server/app-page*.runtime.prod.js), run after patch-package on install. Those files are
 * minified into lines of ~300 KB, so a patch-package diff would hold each line twice; this
 * script makes a few small, checked edits instead and fails loudly when the code it expects is
 * not there (a new Next version must be looked at again).
 *
 * The fault: a server action call whose body React cannot read (not JSON, truncated multipart,
 * a reference to a row that was never sent, nesting deep enough to overflow the stack) throws
 * while Next decodes the arguments, and Next answers every throw of a fetch action with 500.
 * Patched: an error thrown before the action itself started answers 400 with a short
 * plain-text message (413 for Next's own body-size error); errors from the action itself are
 * left exactly as they were.
 *
 * Also: a call from another site (Next's CSRF check of the Origin) answered 500 too, and an
 * Origin that is not a URL threw a TypeError (500). Both now answer 403 with a message. The
 * site's proxy (proxy.ts) refuses these first for calls with a `Next-Action` header; this
 * covers the no-JavaScript form posts (a multipart body naming `$ACTION_ID_…`) it cannot see.
 *
 * Idempotent: a patched file is recognised and left alone. `--check` only reports.
 */
import fs from 'node:fs';
import path from 'node:path';

const MARK = 'newsroomActionStarted';
const dir = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'compiled', 'next-server');
const files = [
  'app-page.runtime.prod.js',
  'app-page-turbo.runtime.prod.js',
  'app-page-experimental.runtime.prod.js',
  'app-page-turbo-experimental.runtime.prod.js',
];
const checkOnly = process.argv.includes('--check');

function fail(file, what) {
  console.error(`patch-next-runtime: ${file}: ${what} not found; Next changed, the patch needs a new look.`);
  process.exit(1);
}

/** The source with the edits, or null when it already has them. */
export function patch(source, file = 'runtime') {
  if (source.includes(MARK)) return null;
  // 1. executeActionAndPrepareForRender marks the request store as it starts the action, after
  //    refusing arguments that are not a list (a body of `null` or `1` decodes to that, and
  //    `action.apply(null, args)` then threw a TypeError: a 500).
  const start =
    /(\w+)\.phase="action";(?=let \w+=\w+;if\((\w+)\.length>1e3\)throw Error\(`Server Action arguments list is too long)/;
  const startMatch = start.exec(source);
  if (!startMatch) fail(file, 'executeActionAndPrepareForRender');
  source = source.replace(
    start,
    `if(!Array.isArray($2))throw Error("Invalid Server Actions request: the arguments are not a list.");$1.phase="action";$1.${MARK}=!0;`,
  );

  // 2. handleAction (its parameters name the response, the request store and the metadata).
  const head =
    /async function \w+\(\{req:\w+,res:(\w+),ComponentMod:\w+,generateFlight:\w+,workStore:\w+,requestStore:(\w+),serverActions:\w+,ctx:\w+,metadata:(\w+)\}\)\{/.exec(
      source,
    );
  if (!head) fail(file, 'handleAction');
  const [, res, store, metadata] = head;
  const end = source.indexOf(`.phase="action";`, head.index);
  if (end < 0) fail(file, 'the end of handleAction');
  const body = source.slice(head.index, end);
  const renderResult = /result:(\w+)\.fromStatic\(/.exec(body);
  if (!renderResult) fail(file, 'RenderResult');
  const rr = renderResult[1];

  // 3. An Origin that is not a URL is just another site's.
  const originUrl = /"null"===(\w+)\?"null":new URL\(\1\)\.host:void 0/;
  if (!originUrl.test(body)) fail(file, 'the Origin parsing');
  // 4. Another site's call: 403 with a message instead of a thrown error (500).
  const csrf =
    /let (\w+)=Error\("Invalid Server Actions request\."\);if\(\w+\)\{\w+\.statusCode=500,\w+\.statusCode=500;let \w+=Promise\.reject\(\1\);try\{await \w+\}catch\{\}return\{type:"done",result:await \w+\(\w+,\w+,\{actionResult:\w+,skipPageRendering:!0,temporaryReferences:\w+\}\)\}\}throw \1\}/;
  if (!csrf.test(body)) fail(file, 'the CSRF refusal');
  const refused =
    `return ${res}.statusCode=403,${metadata}.statusCode=403,${res}.setHeader("content-type","text/plain; charset=utf-8"),` +
    `{type:"done",result:${rr}.fromStatic("Refused: this form was not sent from this site.","text/plain; charset=utf-8")}}`;
  const patchedBody = body
    .replace(
      originUrl,
      (_m, o) => `"null"===${o}?"null":(()=>{try{return new URL(${o}).host}catch{return"not a URL"}})():void 0`,
    )
    .replace(csrf, refused);
  source = source.slice(0, head.index) + patchedBody + source.slice(end);

  // 5. handleAction's last catch answers errors thrown before the mark of 1 with 400 (or 413).
  const catches = [...patchedBody.matchAll(/\}catch\((\w+)\)\{if\(/g)];
  const last = catches.at(-1);
  if (!last) fail(file, "handleAction's catch");
  const err = last[1];
  const at = head.index + last.index + last[0].length - 'if('.length;
  const inserted =
    `if(!${store}.${MARK}&&!(${err}&&"string"==typeof ${err}.digest&&${err}.digest.startsWith("NEXT_"))){` +
    `let __newsroomStatus=${err}&&413===${err}.statusCode?413:400;` +
    `${res}.statusCode=__newsroomStatus;${metadata}.statusCode=__newsroomStatus;` +
    `${res}.setHeader("content-type","text/plain; charset=utf-8");` +
    `return{type:"done",result:${rr}.fromStatic(413===__newsroomStatus?"The form is too large (at most 1 MB).":"Bad Request: this server action call could not be read.","text/plain; charset=utf-8")}}`;
  return source.slice(0, at) + inserted + source.slice(at);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of files) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) fail(name, 'the file');
    const patched = patch(fs.readFileSync(file, 'utf8'), name);
    if (patched === null) console.log(`patch-next-runtime: ${name} already patched`);
    else if (checkOnly) fail(name, 'the patch (run `node scripts/patch-next-runtime.mjs`)');
    else {
      fs.writeFileSync(file, patched);
      console.log(`patch-next-runtime: ${name} patched`);
    }
  }
}
