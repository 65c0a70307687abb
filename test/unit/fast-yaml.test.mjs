// The fast YAML reader (server/src/core/yaml/fast/): the texts it reads give the library's document, node
// for node; the others are left to the library. test/fuzz/fast-yaml.test.mjs tries random texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFast } from '../fastYaml.mjs';

const READ = {
  'a plan in block style': 'plan:\n  id: x\n  period: [2021, 2025]\nindicators:\n  a:\n    unit: "亿元"\n',
  'no final line break, trailing spaces': 'a: 1  ',
  'scalars the core schema resolves':
    'a: [1, -3, 0o17, 0x1F, 4323.90, 1e3, .inf, .nan, true, ~, null, 2021-01-01, 6.4%]\n',
  'keys that resolve': '2025: a\ntrue: b\nnull: c\n',
  'quoted scalars and escapes': 'a: "x\\"y\\u4e2d\\t"\nb: \'it\'\'s\'\n"k 1": v\n',
  'nested flow collections': 'a: { year: 2023, source: { doc: main, quote: "2023年" }, items: [x, [y]] }  # c\n',
  'a flow sequence over lines, a comment after a comma': 'a: [x, y,\n  # c\n     z]\nb: 1\n',
  'a line break before a comma in a flow mapping ends its value': 'a: {b: 1 \n ,c: [x\n\n , y]}\n',
  'mappings in sequence items': 'a:\n  - year: 2023\n    value: 1\n  - { year: 2025 }\n  - 7\n',
  'a comment line deeper than the mapping ends its leaf': 'a:\n  x: 1\n\n   # c\n\n  y: 2\n',
  'a comment line at the mapping ends the mapping at the next key': 'n:\n  a:\n    x: 1\n    # c\n # d\n  b: 1\n',
  'comment lines shallower than the mapping go up': 'a:\n  x: 1\n # c\nb: 1\n# end\n\n',
  'comment and blank lines at the top': '# 说明\n\nplanlint: 1\n',
  'CRLF line breaks, in every kind of line':
    'a:\r\n  x: "q"\r\n   # c\r\n\r\n  y: [1,\r\n   2]\r\nb: |\r\n  l1\r\n\r\n  l2\r\nc: >-\r\n  f\r\n',
  'block scalars': 'a: >-\n  第一行\n  第二行\n\n  第三段\nb: |\n  x\n    y\n\n  # z\nc: 1\n',
};
const LEFT = {
  'an anchor and an alias': 'a: &x 1\nb: *x\n',
  'a tag': 'a: !!str 1\n',
  'a tab': 'a:\t1\n',
  'a CR alone': 'a: 1\rb: 2\n',
  'a document marker': '---\na: 1\n',
  'a plain scalar over two lines': 'a: one\n  two\n',
  'a key with no value': 'a:\nb: 1\n',
  'a sequence at its key’s column': 'a:\n- 1\n',
  'a mapping on the line of a key': 'a: b: c\n',
  'a trailing comma': 'a: [1, 2, ]\n',
  'a block scalar kept with +': 'a: |+\n  x\n\nb: 1\n',
  'a root that is not a block mapping': '- 1\n- 2\n',
  'a syntax slip': 'a: [1, 2\nb: 3\n',
  'a NUL after a colon (no separator)': 'x: 1\ny:\u0000z\n',
  'a byte-order mark after the first lines': '# c\n\uFEFFa: 1\n',
  'an escaped line break in double quotes': 'a: "x\\\n  y"\n',
  'flow collections nested 800 deep': `a: ${'['.repeat(800)}${']'.repeat(800)}\n`,
  'mappings nested 1,200 deep': `${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
};

test('texts in the plan subset read as the library reads them', () => {
  for (const [what, text] of Object.entries(READ)) assert.equal(compareFast(text), 'same', what);
});
test('texts outside it are left to the library', () => {
  for (const [what, text] of Object.entries(LEFT)) assert.equal(compareFast(text), 'library', what);
});
