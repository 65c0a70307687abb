// Work on attacker text stays linear. Each case times the same operation on an input of size n and
// of size 8n, in this run, and asserts the time grows well under 64x (linear work gives about 8x,
// quadratic 64x): no absolute threshold, so a slow or busy machine does not fail it. `npm test`
// uses small inputs; `npm run fuzz` (FUZZ_RUNS set) uses inputs 4 times larger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResult, core, perCall } from '../helpers.mjs';

const SCALE = process.env.FUZZ_RUNS ? 4 : 1;
const FACTOR = 8,
  MAX_GROWTH = 24;
const enc = new TextEncoder();
const HEAD = 'planlint: 1\nplan: { id: p, title: t, period: [2016, 2020] }\n';

/** A fresh workspace over in-memory files (nothing cached between timed runs). */
const host = files => ({
  readFile: async uri => {
    const t = files[uri];
    if (t === undefined) throw new Error('not found');
    return enc.encode(t);
  },
});
const check = files => async () => {
  const r = await checkResult(host(files), '/ws', '/ws/p.plan.yaml');
  assert.ok(r.ok);
  return r;
};

/** How `make(8n)` compares with `make(n)` (`make` returns the operation to time); a message if not linear. */
async function growth(name, make, n) {
  const small = await make(n * SCALE),
    large = await make(FACTOR * n * SCALE);
  await small();
  await large(); // warm up: compile, fill unit caches
  let a = Infinity,
    b = Infinity;
  // Interleaved, best of 5: a burst of load or a collection hits one sample, not the result.
  for (let trial = 0; trial < 5; trial++) {
    a = Math.min(a, await perCall(small));
    b = Math.min(b, await perCall(large));
  }
  if (process.env.LINEAR_DEBUG) console.log(name, a.toFixed(2), b.toFixed(2), (b / a).toFixed(1));
  return b / a < MAX_GROWTH
    ? []
    : [`${name}: ${a.toFixed(2)} ms at n, ${b.toFixed(2)} ms at ${FACTOR}n (x${(b / a).toFixed(1)})`];
}
async function assertLinear(name, make, n) {
  assert.deepEqual(await growth(name, make, n), []);
}
/** Every case is timed, then all that grew too fast are named. */
async function assertAllLinear(cases, n) {
  const slow = [];
  for (const [name, make] of Object.entries(cases)) slow.push(...(await growth(name, make, n)));
  assert.deepEqual(slow, []);
}

test('suppression comments: padded with spaces, and thousands in a row', async () => {
  await assertAllLinear(
    {
      'padded comment': n => check({ '/ws/p.plan.yaml': `${HEAD}# planlint-disable unit-unknown${' '.repeat(n)}x\n` }),
      'next-line comments in a row': n =>
        check({
          '/ws/p.plan.yaml': `${HEAD}${'# planlint-disable-next-line unit-unknown\n'.repeat(n / 4)}indicators: {}\n`,
        }),
    },
    2500,
  );
});

test('every rule: long runs of spaces, digits, units and repeated quotes in values and keys', async () => {
  const plan = body => ({ '/ws/p.plan.yaml': HEAD + body, '/ws/d.txt': '目标达到60%以上。\n' });
  const ind = (unit, value, extra = '') =>
    `indicators:\n  a: { name: n, unit: "${unit}", direction: increase, baseline: { year: 2015, value: "${value}" }, targets: [{ year: 2020, value: "${value}"${extra} }] }\n`;
  const cases = {
    'spaces in a value': n => ind('亿元', `1${' '.repeat(n)}x`),
    digits: n => ind('亿元', '9'.repeat(n)),
    'digits and commas': n => ind('亿元', `${'1,000'.repeat(n)}.`),
    'a ratio unit': n => ind(`${'元/'.repeat(n)}元`, '1'),
    'scale words': n => ind(`${'亿'.repeat(n)}元`, '1'),
    'spaces in a key': n => `indicators:\n  a${' '.repeat(n)}b: { name: n }\n`,
    'repeated quotes': n =>
      `sources:\n  d: { path: d.txt }\n${ind('%', '60%', `, source: { doc: d, quote: "${'目标'.repeat(n)}" }`)}`,
    'a colon-laden line': n => `indicators:\n  a: { name: ${'a: '.repeat(n)}b }\n`,
  };
  await assertAllLinear(
    Object.fromEntries(Object.entries(cases).map(([name, body]) => [name, n => check(plan(body(n)))])),
    1000,
  );
});

test('anchors: many quotes matching far into a one-line source document', async () => {
  await assertLinear(
    'anchors',
    n => {
      const count = n / 100;
      const quotes = Array.from({ length: count }, (_, i) => `指标${i}号达到`);
      // Large enough at n that both sizes look quotes up the same way (the 4-gram index).
      const source = `${'填充 '.repeat(4 * n) + quotes.join(' ')}\n`;
      const inds = quotes.map(
        (q, i) =>
          `  i${i}: { name: n, unit: 个, direction: increase, targets: [{ year: 2020, value: 1, source: { doc: d, quote: "${q}" } }] }`,
      );
      return check({
        '/ws/p.plan.yaml': `${HEAD}sources:\n  d: { path: d.txt }\nindicators:\n${inds.join('\n')}\n`,
        '/ws/d.txt': source,
      });
    },
    10000,
  );
});

test('source numbers: a long paragraph of numbers and no month, read for the value it backs', async () => {
  await assertLinear(
    'paragraph numbers',
    n =>
      check({
        '/ws/p.plan.yaml':
          `${HEAD}sources:\n  d: { path: d.txt }\nindicators:\n` +
          '  i: { name: n, unit: 个, direction: increase, baseline: { year: 2016, value: 7, source: d#p1 } }\n',
        '/ws/d.txt': `${'123，'.repeat(n)}\n`,
      }),
    30000,
  );
});

/** A service with the plan validated, and the diagnostics of one code. */
async function service(files) {
  const svc = new core.Project(host(files), '/ws');
  const { diagnostics: diags } = await svc.check('/ws/p.plan.yaml');
  return { svc, diags };
}

test('quick fixes: the closest passage to a long missing quote, and the yaml-syntax fix on a padded line', async () => {
  await assertAllLinear(
    {
      'closest passage': async n => {
        const { svc, diags } = await service({
          '/ws/p.plan.yaml': `${HEAD}sources:\n  d: { path: d.txt }\nindicators:\n  a: { name: n, unit: 个, direction: increase, targets: [{ year: 2020, value: 1, source: { doc: d, quote: "${'乙甲'.repeat(n / 8)}丙" } }] }\n`,
          '/ws/d.txt': `${'甲乙丙'.repeat(n / 3)}\n`,
        });
        const anchor = diags.filter(d => d.code === 'source-anchor');
        assert.equal(anchor.length, 1);
        return async () => assert.ok((await svc.codeActions('/ws/p.plan.yaml', anchor)).length >= 1);
      },
      'yaml-syntax fix': async n => {
        const text = `${HEAD}indicators:\n  a: { name: n, unit: 个, direction: increase, targets: [{ year: 2020, value: > 1${' '.repeat(n)}2 }] }\n`;
        const { svc } = await service({ '/ws/p.plan.yaml': text });
        const diag = {
          code: 'yaml-syntax',
          range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } },
        };
        return async () => svc.codeActions('/ws/p.plan.yaml', [diag]);
      },
    },
    1000,
  );
});

test('completion: key lines with long runs of spaces, long words and digits before the cursor', async () => {
  const lines = {
    'spaces in a key line': n => `  a${' '.repeat(n)}b`,
    'a long word before a colon': n => `  ${'k'.repeat(n)}:`,
    'digits after a value key': n => `  value: ${'1'.repeat(n)}a1`,
    'a dash and spaces': n => `  -${' '.repeat(n)}#`,
  };
  await assertAllLinear(
    Object.fromEntries(
      Object.entries(lines).map(([name, line]) => [
        name,
        async n => {
          const text = `${HEAD}indicators:\n  a:\n${line(n)}`;
          const { svc } = await service({ '/ws/p.plan.yaml': text });
          return async () => svc.completion('/ws/p.plan.yaml', text.length);
        },
      ]),
    ),
    10000,
  );
});

test('schema errors: a plan of many mistyped entries, reported capped, in linear time', async () => {
  const entries = n =>
    Array.from({ length: n }, (_, i) => `  i${i}: { name: 5, unit: [x], direction: sideways, targets: 3 }\n`).join('');
  const plan = n => ({ '/ws/p.plan.yaml': `${HEAD}indicators:\n${entries(n)}` });
  const r = await check(plan(2000))();
  // The validator's problems (not the one-per-indicator `noTarget`), capped at 200 and one "and N more".
  const schema = r.diagnostics.filter(d => d.code === 'schema' && !/needs at least one target/.test(d.message));
  assert.equal(schema.length, 201);
  assert.equal(schema.filter(d => /^and \d+ more schema problems?/.test(d.message)).length, 1);
  await assertLinear('mistyped entries', n => check(plan(n)), 250);
});

test('the fast YAML reader: long flow lines, runs of comment lines, long block scalars', async () => {
  const plan = body => ({ '/ws/p.plan.yaml': HEAD + body });
  await assertAllLinear(
    {
      'a long flow sequence': n => check(plan(`notes: [${'x, '.repeat(n)}x]\n`)),
      'nested flow collections closing on one line': n =>
        check(plan(`notes: [${'{ a: [b], c: { d: e } }, '.repeat(n / 8)}x]\n`)),
      'a flow sequence over many lines': n => check(plan(`notes: [x${',\n  y'.repeat(n / 4)}]\n`)),
      'comment lines after a leaf and after a mapping': n =>
        check(plan(`indicators:\n  a:\n    name: n\n${'      # c\n    # d\n'.repeat(n / 8)}`)),
      'a long block scalar': n => check(plan(`notes: >-\n${'  第一行 a: b\n\n'.repeat(n / 4)}`)),
    },
    2000,
  );
});
