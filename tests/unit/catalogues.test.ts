/**
 * The message catalogues (messages/{code}.json), checked the way CI must: every edition has
 * exactly English's keys; every message is valid ICU in its edition's locale, with English's
 * argument and tag names and the plural forms its language needs; and every key of en.json is
 * used by the code (app/, components/, lib/), while the code uses no key en.json lacks.
 *
 * Usage is read from the sources' syntax (TypeScript's parser): a translator is a variable bound
 * to `useTranslations('Ns')`, `await getTranslations('Ns')` or `getTranslations({ namespace: 'Ns' })`,
 * and a key is the string literal of `t('key')`, `t.rich('key', …)`, `t.markup`, `t.raw` or `t.has`.
 * A template literal `t(`kinds.${kind}`)` uses every key under its fixed start; any other
 * computed key fails the test, since nothing could then prove a key unused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { IntlMessageFormat } from 'intl-messageformat';
import { EDITIONS } from '@/lib/editions';

type Catalogue = { [key: string]: string | Catalogue };

const root = process.cwd();
const read = (code: string): Catalogue =>
  JSON.parse(fs.readFileSync(path.join(root, 'messages', `${code}.json`), 'utf8')) as Catalogue;

/** Every message by its dotted path (`Chrome.menu`); a value that is neither text nor an object is reported. */
function flatten(catalogue: Catalogue, prefix = '', out = new Map<string, string>(), bad: string[] = []) {
  for (const [key, value] of Object.entries(catalogue)) {
    const at = prefix ? `${prefix}.${key}` : key;
    // next-intl reads a dot as nesting: a key holding one could never be reached.
    if (key.includes('.') || key === '') bad.push(`${at}: a key may not be empty or hold a dot`);
    if (typeof value === 'string') out.set(at, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, at, out, bad);
    else bad.push(`${at}: ${JSON.stringify(value)} is not a message`);
  }
  return { messages: out, bad };
}

const english = flatten(read('en')).messages;

// The ICU AST's element types (@formatjs/icu-messageformat-parser TYPE).
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  pluralType?: 'cardinal' | 'ordinal';
  children?: Element[];
}

interface Shape {
  /** `name` for an argument, `<name>` for a rich-text tag. */
  names: Set<string>;
  /** Each plural's argument with the categories it spells out (not `=0`-style exact matches). */
  plurals: { name: string; type: 'cardinal' | 'ordinal'; categories: string[] }[];
}

function shapeOf(elements: Element[], shape: Shape = { names: new Set(), plurals: [] }): Shape {
  for (const el of elements) {
    if ([ARGUMENT, NUMBER, DATE, TIME, SELECT, PLURAL].includes(el.type)) shape.names.add(el.value!);
    if (el.type === TAG) {
      shape.names.add(`<${el.value}>`);
      shapeOf(el.children ?? [], shape);
    }
    if (el.type === PLURAL)
      shape.plurals.push({
        name: el.value!,
        type: el.pluralType ?? 'cardinal',
        categories: Object.keys(el.options ?? {}).filter((k) => !k.startsWith('=')),
      });
    for (const option of Object.values(el.options ?? {})) shapeOf(option.value, shape);
  }
  return shape;
}

/** The message parsed as next-intl parses it (rich-text tags on), or the parser's complaint. */
function parse(message: string, locale: string): Shape | string {
  try {
    return shapeOf(new IntlMessageFormat(message, locale).getAst() as Element[]);
  } catch (error) {
    return (error as Error).message;
  }
}

/** Russian needs one/few/many, Arabic zero/one/two/few/many: a plural form left out reads wrongly. */
function pluralProblems(shape: Shape, locale: string): string[] {
  const problems: string[] = [];
  for (const plural of shape.plurals) {
    const needed: string[] = new Intl.PluralRules(locale, { type: plural.type }).resolvedOptions().pluralCategories;
    const lacking = needed.filter((c) => !plural.categories.includes(c));
    const unknown = plural.categories.filter((c) => !needed.includes(c));
    if (lacking.length) problems.push(`{${plural.name}, plural} lacks ${lacking.join(', ')}`);
    if (unknown.length) problems.push(`{${plural.name}, plural} has ${unknown.join(', ')}`);
  }
  return problems;
}

describe('the catalogue checks themselves', () => {
  it('catch bad ICU, a plural form a language needs, and read argument and tag names', () => {
    assert.equal(typeof parse('{broken', 'en'), 'string');
    const shape = parse('{n, plural, one {# story} other {# stories}} by <b>{name}</b>', 'ru') as Shape;
    assert.deepEqual([...shape.names].sort(), ['<b>', 'n', 'name']);
    assert.deepEqual(pluralProblems(shape, 'ru'), ['{n, plural} lacks few, many']);
    assert.deepEqual(pluralProblems(shape, 'en'), []);
    const arabic = parse('{n, plural, =0 {-} one {a} two {b} few {c} many {d} other {e} zero {f}}', 'ar') as Shape;
    assert.deepEqual(pluralProblems(arabic, 'ar'), []);
    assert.deepEqual(pluralProblems(arabic, 'en'), ['{n, plural} has two, few, many, zero']);
  });
});

describe('message catalogues', () => {
  it('English has messages, each key a plain name', () => {
    const { messages, bad } = flatten(read('en'));
    assert.deepEqual(bad, []);
    assert.ok(messages.size > 10, `${messages.size} messages`);
  });

  for (const edition of EDITIONS) {
    it(`${edition.code}: exactly English's keys`, () => {
      const { messages, bad } = flatten(read(edition.code));
      assert.deepEqual(bad, []);
      const missing = [...english.keys()].filter((k) => !messages.has(k));
      const extra = [...messages.keys()].filter((k) => !english.has(k));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `messages/${edition.code}.json`);
    });

    it(`${edition.code}: every message is ICU in ${edition.locale} with English's arguments and its plural forms`, () => {
      const { messages } = flatten(read(edition.code));
      const problems: string[] = [];
      for (const [key, message] of messages) {
        const shape = parse(message, edition.locale);
        if (typeof shape === 'string') {
          problems.push(`${key}: ${shape}`);
          continue;
        }
        const reference = parse(english.get(key) ?? '', 'en');
        if (typeof reference !== 'string') {
          const ours = [...shape.names].sort().join(', ');
          const theirs = [...reference.names].sort().join(', ');
          if (ours !== theirs) problems.push(`${key}: arguments {${ours}}, English has {${theirs}}`);
        }
        problems.push(...pluralProblems(shape, edition.locale).map((p) => `${key}: ${p}`));
      }
      assert.deepEqual(problems, [], `messages/${edition.code}.json`);
    });
  }
});

/** Every .ts/.tsx file under the folders the site's code lives in. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** The namespace a translator is made for, if `node` makes one ('' for the whole catalogue). */
function translatorNamespace(node: ts.Expression): string | null | undefined {
  const call = ts.isAwaitExpression(node) ? node.expression : node;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  if (!['useTranslations', 'getTranslations'].includes(call.expression.text)) return undefined;
  const [arg] = call.arguments;
  if (!arg) return '';
  if (ts.isStringLiteralLike(arg)) return arg.text;
  if (ts.isObjectLiteralExpression(arg)) {
    const ns = arg.properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'namespace',
    );
    if (!ns) return '';
    return ts.isStringLiteralLike(ns.initializer) ? ns.initializer.text : null;
  }
  return null;
}

interface Usage {
  /** Full keys (`Chrome.menu`) by the files using them. */
  keys: Map<string, Set<string>>;
  /** Key prefixes of template literals (`Kinds.` for t(`${kind}`) in 'Kinds'). */
  prefixes: Set<string>;
  /** What cannot be checked: computed namespaces or keys. */
  unreadable: string[];
}

function usageIn(files: string[]): Usage {
  const usage: Usage = { keys: new Map(), prefixes: new Set(), unreadable: [] };
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    if (!/\b(useTranslations|getTranslations|catalogueSync)\b/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    // Translators by name, innermost scope last: a name bound in a function is seen in that function only.
    const scopes: Map<string, string>[] = [new Map()];
    const lookup = (name: string) => {
      for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].has(name)) return scopes[i].get(name);
      return undefined;
    };
    const visit = (node: ts.Node) => {
      const scoped = ts.isBlock(node) || ts.isFunctionLike(node) || ts.isSourceFile(node);
      if (scoped) scopes.push(new Map());
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const ns = translatorNamespace(node.initializer);
        if (ns === null) usage.unreadable.push(`${where(node)}: a computed namespace`);
        else if (ns !== undefined) scopes[scopes.length - 1].set(node.name.text, ns);
      }
      // lib/ code outside React reads a catalogue directly: catalogueSync(edition).Namespace.key.
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isCallExpression(node.expression.expression) &&
        ts.isIdentifier(node.expression.expression.expression) &&
        node.expression.expression.expression.text === 'catalogueSync'
      ) {
        const key = `${node.expression.name.text}.${node.name.text}`;
        usage.keys.set(key, (usage.keys.get(key) ?? new Set<string>()).add(where(node)));
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee) &&
              ts.isIdentifier(callee.expression) &&
              ['rich', 'markup', 'raw', 'has'].includes(callee.name.text)
            ? callee.expression.text
            : null;
        const ns = name === null ? undefined : lookup(name);
        if (ns !== undefined) {
          const [arg] = node.arguments;
          const full = (key: string) => (ns ? `${ns}.${key}` : key);
          if (arg && ts.isStringLiteralLike(arg)) {
            const files = usage.keys.get(full(arg.text)) ?? new Set<string>();
            usage.keys.set(full(arg.text), files.add(where(node)));
          } else if (arg && ts.isTemplateExpression(arg)) {
            usage.prefixes.add(full(arg.head.text));
          } else usage.unreadable.push(`${where(node)}: ${node.getText().slice(0, 80)}`);
        }
      }
      ts.forEachChild(node, visit);
      if (scoped) scopes.pop();
    };
    visit(source);
  }
  return usage;
}

describe('catalogue keys and the code', () => {
  const usage = usageIn(['app', 'components', 'lib'].flatMap(sources));

  it('finds the translators in the code', () => {
    // A guard on the scanner itself: the header's words are read through it.
    assert.ok(usage.keys.has('Chrome.search'), [...usage.keys.keys()].join(' '));
    assert.ok(usage.keys.has('NotFound.goHome'), 't.rich is read');
  });

  it('every key is a literal (or a template with a fixed start) the test can follow', () => {
    assert.deepEqual(usage.unreadable, []);
  });

  it('the code uses no key en.json lacks', () => {
    const unknown = [...usage.keys].filter(([key]) => !english.has(key)).map(([key, at]) => `${key} (${[...at][0]})`);
    const emptyPrefixes = [...usage.prefixes].filter((p) => ![...english.keys()].some((k) => k.startsWith(p)));
    assert.deepEqual([...unknown, ...emptyPrefixes], [], 'add these to messages/en.json (and every catalogue)');
  });

  it('every key of en.json is used', () => {
    const unused = [...english.keys()].filter(
      (key) => !usage.keys.has(key) && ![...usage.prefixes].some((p) => key.startsWith(p)),
    );
    assert.deepEqual(unused, [], 'remove these from every catalogue, or use them');
  });
});
