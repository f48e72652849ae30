/**
 * Reads a server action call's body before Next does, and refuses what Next would answer with a
 * 500: a body React cannot decode throws inside Next's action handler, and Next answers every
 * such throw with 500 (docs/adr/0008). The check is an allow-list of what our newsroom's forms
 * send, not a second implementation of React's reply protocol: a JSON list of arguments, plain
 * JSON values, form data (`$K`), outlined rows (`$1`, `$@1`) that were sent, and the scalar tags
 * React's own `encodeReply` writes for them (tests/unit/action-request.test.ts encodes with it).
 * Anything else is refused with 400, whatever React might make of it.
 */

/** The verdict on one request: let it through, or answer with a status and a short message. */
export type ActionRequestCheck = { ok: true } | { ok: false; status: 400; message: string };

const PASS: ActionRequestCheck = { ok: true };
const UNREADABLE = 'Bad Request: this server action call could not be read.';

/** Deeper than any form state we send; React decodes a model recursively. */
const MAX_DEPTH = 32;

/**
 * `$` + tag: values React decodes without another row (`$$…` a string, `$undefined`, `$NaN`,
 * `$Infinity`, `$-0`, `$-Infinity`, `$D…` a date, `$n…` a BigInt); `$K` names form entries by
 * prefix. React reads only the tag of the first four, and throws on a BigInt that is not digits.
 */
const SCALAR = /^\$(?:[$uIND-][\s\S]*|n-?\d{1,300}|K[0-9a-f]{1,8})$/;
/** `$` + (`@`)? + hex id: another row of the same reply, which must have been sent. */
const ROW = /^\$@?([0-9a-f]{1,8})$/;

function refuse(message = UNREADABLE): ActionRequestCheck {
  return { ok: false, status: 400, message };
}

/** The rows a reply sent, by id: a form's text entries under the prefix, or a single text body as row 0. */
type Rows = (id: number) => string | undefined;

/**
 * Whether the reply rooted at row `rootId` decodes to a list of arguments using only what we
 * allow. Rows are parsed once each; a row referenced twice (or in a cycle) is checked once.
 */
export function checkReply(rows: Rows, rootId = 0): ActionRequestCheck {
  const root = rows(rootId);
  if (root === undefined) return refuse();
  const seen = new Set<number>();
  const pending: { id: number; text: string }[] = [{ id: rootId, text: root }];
  while (pending.length) {
    const { id, text } = pending.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return refuse();
    }
    if (id === rootId && !Array.isArray(value))
      return refuse('Bad Request: the arguments of a server action are a list.');
    // Depth-first over the value with an explicit stack: a hostile body must not overflow ours.
    const stack: [unknown, number][] = [[value, 1]];
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (typeof node === 'string') {
        if (!node.startsWith('$') || SCALAR.test(node)) continue;
        const row = ROW.exec(node);
        if (!row) return refuse('Bad Request: this server action call holds a value this site never sends.');
        const ref = parseInt(row[1], 16);
        const next = rows(ref);
        if (next === undefined) return refuse('Bad Request: this server action call refers to a part it did not send.');
        pending.push({ id: ref, text: next });
      } else if (node !== null && typeof node === 'object') {
        if (depth > MAX_DEPTH) return refuse('Bad Request: this server action call is nested too deeply.');
        for (const child of Object.values(node)) stack.push([child, depth + 1]);
      }
    }
  }
  return PASS;
}

/**
 * A form's text entry under a prefix, or undefined when absent (or a file). A row sent twice
 * counts as not sent: the WHATWG form keeps the first and React's decoder the last.
 */
function formRows(form: FormData, prefix: string): Rows {
  return (id) => {
    const values = form.getAll(`${prefix}${id}`);
    return values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
  };
}

/** What the proxy knows of the request besides its body. */
export interface ActionRequest {
  /** The `Next-Action` header is present: a call from the newsroom's JavaScript. */
  fetchAction: boolean;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

/** The result of reading a multipart body the way Next does (the WHATWG parser). */
async function readForm(contentType: string, body: Uint8Array<ArrayBuffer>): Promise<FormData | null> {
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
}

/**
 * The check for one request to a page. A call from JavaScript carries its arguments as a text
 * body or as rows of a multipart form; a form posted without JavaScript names its action in a
 * field (`$ACTION_ID_…`), or its bound arguments in rows under `$ACTION_n:` (`$ACTION_REF_n`).
 * A URL-encoded body is never decoded by Next as an action, so it is left to Next.
 */
export async function checkActionRequest({
  fetchAction,
  contentType,
  body,
}: ActionRequest): Promise<ActionRequestCheck> {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return PASS;
  if (type === 'multipart/form-data') {
    const form = await readForm(contentType, body);
    if (!form) return refuse('Bad Request: this form could not be read.');
    if (fetchAction) return checkReply(formRows(form, ''));
    for (const key of form.keys()) {
      const bound = /^\$ACTION_REF_(\d{1,6})$/.exec(key);
      if (!bound) continue;
      const check = checkBoundAction(formRows(form, `$ACTION_${bound[1]}:`));
      if (!check.ok) return check;
    }
    return PASS;
  }
  if (!fetchAction) return PASS;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return refuse();
  }
  return checkReply((id) => (id === 0 ? text : undefined));
}

/** A bound action's record (`{ id, bound }`, React's decodeAction) is an object, not a list. */
function checkBoundAction(rows: Rows): ActionRequestCheck {
  const root = rows(0);
  let record: unknown;
  try {
    record = root === undefined ? undefined : JSON.parse(root);
  } catch {
    return refuse();
  }
  if (!record || typeof record !== 'object' || typeof (record as { id?: unknown }).id !== 'string') return refuse();
  const bound = (record as { bound?: unknown }).bound;
  if (bound === null || bound === undefined) return PASS;
  // The bound arguments are a list in another row, checked like a call's arguments.
  const row = typeof bound === 'string' ? ROW.exec(bound) : null;
  if (!row) return refuse();
  return checkReply(rows, parseInt(row[1], 16));
}
