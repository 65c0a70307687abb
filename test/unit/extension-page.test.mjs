// The extension page a drafter sees: an icon (drawn by scripts/icon.mjs, shipped in the .vsix) and a
// Chinese section at the top of the README, in the glossary's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, repoRoot } from '../helpers.mjs';
import { iconPng } from '../../scripts/icon.mjs';

const read = f => readFileSync(join(repoRoot, f), 'utf8');

test('the icon: a 128×128 PNG that scripts/icon.mjs draws, named by package.json and kept by .vscodeignore', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.icon, 'images/icon.png');
  const png = readFileSync(join(repoRoot, pkg.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'the Marketplace wants 128×128 at least');
  assert.ok(png.equals(iconPng()), 'the committed icon is what the script draws (node scripts/icon.mjs)');
  assert.match(read('.vscodeignore'), /^!images\/icon\.png$/m);
});

test('the README opens with a link to its Chinese section, which walks a drafter through the extension', () => {
  const readme = read('README.md');
  assert.match(readme.split('\n').slice(0, 4).join('\n'), /\[中文说明\]\(#中文说明\)/);
  assert.equal(core.headingSlug('中文说明'), '中文说明');
  const zh = readme.slice(readme.indexOf('## 中文说明'), readme.indexOf('## Use it in your plans repository'));
  assert.ok(zh.length > 300, 'the section is there, before the English setup');
  for (const words of [
    '根据此文件起草规划',
    '`# draft:`',
    '记为原文自身的不一致',
    '已确认',
    'planlint init',
    'docs/glossary.md',
  ])
    assert.ok(zh.includes(words), words);
  // The words the editor itself uses: the command, the quick fix and the report, in the catalogues.
  const nls = JSON.parse(read('package.nls.zh-cn.json'));
  assert.ok(zh.includes(nls['command.draftPlan']));
  assert.ok(core.t('zh-cn', 'fix.recordInconsistency', { paragraphs: '' }).startsWith('记为原文自身的不一致'));
});
