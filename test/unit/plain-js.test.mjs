// yaml/plainJs.ts builds a parsed document's plain JavaScript for schema validation in one walk; it must
// give what the library's `doc.toJS()` gives (values, key order, own properties), and leave to the
// library what it does not walk (aliases, merge keys, collections as keys).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from '../../bench/generate.mjs';
import { bundledWithYaml, fixtureYamlFiles } from '../helpers.mjs';

const { plainJs, parseDocument } = bundledWithYaml('yaml/plainJs.ts', ['plainJs'], ['parseDocument']);

/** The same value, the same keys in the same order at every level, each an own property of a plain object. */
function assertSame(actual, expected, where) {
  assert.deepStrictEqual(actual, expected, where);
  assert.deepStrictEqual(shape(actual), shape(expected), where);
}
/** Each object's own keys in order and whether its prototype is Object's, walked without recursion, once each. */
function shape(root) {
  const out = [];
  const stack = [root];
  const seen = new Set(); // an alias gives the same object at several places
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const keys = Object.getOwnPropertyNames(v);
    out.push(Array.isArray(v) ? v.length : [Object.getPrototypeOf(v) === Object.prototype, ...keys]);
    for (const k of keys) if (k !== 'length' || !Array.isArray(v)) stack.push(v[k]);
  }
  return out;
}

const parse = text => parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });

test('every YAML file of the fixtures and seeds, and a generated plan, as the library gives it', () => {
  const files = fixtureYamlFiles();
  assert.ok(files.length > 50, `${files.length} files`);
  for (const { file: f, text } of files) {
    const doc = parse(text);
    let expected;
    try {
      expected = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      // Nested past the stack or aliased past the count (the limits' fixtures): refused alike.
      assert.throws(() => plainJs(doc, 1000), e.constructor, f);
      continue;
    }
    assertSame(plainJs(doc, 1000), expected, f);
  }
  const doc = parse(generate(200).plan);
  const expected = doc.toJS({ maxAliasCount: 1000 });
  // A plan of plain shapes is walked here, not handed to the library.
  doc.toJS = () => assert.fail('handed to the library');
  assertSame(plainJs(doc, 1000), expected, 'generated');
});

test('the shapes at its edges: duplicates, keys Object has, empty and odd keys, aliases, merges, tags', () => {
  const cases = [
    'a: 1\nb: 2\na: 3\n',
    'constructor: 1\n__proto__: { x: 1 }\ntoString: [1]\nhasOwnProperty: ~\n',
    '? \n: 1\n~: 2\nnull: 3\n1: a\n1.0: b\ntrue: c\n0x10: d\n',
    '2: a\n1: b\nz: c\n',
    'a:\nb: ""\nc: []\nd: {}\ne: [~, , 1]\n',
    'a: &x { b: 1 }\nc: *x\n',
    'a: { b: 1 }\n<<: { c: 2 }\n',
    '[1, 2]: a\n{ k: v }: b\n',
    '!custom a: !other b\nc: !!str 1\nd: !!int "2"\n',
    'x: [a: 1, b]\n',
    '',
    '# only a comment\n',
    '- 1\n- [2, { a: 3 }]\n',
    'plain',
  ];
  for (const text of cases) {
    const doc = parse(text);
    assertSame(plainJs(doc, 1000), doc.toJS({ maxAliasCount: 1000 }), JSON.stringify(text));
  }
});

test('an alias that expands past the count is refused as the library refuses it', () => {
  const lines = ['a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]'];
  for (let i = 1; i < 6; i++)
    lines.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  const doc = parse(lines.join('\n'));
  assert.throws(() => plainJs(doc, 100), /alias/i);
});
