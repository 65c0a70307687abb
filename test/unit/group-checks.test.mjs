// The checks across items (sums, ids, an indicator and the goals that list it) run by group: an edit in one
// indicator runs the checks of the groups it is in (its totals, its id, its listing), and every other group
// keeps its reports, moved with its members. After every edit, the diagnostics equal a fresh project's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost } from '../helpers.mjs';
import { writeWorkspace } from '../../bench/generate.mjs';

const shown = snap =>
  snap.diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character}:${d.code}:${d.message}`);

const indicator = (id, value, extra = '') =>
  `  ${id}: { name: 指标${id}, unit: 亿元, direction: increase, targets: [{ year: 2020, value: ${value} }]${extra} }\n`;
const PLAN =
  'planlint: 1\nplan: { id: t, title: 测试规划, period: [2016, 2020], baseline_year: 2015 }\nindicators:\n' +
  indicator('T', 100, ', parts: [A, B]') +
  indicator('A', 60) +
  indicator('B', 40) +
  indicator('U', 100, ', parts: [C, D]') +
  indicator('C', 50) +
  indicator('D', 50) +
  'goals:\n  G: { title: 目标, indicators: [T, U, A, B, C] }\n';

async function edited(text, edits) {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-groups-')));
  const plan = join(root, 'p.plan.yaml');
  writeFileSync(plan, text);
  const project = new core.Project(diskHost, root);
  try {
    const steps = [{ snap: await project.snapshot(plan), counts: project.lastItemCounts(plan) }];
    for (const next of edits) {
      project.setOverlay(plan, next);
      const snap = await project.snapshot(plan);
      const fresh = new core.Project(diskHost, root);
      fresh.setOverlay(plan, next);
      assert.deepEqual(shown(snap), shown(await fresh.snapshot(plan)), 'as a fresh check finds');
      steps.push({ snap, counts: project.lastItemCounts(plan) });
    }
    return steps;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Kept groups: sums and units, one per total (T, U); ids, none shared. Listing and binding (unused-indicator,
// binding-without-owner) cost less than a stamp: checked each time from the summaries, and not counted.
const GROUPS = 2 + 2;

test('an edit in a part runs the groups it is in: its total, its listing; the others keep their reports', async () => {
  const broken = PLAN.replace(
    'A: { name: 指标A, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 60',
    'A: { name: 指标A, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 70',
  );
  assert.notEqual(broken, PLAN);
  const [first, second, third] = await edited(PLAN, [broken, PLAN]);
  assert.deepEqual(first.counts.groups, { ran: GROUPS, reused: 0 });
  assert.ok(!shown(first.snap).some(d => d.includes('sum-mismatch')));
  // A's kept groups: T's sum, T's units.
  assert.deepEqual(second.counts.groups, { ran: 2, reused: GROUPS - 2 });
  assert.deepEqual(second.counts, { ...second.counts, ran: 1, reused: 6 }, 'one item of seven ran its own checks');
  assert.ok(
    shown(second.snap).some(d => /^4:.*sum-mismatch.*110/.test(d)),
    'T: the parts now add up to 110',
  );
  assert.deepEqual(third.counts.groups, { ran: 2, reused: GROUPS - 2 });
  assert.deepEqual(shown(third.snap), shown(first.snap));
});

test('kept group reports move with their members; a rule whose messages name lines runs again on a move', async () => {
  const wrong = PLAN.replace('value: 50 }] }\n  D', 'value: 55 }] }\n  D');
  assert.notEqual(wrong, PLAN);
  // D: no goal lists it (unused-indicator), U's parts add up to 105 (sum-mismatch); then a line above all.
  const dupe = wrong.replace('goals:\n', 'goals:\n  A: { title: 同号目标 }\n');
  const moved = dupe.replace('indicators:\n', '# 一行注释\nindicators:\n');
  const [, second, third] = await edited(wrong, [dupe, moved]);
  assert.ok(
    shown(second.snap).some(d => d.includes('duplicate-id')),
    'the goal A shares the indicator A id',
  );
  const sums = s => shown(s.snap).filter(d => /sum-mismatch|unit-mismatch|unused-indicator/.test(d));
  assert.equal(sums(third).length, sums(second).length);
  assert.ok(sums(third).length >= 2);
  for (const [i, d] of sums(third).entries())
    assert.equal(Number(d.split(':')[0]), Number(sums(second)[i].split(':')[0]) + 1, 'moved a line down');
  // The id group names a line in its message: it runs again; every other group is kept, moved a line down.
  assert.equal(third.counts.groups.ran, 1, 'the duplicate id group only');
});

test('at scale: an edit inside one of 400 indicators runs its own checks and the groups of its total only', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-groups-large-')));
  try {
    const plan = writeWorkspace(dir, 400);
    // Twenty totals, each of two parts of one unit (ind0 and ind10, ind20 and ind30, …), first in the section.
    const totals = Array.from(
      { length: 20 },
      (_, k) =>
        `  sum${k}: { name: 合计${k}, unit: "亿元", direction: increase, targets: [{ year: 2025, value: 1 }], ` +
        `parts: [ind${20 * k}, ind${20 * k + 10}] }\n`,
    ).join('');
    const text = readFileSync(plan, 'utf8').replace('indicators:\n', `indicators:\n${totals}`);
    const project = new core.Project(diskHost, dir);
    project.setOverlay(plan, text);
    await project.check(plan);
    assert.deepEqual(project.lastItemCounts(plan).groups, { ran: 40, reused: 0 }, 'sums and units, 20 each');
    /** The plan with a digit of the first value in indicator `id` changed, and the counts of its check. */
    const editIn = async id => {
      const at = text.indexOf('value:', text.indexOf(`\n  ${id}:\n`));
      const digit = text.slice(at).search(/\d/) + at;
      const next = `${text.slice(0, digit)}${(Number(text[digit]) + 1) % 10}${text.slice(digit + 1)}`;
      project.setOverlay(plan, next);
      const snap = await project.snapshot(plan);
      const fresh = new core.Project(diskHost, dir);
      fresh.setOverlay(plan, next);
      assert.deepEqual(shown(snap), shown(await fresh.snapshot(plan)), `${id}: as a fresh check finds`);
      return project.lastItemCounts(plan);
    };
    const part = await editIn('ind200'); // a part of sum10
    assert.equal(part.ran, 1, 'one item checked again');
    assert.deepEqual(part.groups, { ran: 2, reused: 38 }, "its total's sum and units");
    const other = await editIn('ind201'); // a part of no total (and ind200 back as it was: its total again)
    assert.equal(other.ran, 2);
    assert.deepEqual(other.groups, { ran: 2, reused: 38 });
    assert.deepEqual((await editIn('ind205')).groups, { ran: 0, reused: 40 }, 'no total runs again');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a total hidden by a goal of its id: another item takes its name, and its kept sum names it with its id', async () => {
  const text =
    'planlint: 1\nplan: { id: t, title: 测试规划, period: [2016, 2020], baseline_year: 2015 }\n' +
    'goals:\n  T: { title: 目标甲, indicators: [A, B, W] }\nindicators:\n' +
    indicator('T', 100, ', parts: [A, B]').replace('指标T', '总量') +
    indicator('A', 60) +
    indicator('B', 30) +
    indicator('W', 5).replace('指标W', '别的');
  const [first, second] = await edited(text, [text.replace('name: 别的', 'name: 总量')]);
  assert.ok(
    shown(first.snap).some(d => /sum-mismatch:.*'总量' is/.test(d)),
    'named alone before',
  );
  assert.ok(
    shown(second.snap).some(d => /sum-mismatch:.*'总量' \(T\) is/.test(d)),
    'with its id after',
  );
});
