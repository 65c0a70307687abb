// An editor session checks a plan again after each edit, keeping each item's reports while the item
// and what it reads are unchanged (check/itemCache.ts), and keeping a plan's whole check while only a
// plan it links to changed where its links do not look (project/reads.ts). After any sequence of edits,
// to the plan or to the files it reads, its diagnostics must be those of a fresh check of the same texts.
// `npm run fuzz` runs thousands of sequences (FUZZ_RUNS); `npm test` a few hundred.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { core, diskHost, repoRoot } from '../helpers.mjs';
import { writeWorkspace } from '../../bench/generate.mjs';

const RUNS = Math.min(Number(process.env.FUZZ_RUNS ?? 120), 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

const ruleFixtures = readdirSync(join(repoRoot, 'test/fixtures/rules'))
  .filter(f => f.endsWith('.plan.yaml'))
  .map(f => realpathSync(join(repoRoot, 'test/fixtures/rules', f)));
const seeds = readdirSync(join(repoRoot, 'seeds/plans')).map(f => realpathSync(join(repoRoot, 'seeds/plans', f)));
const generated = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-item-cache-')));
const generatedPlan = writeWorkspace(generated, 40);
process.on('exit', () => rmSync(generated, { recursive: true, force: true }));

const system = realpathSync(join(repoRoot, 'test/fixtures/plan-system'));
const inSystem = name => join(system, name);
const linking = ['special.plan.yaml', 'special-met.plan.yaml', 'province-fits.plan.yaml', 'master.plan.yaml'].map(
  inSystem,
);

const rootOf = file =>
  file.startsWith(generated)
    ? generated
    : file.startsWith(system)
      ? system
      : file.includes('/seeds/')
        ? join(repoRoot, 'seeds')
        : join(repoRoot, 'test/fixtures/rules');

/** The edits drafters make: a number, a unit, a year, a name, an id; a line added, removed or repeated; stray keys. */
const edit = fc.record({
  kind: fc.constantFrom(
    'digit',
    'digit',
    'unit',
    'year',
    'name',
    'dupLine',
    'delLine',
    'blank',
    'comment',
    'id',
    'chars',
    'other',
  ),
  at: fc.nat(),
  pick: fc.nat(),
  chars: fc.string({ unit: fc.constantFrom(...' \n:-#[]x1亿元%'.split('')), maxLength: 4 }),
});

const UNITS = ['亿元', '万元', '%', '个', '万人', '公里'];
function applyEdit(text, e) {
  const lines = text.split('\n');
  const i = e.at % lines.length;
  const nth = (re, f) => {
    const all = [...text.matchAll(re)];
    if (!all.length) return text;
    const m = all[e.pick % all.length];
    return text.slice(0, m.index) + f(m[0]) + text.slice(m.index + m[0].length);
  };
  switch (e.kind) {
    case 'digit':
      return nth(/\d/g, d => String((Number(d) + 1 + (e.pick % 8)) % 10));
    case 'unit':
      return nth(/亿元|万元|%|个|万人|公里/g, () => UNITS[e.pick % UNITS.length]);
    case 'year':
      return nth(/20[12]\d/g, y => String(Number(y) + ((e.pick % 5) - 2)));
    case 'id': // an item renamed, or a reference to one changed
      return nth(/^ {2}[\w-]+(?=:)|(?<=[[,] ?)[\w-]+(?=[\],])/gm, id => `${id}${'xy'[e.pick % 2]}`);
    case 'name':
      return nth(/name: \S+/g, n => `${n}${'甲乙'[e.pick % 2]}`);
    case 'dupLine':
      return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
    case 'delLine':
      return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    case 'blank':
      return [...lines.slice(0, i), '', ...lines.slice(i)].join('\n');
    case 'comment':
      return [...lines.slice(0, i), `${/^\s*/.exec(lines[i])[0]}# planlint-disable-next-line`, ...lines.slice(i)].join(
        '\n',
      );
    default: {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.chars + text.slice(at + (e.pick % 6));
    }
  }
}

/** The files a plan reads that an edit may change: its registry or its source document; the plans it links to. */
const othersOf = plan =>
  plan === generatedPlan
    ? [join(generated, 'orgs.orgs.yaml'), join(generated, 'source.txt')]
    : plan === inSystem('master.plan.yaml')
      ? ['north', 'middle', 'south'].map(c => inSystem(`cities/${c}.plan.yaml`))
      : plan.startsWith(system)
        ? [inSystem('master.plan.yaml')]
        : [];
/** A plan it links to takes any edit; a registry or a source document, a changed number. */
const linked = plan => plan.startsWith(system);

function comparable(result) {
  if (!result.ok) return result;
  const strip = d => ({ ...d, uri: '' });
  return { diagnostics: result.diagnostics.map(strip), suppressed: result.suppressed.map(strip) };
}

async function sequence(plan, edits) {
  const root = rootOf(plan);
  const editor = new core.Project(diskHost, root);
  const texts = new Map([[plan, readFileSync(plan, 'utf8')], ...othersOf(plan).map(f => [f, readFileSync(f, 'utf8')])]);
  let reused = 0,
    last;
  for (const [step, e] of [null, ...edits].entries()) {
    if (e) {
      const others = othersOf(plan);
      const other = others.length && (e.kind === 'other' || (linked(plan) && e.at % 3 > 0));
      const target = other ? others[e.pick % others.length] : plan;
      const kind = e.kind === 'other' ? (linked(plan) ? 'name' : 'digit') : e.kind;
      texts.set(target, applyEdit(texts.get(target), { ...e, kind }));
      editor.setOverlay(target, texts.get(target));
    } else editor.setOverlay(plan, texts.get(plan));
    const inc = await editor.check(plan);
    const fresh = new core.Project(diskHost, root);
    for (const [f, t] of texts) fresh.setOverlay(f, t);
    const full = await fresh.check(plan);
    assert.deepEqual(comparable(inc), comparable(full), `${plan}, after edit ${step}: ${JSON.stringify(e)}`);
    reused += editor.lastItemCounts(plan)?.reused ?? 0;
    const snap = await editor.snapshot(plan);
    if (snap && snap === last) keptChecks++;
    last = snap;
  }
  return reused;
}
/** How many checks were kept whole (a linked plan changed where no link looks). */
let keptChecks = 0;

/** Runs sequences of edits on plans picked from `plans`; the cache must have been used at least once a run. */
async function property(plans, runs) {
  let reused = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...plans), fc.array(edit, { minLength: 1, maxLength: 4 }), async (plan, edits) => {
      reused += await sequence(plan, edits);
    }),
    { numRuns: runs, seed: SEED },
  );
  assert.ok(reused > runs, `items' reports were reused (${reused} times), so the cache was exercised`);
}

test('after any edits, the rule fixtures and the seeds checked item by item give what a fresh check gives', () =>
  property([...ruleFixtures, ...seeds], RUNS));

test('after any edits to a generated plan, its registry or its source, item by item is a fresh check', () =>
  property([generatedPlan], Math.ceil(RUNS / 2)));

test('after any edits to a plan or the plans it links to, its check, kept or not, is a fresh check', async () => {
  keptChecks = 0;
  await property(linking, Math.ceil(RUNS / 2));
  assert.ok(keptChecks > 0, `checks were kept whole (${keptChecks} times), so keeping them was exercised`);
});

test('an edit inside one indicator of a large plan runs the checks of that indicator alone', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-item-cache-large-')));
  try {
    const plan = writeWorkspace(dir, 400);
    const project = new core.Project(diskHost, dir);
    const text = readFileSync(plan, 'utf8');
    project.setOverlay(plan, text);
    await project.check(plan);
    const first = project.lastItemCounts(plan);
    assert.equal(first.reused, 0);
    const at = text.indexOf('value:', text.length / 2);
    const digit = text.slice(at).search(/\d/) + at;
    project.setOverlay(plan, `${text.slice(0, digit)}${(Number(text[digit]) + 1) % 10}${text.slice(digit + 1)}`);
    await project.check(plan);
    const counts = project.lastItemCounts(plan);
    assert.equal(counts.ran, 1, 'one item checked again');
    assert.equal(counts.reused, first.ran - 1, 'every other item kept');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
