// A plan snapshot is one version of a plan with what its check read and found, built once per
// version and frozen; the editor's features read it instead of checking again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost } from '../helpers.mjs';

const PLAN =
  'planlint: 1\nplan: { id: t, title: 测试, period: [2021, 2025], baseline_year: 2020 }\n' +
  'sources:\n  s: { path: src.txt }\nindicators:\n  a:\n    name: 收入\n    unit: 亿元\n    direction: increase\n' +
  '    baseline: { value: 100 }\n    targets: [{ year: 2025, value: 120, source: { doc: s, para: 1 } }]\n' +
  '    growth: "9%"\ngoals:\n  g:\n    title: 目标\n    indicators: [a]\n';

function workspace() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-snapshot-')));
  writeFileSync(join(dir, 'src.txt'), '到2025年，收入达到120亿元。\n');
  writeFileSync(join(dir, 'p.plan.yaml'), PLAN);
  return { dir, plan: join(dir, 'p.plan.yaml') };
}

test('a snapshot per version: frozen, built once, left as it was by the next edit', async () => {
  const { dir, plan } = workspace();
  try {
    const project = new core.Project(diskHost, dir);
    const first = await project.snapshot(plan);
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first.diagnostics));
    assert.equal(first.file.text, PLAN);
    assert.equal(first.locale, 'en');
    assert.equal(first.config.growthTolerance, core.DEFAULT_CONFIG.growthTolerance);
    assert.ok(first.resolution.sourceStates.get('s').doc, 'the source it read');
    assert.deepEqual([...first.sources.keys()], [join(dir, 'src.txt')]);
    assert.equal(typeof first.sources.get(join(dir, 'src.txt')), 'number', 'by content hash');
    assert.deepEqual(
      first.diagnostics.map(d => d.code),
      ['growth-mismatch'],
    );
    // Features read the snapshot: no check runs again for the same version.
    const at = PLAN.indexOf('120, source');
    await project.hover(plan, at);
    await project.inlayHints(plan);
    await project.documentSymbols(plan);
    assert.equal(await project.snapshot(plan), first, 'the same version: the same snapshot');

    const edited = PLAN.replace('growth: "9%"', 'growth: "3.7%"');
    project.setOverlay(plan, edited);
    const second = await project.snapshot(plan);
    assert.notEqual(second, first);
    assert.deepEqual(second.diagnostics, [], 'the edit fixed the growth');
    assert.equal(first.file.text, PLAN, 'the earlier snapshot is as it was');
    assert.deepEqual(
      first.diagnostics.map(d => d.code),
      ['growth-mismatch'],
    );
    assert.equal(second.sources.get(join(dir, 'src.txt')), first.sources.get(join(dir, 'src.txt')));

    // The source document changes: the new snapshot says what it read.
    project.setOverlay(join(dir, 'src.txt'), '到2025年，收入达到130亿元。\n');
    const third = await project.snapshot(plan);
    assert.notEqual(third.sources.get(join(dir, 'src.txt')), second.sources.get(join(dir, 'src.txt')));
    assert.deepEqual(
      third.diagnostics.map(d => d.code),
      ['source-value-drift'],
    );
    assert.equal(readFileSync(plan, 'utf8'), PLAN, 'nothing written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('settings changed: a new snapshot in the new locale', async () => {
  const { dir, plan } = workspace();
  try {
    const project = new core.Project(diskHost, dir);
    const en = await project.snapshot(plan);
    project.settings = { locale: 'zh-cn', overrides: {} };
    const zh = await project.snapshot(plan);
    assert.notEqual(zh, en);
    assert.equal(zh.locale, 'zh-cn');
    assert.match(zh.diagnostics[0].message, /年均增长/);
    assert.match(en.diagnostics[0].message, /stated growth/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a document closed as it is on disk keeps its parse; released (the command line), it is let go', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-release-')));
  try {
    const plan = join(dir, 'p.plan.yaml');
    writeFileSync(plan, PLAN);
    const project = new core.Project(diskHost, dir);
    project.setOverlay(plan, PLAN);
    const open = await project.file(plan);
    // Closed as the server closes it: the buffer goes, and the plans that read it are looked up.
    project.clearOverlay(plan);
    project.invalidate(plan);
    assert.equal(await project.file(plan), open, 'the same text on disk: the same parse');
    project.setOverlay(plan, PLAN);
    assert.equal(await project.file(plan), open, 'opened again: the same parse');
    project.clearOverlay(plan);
    project.release(plan);
    assert.notEqual(await project.file(plan), open, 'released: parsed again when read again');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
