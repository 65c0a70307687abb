// Plans built to exhaust the command line: a target in year 40,000,000 (the report's chart used to
// walk every year to it), a unit of 50,000 ratios (parsing it recursed until the stack overflowed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, repoRoot } from '../helpers.mjs';

const bin = join(repoRoot, 'bin/planlint.js');
/** planlint in a node whose heap is capped at 200 MB: a run that needs more dies instead of passing. */
const run = (args, cwd) => {
  const r = spawnSync(process.execPath, ['--max-old-space-size=200', bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
function scratch(plan) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-bounds-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  writeFileSync(join(dir, 'a.plan.yaml'), plan);
  return dir;
}

test("report: a target in year 40,000,000 is charted within the schema's years, in bounded memory", () => {
  const dir = scratch(
    'planlint: 1\nplan: { id: v, title: t, period: [2016, 2020] }\nindicators:\n' +
      '  a: { name: n, unit: 亿元, direction: increase, baseline: { year: 2015, value: 1 }, growth: "5%", targets: [{ year: 2020, value: 5 }, { year: 40000000, value: 9 }] }\n',
  );
  const r = run(['report', '--output', 'r.html', 'a.plan.yaml'], dir);
  assert.equal(r.code, 1, r.err);
  const html = readFileSync(join(dir, 'r.html'), 'utf8');
  const stated = /<polyline class="stated" points="([^"]*)"/.exec(html);
  assert.equal(stated[1].split(' ').length, 6, 'the stated growth is drawn for 2015–2020 only');
  assert.ok(html.length < 100_000);
  assert.match(run(['--format', 'json', 'a.plan.yaml'], dir).out, /"code": "schema"/, 'the year is reported');
});

test('a unit of 50,000 ratios (元/元/…): unit-unknown, no rule fails, report runs', () => {
  const unit = `${'元/'.repeat(50_000)}元`;
  assert.equal(core.parseUnit(unit), undefined);
  assert.equal(core.parseUnit('万元/人/次').dim, 'money/persons/count', 'a short ratio still parses');
  assert.equal(core.parseUnit('万元/人/次').factor, 1e4);
  const dir = scratch(
    'planlint: 1\nplan: { id: v, title: t, period: [2016, 2020] }\nindicators:\n' +
      `  a: { name: n, unit: "${unit}", direction: increase, baseline: { year: 2015, value: "1${unit}" }, targets: [{ year: 2020, value: "5${unit}" }] }\n`,
  );
  const r = run(['--format', 'json', 'a.plan.yaml'], dir);
  const diags = JSON.parse(r.out);
  assert.deepEqual(
    diags.filter(d => /internal error/.test(d.message)),
    [],
  );
  assert.equal(diags.filter(d => d.code === 'unit-unknown').length, 3);
  const rep = run(['report', '--output', 'r.html', 'a.plan.yaml'], dir);
  assert.equal(rep.code, 0, rep.err);
});

test('many plans that include one large registry share it: bounded memory, whatever the number of plans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-bounds-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  let orgs = 'planlint: 1\norganizations:\n';
  for (let i = 0; i < 20000; i++) orgs += `  org${i}: { name: 第${i}号单位, aliases: [单位${i}] }\n`;
  writeFileSync(join(dir, 'shared.orgs.yaml'), orgs);
  for (let p = 0; p < 300; p++)
    writeFileSync(
      join(dir, `p${p}.plan.yaml`),
      `planlint: 1\nplan: { id: p${p}, title: t, period: [2021, 2025] }\ninclude: [shared.orgs.yaml]\n` +
        `goals:\n  G1: { title: 目标, responsible: [org${p * 7}] }\n`,
    );
  // Each plan once copied the registry into its own scope: 300 copies of 20,000 bodies ran out of the heap.
  const { code, out, err } = run(['--concurrency', 'off', '--format', 'json', '.'], dir);
  assert.equal(code, 0, err.slice(-400));
  assert.deepEqual(JSON.parse(out), []);
});
