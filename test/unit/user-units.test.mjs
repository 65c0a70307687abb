// User units reach the quantity reader as a value (the effective config's unit table), not through
// module state: plans under different configs, checked in one process and interleaved, each get the
// results they get alone, whatever order they run in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkResult, core, diskHost } from '../helpers.mjs';

const PLAN = `planlint: 1
plan: { id: ports, title: 港口规划, period: [2016, 2020], baseline_year: 2015 }
indicators:
  teu: { name: 集装箱吞吐量, unit: 万标箱, direction: increase, baseline: { value: 100 }, targets: [{ year: 2020, value: 90万标箱 }] }
  typo: { name: 泊位, unit: 万标相, direction: increase, baseline: { value: 1 }, targets: [{ year: 2020, value: 2 }] }
  route: { name: 航线, unit: 公里, direction: increase, baseline: { value: 2000 }, targets: [{ year: 2020, value: 1海里 }] }
goals:
  G: { title: 港口, indicators: [teu, typo, route] }
`;
/** Three roots, one plan text: containers and nautical miles; containers as a length only; no units. */
const CONFIGS = {
  ports: 'units:\n  标箱: { dimension: containers }\n  海里: { dimension: length, factor: 1852 }\n',
  lengths: 'units:\n  标箱: { dimension: length, factor: 1000 }\n',
  none: '',
};

function tree() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-units-')));
  for (const [name, config] of Object.entries(CONFIGS)) {
    mkdirSync(join(dir, name, '.git'), { recursive: true }); // each folder is its own root
    if (config) writeFileSync(join(dir, name, 'planlint.config.yaml'), config);
    writeFileSync(join(dir, name, 'p.plan.yaml'), PLAN);
  }
  return dir;
}

const summary = diagnostics => diagnostics.map(d => `${d.range.start.line + 1}:${d.code}:${d.message}`).sort();

async function checkAll(session, dir, order) {
  const results = await Promise.all(
    order.map(async name => {
      const uri = join(dir, name, 'p.plan.yaml');
      const r = await (await session.projectFor(uri)).check(uri);
      assert.ok(r.ok, `${name}: ${r.reason}`);
      return [name, summary(r.diagnostics)];
    }),
  );
  return results;
}

test('plans under configs with different user units, checked interleaved in one process, each get their own', async () => {
  const dir = tree();
  try {
    // Each alone, in a session of its own: what it must give whatever else runs.
    const alone = {};
    for (const name of Object.keys(CONFIGS)) {
      const [[, got]] = await checkAll(new core.Session(diskHost, { cwd: dir }), dir, [name]);
      alone[name] = got;
    }
    // The configs do make a difference, so the comparison below can fail.
    const codes = name => alone[name].map(s => s.split(':').slice(0, 2).join(':'));
    assert.ok(!codes('ports').includes('4:unit-unknown'), '万标箱 is a unit under ports');
    assert.ok(codes('none').includes('4:unit-unknown'), '万标箱 is unknown without units');
    assert.ok(!codes('ports').includes('6:unit-unknown'), '海里 is a unit under ports');
    assert.ok(codes('lengths').includes('6:unit-unknown'), 'but not under lengths');
    assert.ok(
      alone.ports.some(s => s.startsWith('5:unit-unknown') && s.includes('万标箱')),
      'the typo 万标相 is read as 万标箱 under ports',
    );
    assert.ok(
      !alone.none.some(s => s.startsWith('5:') && s.includes('万标箱')),
      'and suggests no user unit without one',
    );
    assert.notDeepEqual(alone.ports, alone.lengths);

    // One session, every root, many checks at once, in orders that start with each config.
    const session = new core.Session(diskHost, { cwd: dir });
    for (const order of [
      ['none', 'ports', 'lengths', 'ports', 'none', 'lengths'],
      ['lengths', 'none', 'ports', 'none', 'ports', 'lengths'],
    ]) {
      for (const [name, got] of await checkAll(session, dir, order)) assert.deepEqual(got, alone[name], name);
    }
    // Projects given their configs as values (as `--config` does), interleaved.
    const runs = ['none', 'ports', 'lengths', 'ports', 'none'].map(async name => {
      const config = CONFIGS[name] ? core.parseConfig(CONFIGS[name]).config : undefined;
      const r = await checkResult(diskHost, dir, join(dir, name, 'p.plan.yaml'), { config });
      return [name, summary(r.diagnostics)];
    });
    for (const [name, got] of await Promise.all(runs)) assert.deepEqual(got, alone[name], `${name} (given config)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
