// The HTML report shows a private-use character of a source document (left by PDF extraction) as a
// visible placeholder with a title that says what it is, never as an empty box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

test('report: ⟨U+E004⟩ with an explaining title in the quoted paragraph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-pua-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  writeFileSync(join(dir, 'p.txt'), '　　建成6个平台。\ue004\n');
  writeFileSync(
    join(dir, 'a.plan.yaml'),
    'planlint: 1\nplan: { id: t, title: 测试, period: [2016, 2020] }\n' +
      'sources:\n  p: { path: p.txt }\nindicators:\n' +
      '  v: { name: 平台, unit: 个, direction: increase, targets: [{ year: 2020, value: 6, source: p#p1 }] }\n' +
      'goals:\n  G: { title: 目标, indicators: [v] }\n',
  );
  const bin = join(repoRoot, 'bin/planlint.js');
  const r = spawnSync(process.execPath, [bin, 'report', '--output', 'r.html', 'a.plan.yaml'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(dir, 'r.html'), 'utf8');
  const placeholder =
    /<abbr class="pua" title="a private-use character, left by PDF extraction[^"]*">⟨U\+E004⟩<\/abbr>/;
  assert.match(html, placeholder);
  assert.doesNotMatch(html, /\ue004/);
});
