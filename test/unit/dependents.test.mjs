// A plan that links to another is checked again only when an edit there changes what its links use (the
// linked plan's meta, the indicators they name, its ids when one names nothing); otherwise its snapshot is
// kept. After every edit, its diagnostics equal those of a fresh project's check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost, repoRoot } from '../helpers.mjs';

const codes = snap => snap.diagnostics.map(d => `${d.range.start.line + 1}:${d.code}:${d.message}`);

/** Runs `body` on a copy of the plan-system fixture: its root, the master and special plans, a project on it. */
async function inPlanSystem(body) {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-dependents-')));
  try {
    cpSync(join(repoRoot, 'test/fixtures/plan-system'), root, { recursive: true });
    const [master, special] = ['master.plan.yaml', 'special.plan.yaml'].map(f => join(root, f));
    await body({ root, master, special, project: new core.Project(diskHost, root) });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test("a linking plan is kept while the linked plan's edits miss what its links use", () =>
  inPlanSystem(async ({ root, master, special, project }) => {
    const text = readFileSync(master, 'utf8');
    const first = await project.snapshot(special);
    assert.ok(
      codes(first).some(c => c.includes('alignment-weaker')),
      'the fixture finding is there',
    );

    /** Edits the linked plan as the editor would; returns whether the linking plan's snapshot was kept. */
    let current = first;
    const edit = async (next, why) => {
      project.setOverlay(master, next);
      await project.check(master);
      const snap = await project.snapshot(special);
      const fresh = new core.Project(diskHost, root);
      fresh.setOverlay(master, next);
      assert.deepEqual(codes(snap), codes(await fresh.snapshot(special)), `${why}: as a fresh check finds`);
      const kept = snap === current;
      current = snap;
      return kept;
    };
    const arable = text.replace('value: ">= 5800"', 'value: ">= 5900"');
    assert.ok(await edit(arable, 'an indicator no link names'), 'kept: its links do not use arableLand');
    assert.ok(await edit(`${arable}# a comment\n`, 'a comment'), 'kept: a comment');
    const block = /( {2}forestCover:\n(?: {4}.*\n)+)/.exec(arable)[1];
    const moved = arable.replace(block, '').replace('goals:\n', `${block}goals:\n`);
    assert.notEqual(moved, arable);
    // Its place is read too: definition, references and rename from the link go to where it is now.
    assert.ok(!(await edit(moved, 'the linked indicator moved down')), 'checked again: the indicator it names moved');
    const line = moved.split('\n').indexOf('  forestCover:');
    const [def] = await project.definition(
      special,
      readFileSync(special, 'utf8').indexOf('indicator: forestCover') + 12,
    );
    assert.deepEqual([def.uri, def.range.start.line], [master, line], 'definition goes to where it is now');
    assert.ok(await edit(`${moved}# below\n`, 'a comment below it'), 'kept: nothing it uses moved');

    // Another item comes to share its name: messages then name it with its id.
    const clash = moved.replace('name: 耕地保有量', 'name: 森林覆盖率');
    assert.ok(!(await edit(clash, 'another item named alike')), 'checked again: how it is named changed');
    assert.ok(
      codes(current).some(c => c.includes('(forestCover)')),
      codes(current).join('\n'),
    );
    assert.ok(!(await edit(moved, 'the name clash undone')), 'checked again');

    const lower = moved.replace('targets: [{ year: 2025, value: 26 }]', 'targets: [{ year: 2025, value: 25 }]');
    assert.ok(!(await edit(lower, 'the linked target lowered')), 'checked again: the target it aligns to changed');
    assert.ok(!codes(current).some(c => c.includes('alignment-weaker') && c.startsWith('12:')));
    assert.ok(!(await edit(lower.replace('region: 示例省', 'region: 另一省'), 'the region')), 'checked again: meta');

    const renamed = lower.replace('  forestCover:\n', '  forestCoverage:\n');
    assert.ok(!(await edit(renamed, 'the linked id renamed')), 'checked again: the id it names is gone');
    assert.ok(
      codes(current).some(c => c.includes('forestCoverage')),
      'the nearest id is suggested',
    );
    const another = renamed.replace('goals:\n', '  forestCovers: { name: 森林, unit: "%" }\ngoals:\n');
    assert.ok(!(await edit(another, 'an indicator added')), 'checked again: a link names nothing, every id counts');
    assert.ok(await edit(`${another}\n`, 'a blank line'), 'kept again');
  }));

test('a plan is checked again when it, a config over it or the plan it links to changes, not for others', () =>
  inPlanSystem(async ({ root, master, special, project }) => {
    const first = await project.snapshot(special);
    // The plan's own text: a new snapshot even when only a comment changed (its lines may move).
    project.setOverlay(special, `${readFileSync(special, 'utf8')}# note\n`);
    const own = await project.snapshot(special);
    assert.notEqual(own, first);
    // A config over it: checked again.
    project.setOverlay(join(root, 'planlint.config.yaml'), 'rules: { alignment-weaker: off }\n');
    const configured = await project.snapshot(special);
    assert.notEqual(configured, own);
    assert.ok(!codes(configured).some(c => c.includes('alignment-weaker')), 'the config turned the rule off');
    // A file nobody reads: kept.
    project.invalidate(join(root, 'binary.dat'));
    assert.equal(await project.snapshot(special), configured);
    // The linked plan unreadable: checked again, and said so.
    project.setOverlay(master, 'planlint: 1\nplan: [\n');
    const broken = await project.snapshot(special);
    assert.notEqual(broken, configured);
    assert.ok(
      codes(broken).some(c => c.includes('unknown-reference')),
      codes(broken).join('\n'),
    );
  }));

test("a plan is checked again when a linked plan's missing include is created", () =>
  inPlanSystem(async ({ root, master, special, project }) => {
    const more = join(root, 'more.plan.yaml');
    project.setOverlay(
      master,
      readFileSync(master, 'utf8').replace('organizations:', 'include: [more.plan.yaml]\norganizations:'),
    );
    const linking = readFileSync(special, 'utf8').replace(
      'goals:',
      '  extra:\n    name: 额外\n    unit: "%"\n    targets: [{ year: 2025, value: 5 }]\n' +
        '    aligns: { plan: master.plan.yaml, indicator: extra }\ngoals:',
    );
    project.setOverlay(special, linking);
    const before = await project.snapshot(special);
    assert.ok(
      codes(before).some(c => c.includes('unknown-reference') && c.includes('extra')),
      codes(before).join('\n'),
    );
    writeFileSync(
      more,
      'planlint: 1\nindicators:\n  extra: { name: 额外, unit: "%", targets: [{ year: 2025, value: 5 }] }\n',
    );
    assert.ok(project.invalidate(more).includes(special), 'the linking plan is among those that read it');
    const after = await project.snapshot(special);
    assert.ok(!codes(after).some(c => c.includes('unknown-reference')), codes(after).join('\n'));
    const fresh = new core.Project(diskHost, root);
    fresh.setOverlay(
      master,
      readFileSync(master, 'utf8').replace('organizations:', 'include: [more.plan.yaml]\norganizations:'),
    );
    fresh.setOverlay(special, linking);
    assert.deepEqual(codes(after), codes(await fresh.snapshot(special)));
  }));
