/**
 * The check proxy.ts makes of a server action call before Next reads it (docs/adr/0008), held
 * against React itself: every call React's client encoder writes for the values our forms send
 * passes, and every body the check lets through, React's server decoder reads without throwing
 * (a throw there is a 500 from Next). Hostile bodies are generated with fast-check.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { checkActionRequest, type ActionRequestCheck } from '@/lib/security/action-request';

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** A body as the check and the decoder both take it: a text body, or a form's entries. */
type Body = string | [string, string][];

const text = (body: string) => new TextEncoder().encode(body) as Uint8Array<ArrayBuffer>;

async function check(body: Body, fetchAction = true): Promise<ActionRequestCheck> {
  if (typeof body === 'string')
    return checkActionRequest({ fetchAction, contentType: 'text/plain;charset=UTF-8', body: text(body) });
  const form = new FormData();
  for (const [key, value] of body) form.append(key, value);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const bytes = new Uint8Array(await request.arrayBuffer());
  return checkActionRequest({ fetchAction, contentType: request.headers.get('content-type')!, body: bytes });
}

/** React's server decoder, in a child with the `react-server` condition: "ok" or its error. */
function decode(bodies: Body[]): string[] {
  const result = spawnSync(
    process.execPath,
    ['--conditions', 'react-server', path.join(process.cwd(), 'tests', 'helpers', 'decode-reply.mjs')],
    { input: JSON.stringify(bodies), encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as string[];
}

function entries(reply: string | FormData): Body {
  return typeof reply === 'string' ? reply : [...reply.entries()].map(([k, v]) => [k, String(v)]);
}

// What our forms' states and fields hold: strings (some starting with `$`), numbers of every kind,
// booleans, null, undefined, dates and nested records and lists.
const leaf = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('$', '$$', '$K1', '$@1', '$1', '$undefined', '$h0'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
  fc.bigInt(),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).node;
const fields = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 30 })), {
  maxLength: 5,
});

describe('server action calls (proxy.ts)', () => {
  it("passes every call React's encoder writes for our forms' values, and React decodes each", async () => {
    const samples = fc.sample(fc.tuple(fc.array(value, { maxLength: 3 }), fields, fc.boolean()), {
      numRuns: 300,
      seed: 17,
    });
    const bodies: Body[] = [];
    for (const [args, formFields, withForm] of samples) {
      const form = new FormData();
      for (const [k, v] of formFields) form.append(k, v);
      const body = entries(await encodeReply(withForm ? [...args, form] : args));
      const verdict = await check(body);
      assert.deepEqual(verdict, { ok: true }, `refused ${JSON.stringify(body)}`);
      bodies.push(body);
    }
    const decoded = decode(bodies);
    decoded.forEach((result, i) => assert.equal(result, 'ok', JSON.stringify(bodies[i])));
  });

  it('lets through nothing React cannot decode, over generated hostile bodies', async () => {
    const tag = fc.constantFrom(
      '',
      '@',
      'h',
      'T',
      'Q',
      'W',
      'K',
      'i',
      'B',
      'n',
      'D',
      'u',
      'I',
      'N',
      '-',
      'A',
      'R',
      'Z',
      '$',
    );
    const reference = fc
      .tuple(tag, fc.oneof(fc.constantFrom('0', '1', '2', 'a', 'x', '1:a', '-1', ''), fc.string({ maxLength: 4 })))
      .map(([t, id]) => `$${t}${id}`);
    const model = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', maxDepth: 5 },
        { arbitrary: reference, weight: 2 },
        { arbitrary: fc.string({ maxLength: 6 }), weight: 2 },
        { arbitrary: fc.integer(), weight: 1 },
        { arbitrary: fc.constant(null), weight: 1 },
        { arbitrary: fc.array(tie('node'), { maxLength: 3 }), weight: 1 },
        {
          arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 3, noNullPrototype: true }),
          weight: 1,
        },
      ),
    })).node;
    // Mostly a list of arguments (what a call's first row must be), sometimes any JSON or none.
    const row = fc.oneof(
      { arbitrary: fc.array(model, { maxLength: 3 }).map((m) => JSON.stringify(m)), weight: 4 },
      { arbitrary: model.map((m) => JSON.stringify(m)), weight: 1 },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    );
    const body: fc.Arbitrary<Body> = fc.oneof(
      row,
      fc
        .tuple(row, fc.array(fc.tuple(fc.constantFrom('1', '2', '10', '_1_x', '_2_y'), row), { maxLength: 3 }))
        .map(([root, rest]): [string, string][] => [['0', root], ...rest]),
      fc.array(fc.tuple(fc.constantFrom('0', '1', '2'), row), { maxLength: 3 }),
    );
    const samples = fc.sample(body, { numRuns: 1500, seed: 42 });
    const passed: Body[] = [];
    for (const b of samples) if ((await check(b)).ok) passed.push(b);
    assert.ok(passed.length > 100, `only ${passed.length} generated bodies passed: the generator is too narrow`);
    const decoded = decode(passed);
    decoded.forEach((result, i) =>
      assert.equal(result, 'ok', `passed but React says ${result}: ${JSON.stringify(passed[i])}`),
    );
  });

  it('refuses bodies React cannot decode with 400, and names why', async () => {
    for (const body of [
      '',
      '{',
      'null',
      '1',
      '{"id":1}',
      '["$K99","$@1","$Q2"]',
      '["$h1"]',
      '["$B1"]',
      '["$T"]',
      '["$nx"]',
      '["$1:a:b"]',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ]) {
      const verdict = await check(body);
      assert.equal(verdict.ok, false, body.slice(0, 40));
      if (!verdict.ok) {
        assert.equal(verdict.status, 400);
        assert.match(verdict.message, /^Bad Request: /);
      }
    }
    const notUtf8 = await checkActionRequest({
      fetchAction: true,
      contentType: 'text/plain',
      body: new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]),
    });
    assert.equal(notUtf8.ok, false);
    assert.equal((await check([['1', '[]']])).ok, false, 'a form without row 0');
    assert.equal(
      (
        await check([
          ['0', '["$@1"]'],
          ['1', '{'],
        ])
      ).ok,
      false,
      'a row that is not JSON',
    );
    assert.deepEqual(
      await check([
        ['0', '["$@1"]'],
        ['1', '["$@1","$K2"]'],
      ]),
      { ok: true },
      'rows in a cycle are checked once',
    );
  });

  it('reads a multipart body the way Next does, and checks a bound action posted without JavaScript', async () => {
    const broken = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[\r\n--x';
    for (const [contentType, body] of [
      ['multipart/form-data; boundary=x', broken],
      ['multipart/form-data', 'garbage'],
    ]) {
      for (const fetchAction of [true, false]) {
        const verdict = await checkActionRequest({ fetchAction, contentType, body: text(body) });
        assert.equal(verdict.ok, false, `${contentType} ${fetchAction}`);
      }
    }
    // What React's form posts hold without JavaScript: an action id, or a bound action's record.
    assert.deepEqual(
      await check(
        [
          ['$ACTION_ID_00ab', ''],
          ['name', '$x'],
        ],
        false,
      ),
      { ok: true },
    );
    const bound: [string, string][] = [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{"id":"00ab","bound":"$@1"}'],
      ['$ACTION_1:1', '[{"status":"idle"}]'],
      ['$ACTION_KEY', 'k0'],
      ['title', 'x'],
    ];
    assert.deepEqual(await check(bound, false), { ok: true });
    // Bound-action records the check refuses: cut short, a bad id with a missing row, not a record.
    for (const record of ['{"id":', '{"id":"x","bound":"$@1"}', '[]']) {
      const unbound: Body = [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', record],
      ];
      assert.equal((await check(unbound, false)).ok, false, record);
    }
    // A multipart post that names no action, and a URL-encoded one, are left to Next.
    assert.deepEqual(await check([['q', 'oil']], false), { ok: true });
    assert.deepEqual(
      await checkActionRequest({
        fetchAction: true,
        contentType: 'application/x-www-form-urlencoded',
        body: text('0=x'),
      }),
      { ok: true },
    );
  });
});
