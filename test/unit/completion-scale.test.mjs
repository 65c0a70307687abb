// Completion deep in a large plan: the keys above the cursor are found from the parsed plan (the section
// entry's start, then its section's key: service/sectionJump.ts) instead of reading every line above it,
// and what else completion reads is a window around the cursor. The items must be those of the line-by-line
// reading, and the cost must not grow with the plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost, perCall, repoRoot } from '../helpers.mjs';
import { writeWorkspace } from '../../bench/generate.mjs';

const dirs = [];
process.on('exit', () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
/** A generated plan of `n` indicators (with goals, tasks and funding), checked once in a fresh project. */
const made = new Map();
const generated = n => {
  if (!made.has(n)) made.set(n, generate(n));
  return made.get(n);
};
async function generate(n) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `planlint-completion-${n}-`)));
  dirs.push(dir);
  const file = writeWorkspace(dir, n);
  const project = new core.Project(diskHost, dir);
  const text = readFileSync(file, 'utf8');
  project.setOverlay(file, text);
  assert.ok((await project.check(file)).ok);
  return { project, file, text };
}

/** Where a drafter asks for completion on a line: its end, the end of its indentation, after `: ` and `[`. */
function spots(text, every) {
  const out = [];
  let o = 0;
  text.split('\n').forEach((line, i) => {
    if (i % every === 0 && !/^\s*#/.test(line)) {
      out.push(o + line.length, o + line.length - line.trimStart().length);
      for (const mark of [': ', '[', '- ']) if (line.includes(mark)) out.push(o + line.indexOf(mark) + mark.length);
    }
    o += line.length + 1;
  });
  return [...new Set(out)];
}
const shape = r => ({ replaceStart: r.replaceStart, items: r.items.map(i => [i.label, i.insertText, i.detail]) });

/**
 * The same text with a line that does not parse far below it: completion then reads the text line by line
 * (the last good parse is of another text), which is what each completion is compared with.
 */
const BROKEN_TAIL = `${'\n'.repeat(420)}broken: [\n`;

for (const [name, make] of [
  ['a generated plan of 300 indicators', () => generated(300)],
  ['the seed plans', null],
]) {
  test(`completion on ${name}: the same items as reading every line above the cursor`, async () => {
    const plans = [];
    if (make) plans.push(await make());
    else {
      const session = new core.Session(diskHost, { cwd: join(repoRoot, 'seeds') });
      for (const f of ['sx-industry-13th.plan.yaml', 'sx-digital-economy.plan.yaml']) {
        const file = realpathSync(join(repoRoot, 'seeds/plans', f));
        const project = await session.projectFor(file);
        const checked = await project.check(file);
        assert.ok(checked.ok && !checked.file.yaml.syntax.length, f);
        plans.push({ project, file, text: checked.file.text });
      }
    }
    let compared = 0,
      withItems = 0;
    for (const { project, file, text } of plans) {
      const at = spots(text, make ? 5 : 1);
      const parsed = [];
      for (const o of at) parsed.push(shape(await project.completion(file, o)));
      project.setOverlay(file, text + BROKEN_TAIL);
      for (let k = 0; k < at.length; k++) {
        const byLines = shape(await project.completion(file, at[k]));
        assert.deepEqual(parsed[k], byLines, `${file} @${at[k]}: ${JSON.stringify(text.slice(at[k] - 30, at[k]))}`);
        compared++;
        if (byLines.items.length) withItems++;
      }
    }
    assert.ok(compared > 400 && withItems > 200, `compared ${compared}, ${withItems} with items`);
  });
}

test('completion deep in a plan of 3,200 indicators offers what it offers in a plan of 30', async () => {
  const small = await generated(30),
    large = await generated(3200);
  // The middle indicator's `responsible: [`, the key line after its `category:`, its `direction:`, a target's
  // value, and a task's `lead: [`: deep in the large plan, each offers what the same place offers in the small one.
  const places = ({ text }, id, task) => {
    const at = text.indexOf(`  ${id}:\n`),
      t = text.indexOf(`  ${task}:\n`);
    const after = (from, needle, delta = needle.length) => text.indexOf(needle, from) + delta;
    return [
      after(at, 'responsible: ['),
      after(at, '    direction: ', 4),
      after(at, 'direction: increase'),
      after(at, 'value: ') + 2,
      after(t, 'lead: ['),
    ];
  };
  const a = places(small, 'ind15', 'T1'),
    b = places(large, 'ind1515', 'T151');
  for (let k = 0; k < a.length; k++) {
    const x = await small.project.completion(small.file, a[k]);
    const y = await large.project.completion(large.file, b[k]);
    assert.ok(y.items.length > 0, `place ${k} offers something`);
    // Units the plan uses come first in the order they appear, in a large plan within 50,000 characters
    // of the cursor: at a value (place 3) the same units, in an order of their own.
    const labels = r => (k === 3 ? r.items.map(i => i.label).sort() : r.items.map(i => i.label));
    assert.deepEqual(labels(y), labels(x), `place ${k}`);
  }
  const orgs = await large.project.completion(large.file, b[0]);
  assert.ok(orgs.items.some(i => i.label === '省工信厅' && i.detail === '某省工信厅'));
  const fields = await large.project.completion(large.file, b[1]);
  assert.ok(!fields.items.some(i => i.label === 'name'), 'a field the indicator has is not offered again');
});

test('completion costs the same in a plan 8 times larger (the keys above are not read line by line)', async () => {
  const small = await generated(400),
    large = await generated(3200);
  // The last indicator (the most lines above it), at `responsible: [`, at a new key and at a unit.
  const timed = ({ project, file, text }) => {
    const last = text.lastIndexOf('responsible: [', text.indexOf('\ngoals:'));
    const unit = text.lastIndexOf('unit: "', last) + 7;
    const key = text.lastIndexOf('    direction: ', last);
    return async () => {
      await project.completion(file, last + 14);
      await project.completion(file, key);
      await project.completion(file, unit);
    };
  };
  const a = timed(small),
    b = timed(large);
  await a();
  await b();
  let ta = Infinity,
    tb = Infinity;
  // Interleaved, best of 5: a burst of load or a collection hits one sample, not the result.
  for (let trial = 0; trial < 5; trial++) {
    ta = Math.min(ta, await perCall(a));
    tb = Math.min(tb, await perCall(b));
  }
  // Reading every line above grew about 4 times here (x3.8); the window and the parsed plan's entries, about 1.
  assert.ok(
    tb / ta < 2,
    `${ta.toFixed(3)} ms at 400 indicators, ${tb.toFixed(3)} ms at 3,200 (x${(tb / ta).toFixed(1)})`,
  );
});
