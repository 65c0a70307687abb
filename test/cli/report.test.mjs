// The HTML report shows the engine's findings, each on the item it is about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const planlint = args => spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });

test('report: every indicator row shows exactly the findings the CLI reports inside that indicator', () => {
  const html = planlint(['report', 'seeds']).stdout;
  const rows = [...html.matchAll(/<tr id="ind-\d+-([^"]+)">(.*?)<\/tr>/gs)].map(m => [m[1], [...m[2].matchAll(/[✖⚠·] ([a-z-]+)<\/span>/g)].map(x => x[1])]);
  const flagged = rows.filter(([, codes]) => codes.includes('binding-without-owner')).map(([id]) => id);
  const cli = JSON.parse(planlint(['--format', 'json', 'seeds']).stdout).filter(d => d.code === 'binding-without-owner');
  assert.equal(cli.length, 1);
  assert.match(cli[0].message, /'行政许可项目在线处理率'/);
  assert.deepEqual(flagged, ['onlineLicensing'], 'not on digitalTvUsers, the indicator before it');
});
