// Fuzzing the checker: whatever is typed or pasted, it returns diagnostics, never throws, keeps every
// range inside the document, and gives the same output for the same input. Seeded and bounded here;
// `npm run fuzz` runs it longer (FUZZ_RUNS) and truncates every seed plan at every offset (FUZZ_EXHAUSTIVE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { checkResult, core, repoRoot } from '../helpers.mjs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const enc = new TextEncoder();

/** The seeds, in memory: the fuzzed plan replaces one of them. */
const base = new Map();
const walk = dir => {
  for (const e of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(rel);
    else base.set(`/ws/${rel}`, readFileSync(join(repoRoot, rel)));
  }
};
walk('seeds');
const PLAN = '/ws/seeds/plans/sx-industry-13th.plan.yaml';
const seedPlans = [...base.keys()].filter(k => k.endsWith('.plan.yaml')).map(k => base.get(k).toString('utf8'));

function host(files) {
  return {
    readFile: async uri => {
      const b = files.get(uri);
      if (!b) throw new Error('not found');
      return b;
    },
  };
}

/** Checks bytes as the plan and asserts the properties; returns the diagnostics. */
async function checkBytes(bytes) {
  const files = new Map(base);
  files.set(PLAN, bytes);
  const run = async () => checkResult(host(files), '/ws/seeds', PLAN);
  const a = await run();
  if (!a.ok) {
    assert.ok(['not-text', 'missing'].includes(a.reason), a.reason);
    return [];
  }
  const text = a.file.text;
  const lines = new core.LineIndex(text);
  for (const d of a.diagnostics) {
    const { start, end } = d.range;
    assert.ok(start.line < lines.lineCount && end.line < lines.lineCount, `line out of range: ${JSON.stringify(d)}`);
    assert.ok(
      start.character <= lines.lineText(start.line).length && end.character <= lines.lineText(end.line).length,
      `column out of range: ${JSON.stringify(d)}`,
    );
    assert.ok(
      start.line < end.line || (start.line === end.line && start.character <= end.character),
      `range backwards: ${JSON.stringify(d)}`,
    );
    assert.ok(d.message && d.code, 'a message and a code');
    assert.doesNotMatch(d.message, /Infinity|NaN|undefined/, `a number no reader can use: ${d.message}`);
  }
  const b = await run();
  assert.deepEqual(b.diagnostics, a.diagnostics, 'the same input gives the same output');
  return a.diagnostics;
}
const check = text => checkBytes(enc.encode(text));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert'),
    at: fc.nat(),
    text: fc.string({
      unit: fc.constantFrom(...': -[]{}#"\'>&*!|%@`\t\n，：“”亿元%0123456789abc'.split('')),
      maxLength: 12,
    }),
  }),
  fc.record({ kind: fc.constant('crlf') }),
  fc.record({ kind: fc.constant('tabs') }),
  fc.record({ kind: fc.constant('bom') }),
);
function mutate(text, m) {
  const lines = text.split('\n');
  const i = m.at % Math.max(lines.length, 1);
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    case 'swap': {
      const j = m.to % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'tabs':
      return text.replace(/^ {2}/gm, '\t');
    case 'bom':
      return `\ufeff${text}`;
  }
}

test('mutated seed plans: never a throw, ranges inside the document, deterministic', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...seedPlans.keys()),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      async (k, ms) => {
        await check(ms.reduce(mutate, seedPlans[k]));
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
});

test('random YAML and random bytes (invalid UTF-8 included)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.anything({ maxDepth: 4 }), async v => {
      await check(stringify({ planlint: 1, ...(typeof v === 'object' && v ? v : { v }) }));
    }),
    { numRuns: RUNS, seed: SEED },
  );
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async b => {
      await checkBytes(b);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 200 }), async s => {
      await check(s);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('random quantities and units never throw and parse to finite numbers', () => {
  const pieces = fc.constantFrom(
    '>=',
    '≥',
    '<',
    '~',
    '超过',
    '不超过',
    '以上',
    '左右',
    '６０',
    '1,200',
    '-',
    '+',
    '.',
    '5',
    '0',
    '亿',
    '万',
    '元',
    '%',
    '百分点',
    '/',
    '千瓦时',
    ' ',
    'x',
    '亿亿',
  );
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 8 }).map(a => a.join('')),
      s => {
        const q = core.parseQuantity(s);
        if (q.ok) assert.ok(Number.isFinite(q.quantity.number));
        core.parseUnit(s);
      },
    ),
    { numRuns: RUNS * 10, seed: SEED },
  );
});

test('numbers at the edge of floating point never reach a message as Infinity, NaN or undefined', async () => {
  const edge = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(n => String(n)),
    fc.integer({ min: 300, max: 420 }).map(n => '9'.repeat(n)),
    fc.constantFrom(
      '1e308',
      '-1e308',
      '1.7976931348623157e308',
      '5e-324',
      '0',
      '-0',
      '1e290',
      '1e291',
      '.inf',
      '-.inf',
      '.nan',
    ),
  );
  const plan = (b, t, g, unit, dir) =>
    `planlint: 1\nplan: { id: e, title: t, period: [2016, 2020], baseline_year: 2015 }\n` +
    `indicators:\n  a: { name: a, unit: "${unit}", direction: ${dir}, growth: "${g}%", parts: [b], baseline: { value: ${b} }, targets: [{ year: 2020, value: ${t} }] }\n` +
    `  b: { name: b, unit: "${unit}", direction: ${dir}, baseline: { value: ${t} }, targets: [{ year: 2020, value: "${b}" }] }\n` +
    'goals:\n  G: { title: g, indicators: [a, b] }\n';
  await fc.assert(
    fc.asyncProperty(
      edge,
      edge,
      edge,
      fc.constantFrom('亿元', '%', '万人', '元/人'),
      fc.constantFrom('increase', 'decrease', 'maintain'),
      async (b, t, g, unit, dir) => {
        const text = plan(b, t, g, unit, dir);
        await check(text);
        const files = new Map([['/e/p.plan.yaml', enc.encode(text)]]);
        const zh = await checkResult(host(files), '/e', '/e/p.plan.yaml', { locale: 'zh-cn' });
        for (const d of zh.diagnostics) assert.doesNotMatch(d.message, /Infinity|NaN|undefined/, d.message);
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
});

test('random source documents: every match of a quote is that quote, whitespace aside', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.constantFrom(
          'a',
          'b',
          '一',
          '二',
          '1',
          '0',
          '%',
          ' ',
          '\u3000',
          '\n',
          '\r\n',
          '\u200b',
          '\ufeff',
          '。',
          '亿',
          '元',
        ),
        maxLength: 200,
      }),
      fc.nat(),
      fc.nat(),
      (text, i, n) => {
        const doc = new core.SourceDocument('d.txt', text);
        const from = i % (text.length + 1),
          quote = text.slice(from, from + (n % 12));
        const strip = s => s.replace(/[\s\u0085\u200b\ufeff]/g, '');
        for (const m of doc.findQuote(quote)) {
          assert.equal(strip(text.slice(m.start, m.end)), strip(quote));
          assert.ok(
            doc.paragraph(m.para) && m.start >= doc.paragraph(m.para).start && m.end <= doc.paragraph(m.para).end,
          );
        }
        doc.numbersIn({ start: 0, end: text.length });
      },
    ),
    { numRuns: RUNS * 10, seed: SEED },
  );
});

test('truncations of every seed plan at random offsets (every offset with FUZZ_EXHAUSTIVE=1)', async () => {
  const rnd = fc.sample(fc.nat(), { numRuns: 40, seed: SEED });
  for (const text of seedPlans) {
    const offsets = process.env.FUZZ_EXHAUSTIVE
      ? [...Array(text.length + 1).keys()]
      : rnd.map(n => n % (text.length + 1));
    for (const o of offsets) await check(text.slice(0, o));
  }
});

test('regression cases found by fuzzing stay fixed', async () => {
  const dir = join(repoRoot, 'test/fixtures/fuzz');
  const cases = readdirSync(dir).filter(f => !f.startsWith('.'));
  assert.ok(cases.length > 0);
  for (const f of cases) await checkBytes(readFileSync(join(dir, f)));
});
