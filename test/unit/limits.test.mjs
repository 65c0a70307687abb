// Resource bombs: each is refused or checked within bounded time and memory, with a diagnostic that
// says which limit was hit; the defaults still admit the benchmark's largest plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, core } from '../helpers.mjs';

const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'planlint-bomb-'));
  writeFileSync(join(d, 'planlint.config.yaml'), 'rules: {}\n');
  return d;
};
const HEAD = 'planlint: 1\nplan: { id: b, title: t, period: [2016, 2020], baseline_year: 2015 }\n';

test('billion laughs: alias expansion is refused at the first alias', async () => {
  const d = dir();
  const lines = ['  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  writeFileSync(join(d, 'p.plan.yaml'), `${HEAD}organizations:\n${lines.join('\n')}\n`);
  const diags = await check(join(d, 'p.plan.yaml'));
  assert.deepEqual(
    diags.map(x => [x.code, x.range.start.line]),
    [['limit-exceeded', 4]],
  );
  assert.match(diags[0].message, /aliases here expand to more than 10000 nodes \("billion laughs"\)/);
});

test('flow nesting is counted before parsing: at the bracket that goes too deep; quotes, comments and plain text do not count', async () => {
  const d = dir();
  const deep = `${HEAD}x: ${'['.repeat(100000)}${']'.repeat(100000)}\n`;
  writeFileSync(join(d, 'deep.plan.yaml'), deep);
  const diags = await check(join(d, 'deep.plan.yaml'));
  assert.deepEqual(
    diags.map(x => [x.code, x.range.start.line, x.range.start.character]),
    [['limit-exceeded', 2, 3 + 64]],
  );
  // 70 brackets that are not collections: in quotes, in a comment, inside plain scalars.
  const b = '['.repeat(70);
  const ok = `${HEAD}goals:\n  G1: { title: "${b}" }\n  G2: { title: '${b}' }  # ${b}\n  G3: { title: a${b} }\n`;
  writeFileSync(join(d, 'ok.plan.yaml'), ok);
  const codes = (await check(join(d, 'ok.plan.yaml'))).map(x => x.code);
  assert.ok(!codes.includes('limit-exceeded'), codes.join());
});

test('deep nesting is refused with the limit named', async () => {
  const d = dir();
  writeFileSync(join(d, 'flow.plan.yaml'), `${HEAD}x: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
  let s = `${HEAD}deep:\n`;
  for (let i = 1; i < 200; i++) s += `${' '.repeat(i * 2)}k${i}:\n`;
  writeFileSync(join(d, 'block.plan.yaml'), `${s + ' '.repeat(400)}v: 1\n`);
  for (const f of ['flow.plan.yaml', 'block.plan.yaml']) {
    const diags = await check(join(d, f));
    assert.deepEqual(
      diags.map(x => x.code),
      ['limit-exceeded'],
      f,
    );
    assert.match(diags[0].message, /nest more than 64 levels deep.*limits\.max_nesting_depth/);
  }
});

test('a file above the size limit is refused with a diagnostic; the limit is configurable', async () => {
  const d = dir();
  writeFileSync(join(d, 'big.plan.yaml'), `${HEAD}#${'x'.repeat(21 * 1024 * 1024)}\n`);
  const diags = await check(join(d, 'big.plan.yaml'));
  assert.deepEqual(
    diags.map(x => [x.code, x.range.start.line, x.range.start.character]),
    [['limit-exceeded', 0, 0]],
  );
  assert.match(diags[0].message, /larger than 20 MB.*limits\.max_plan_bytes/);
  const { config } = core.parseConfig('limits: { max_plan_bytes: 100, max_source_bytes: 1000 }');
  assert.deepEqual(config.limits, { maxPlanBytes: 100, maxSourceBytes: 1000 });
  const { problems } = core.parseConfig('limits: { max_plan_bytes: 100, bogus: 1 }');
  assert.deepEqual(
    problems.map(p => p.message.en),
    [
      "unknown field 'bogus' (known: max_plan_bytes, max_source_bytes, max_include_depth, max_nesting_depth, max_alias_expansions)",
    ],
  );
});

test('a 1 MB single line is checked in bounded time', async () => {
  const d = dir();
  writeFileSync(join(d, 'line.plan.yaml'), `${HEAD}goals:\n  G1: { title: "${'长'.repeat(1 << 20)}" }\n`);
  writeFileSync(join(d, 'broken.plan.yaml'), `${HEAD}goals:\n  G1: { title: "${'长'.repeat(1 << 20)}\n`);
  writeFileSync(join(d, 'nested.plan.yaml'), `${HEAD}goals:\n  G1: ${'a: '.repeat(350000)}\n`);
  assert.deepEqual(await check(join(d, 'line.plan.yaml')), []);
  assert.deepEqual(
    (await check(join(d, 'broken.plan.yaml'))).map(x => x.code),
    ['yaml-syntax'],
  );
  assert.deepEqual(
    (await check(join(d, 'nested.plan.yaml'))).map(x => x.code),
    ['limit-exceeded'],
    '350,000 compact mappings inside each other',
  );
});

test('a 50 MB source document is refused as larger than the limit, once, on its entry', async () => {
  const d = dir();
  writeFileSync(join(d, 'huge.txt'), '第一段 100亿元。\n'.repeat(1000).repeat(3500));
  writeFileSync(
    join(d, 'p.plan.yaml'),
    HEAD +
      'sources:\n  huge: { path: huge.txt }\nindicators:\n  a: { name: n, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 100, source: huge#p1 }] }\ngoals:\n  G: { title: g, indicators: [a] }\n',
  );
  const diags = await check(join(d, 'p.plan.yaml'));
  assert.deepEqual(
    diags.map(x => [x.code, x.range.start.line]),
    [['source-missing', 3]],
  );
  assert.match(diags[0].message, /larger than the size limit/);
});
