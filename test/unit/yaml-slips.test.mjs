// Parser errors in the locale: an indentation slip is named as one (on the mis-indented line, with the
// column to use), never explained as a value to quote; other parser errors speak Chinese in a Chinese UI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../helpers.mjs';

const BASE = `planlint: 1
plan: { id: p, title: t, period: [2021, 2025] }
indicators:
  a:
    name: 指标
    unit: 亿元
    direction: increase
    baseline: { year: 2020, value: 1 }
    targets:
      - { year: 2025, value: 2 }
`;
const dir = mkdtempSync(join(tmpdir(), 'planlint-slips-'));
let n = 0;
async function syntax(text, locale) {
  const file = join(dir, `p${n++}.plan.yaml`);
  writeFileSync(file, text);
  return (await check(file, { locale })).filter(d => d.code === 'yaml-syntax');
}

const SLIPS = [
  {
    what: 'a key indented deeper than the line above',
    text: BASE.replace('    direction', '      direction'),
    line: 7,
    en: 'Line 7 is indented by 6 spaces, deeper than line 6 above it, which already has its value: YAML reads the structure from the indentation. Line it up with the entries it belongs with (4 spaces), or indent line 6 as it.',
    zh: '第7行缩进了6个空格，比上方第6行缩进更深，而第6行已经有值；YAML 按缩进判断层级。请将它与同级条目对齐（缩进4个空格），或将第6行改为与它相同的缩进。',
  },
  {
    what: 'a key one space short',
    text: BASE.replace('    direction', '   direction'),
    line: 7,
    en: 'Line 7 is indented by 3 spaces, at a column where no entry around it starts: YAML reads the structure from the indentation. Line it up with the entries it belongs with (2 spaces).',
    zh: '第7行缩进了3个空格，与周围任何一级条目都没有对齐；YAML 按缩进判断层级。请将它与同级条目对齐（缩进2个空格）。',
  },
  {
    // This one used to be explained as "quote the whole value".
    what: 'a list item one space off',
    text: `${BASE}     - { year: 2024, value: 2 }\n`,
    line: 11,
    en: 'Line 11 is indented by 5 spaces, at a column where no entry around it starts: YAML reads the structure from the indentation. Line it up with the entries it belongs with (4 spaces).',
    zh: '第11行缩进了5个空格，与周围任何一级条目都没有对齐；YAML 按缩进判断层级。请将它与同级条目对齐（缩进4个空格）。',
  },
];

for (const s of SLIPS) {
  test(`an indentation slip is explained as one, in en and zh-cn: ${s.what}`, async () => {
    for (const [locale, want] of [
      ['en', s.en],
      ['zh-cn', s.zh],
    ]) {
      const found = await syntax(s.text, locale);
      assert.equal(found.length, 1, found.map(d => d.message).join('\n'));
      assert.equal(found[0].message, want);
      assert.equal(found[0].range.start.line + 1, s.line, 'on the mis-indented line');
      assert.doesNotMatch(found[0].message, /quote|引号/);
    }
  });
}

test('a value holding ": " on a line that lines up is still explained as a value to quote', async () => {
  const [d] = await syntax(BASE.replace('name: 指标', 'name: 目标: 工业结构调整'), 'zh-cn');
  assert.match(d.message, /“name”的值中含有“: ”.*请给整个值加引号/);
});

test('a parser error with no slip behind it speaks Chinese in zh-cn, and the parser English in en', async () => {
  const text = BASE.replace('name: 指标', 'name: "指标');
  const [zh] = await syntax(text, 'zh-cn');
  assert.match(zh.message, /^YAML 语法错误：/);
  assert.doesNotMatch(zh.message.replace(/^YAML/, ''), /[A-Za-z]{3,}/, zh.message);
  const [en] = await syntax(text, 'en');
  assert.match(en.message, /^YAML syntax error: [A-Z]/);
});
