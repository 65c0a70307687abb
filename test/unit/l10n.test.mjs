// One way to localise what is not a rule's message: a catalogue per locale (server/src/core/l10n),
// complete and consistent, and no inline locale test left in the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { core, repoRoot } from '../helpers.mjs';

const placeholders = s => [...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();

test('every locale has every key, with the same placeholders, in its own words', () => {
  const { en, 'zh-cn': zh } = core.CATALOGUES;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
    assert.notEqual(zh[key], en[key], `${key} is not translated`);
  }
});

test('t fills placeholders, leaves unknown braces, and tn picks the counted form', () => {
  assert.equal(core.t('en', 'source.noParagraph', { para: 7, count: 3 }), 'no ¶7 (3 paragraphs)');
  assert.equal(core.t('zh-cn', 'source.noParagraph', { para: 7, count: 3 }), '没有第7段（共3段）');
  assert.match(core.t('en', 'rename.badId', { id: 'a b' }), /'a b' is not a usable id \(.*\[ \] \{ \}/);
  assert.equal(core.tn('en', 'summary.files', 1), '1 file');
  assert.equal(core.tn('en', 'summary.files', 2), '2 files');
  assert.equal(core.tn('zh-cn', 'summary.files', 2), '2个文件');
  assert.deepEqual(core.msg('config.cannotBeRead', { why: 'x' }), { en: 'cannot be read: x', zh: '无法读取：x' });
  assert.equal(core.hasMessage('instrument.grant'), true);
  assert.equal(core.hasMessage('instrument.nope'), false);
});

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* tsFiles(full);
    else if (name.endsWith('.ts')) yield full;
  }
}

test('no inline locale test: strings come from the catalogues (or a Msg picked by pickLocale)', () => {
  const allowed = new Set(['server/src/core/diagnostics.ts']);
  const offences = [];
  for (const file of tsFiles(join(repoRoot, 'server/src'))) {
    const rel = relative(repoRoot, file);
    if (allowed.has(rel)) continue;
    for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries())
      if (/[!=]==? ?'zh-cn'|'zh-cn' ?[!=]==?/.test(line)) offences.push(`${rel}:${i + 1}: ${line.trim()}`);
  }
  assert.deepEqual(offences, []);
});

test('bilingual literals ({ en, zh }) only where diagnostics and data are written, not in UI code', () => {
  // Rule modules carry their messages; codes reported outside them (check, YAML, schema, config) and
  // data bilingual by nature (unit dimensions, item names in messages) keep theirs beside the code.
  const allowed =
    /^server\/src\/core\/(rules\/|check\/|yaml\/parse|schema\/validate|config|quantity\/units|model\/names)/;
  const offences = [];
  for (const file of tsFiles(join(repoRoot, 'server/src'))) {
    const rel = relative(repoRoot, file);
    if (allowed.test(rel)) continue;
    for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries())
      if (/\bzh: *[`'"]/.test(line)) offences.push(`${rel}:${i + 1}: ${line.trim()}`);
  }
  assert.deepEqual(offences, []);
});

test('the command line speaks the chosen language: help, usage errors and draft', async () => {
  const { spawnSync } = await import('node:child_process');
  const run = (args, env = {}) =>
    spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env },
    });
  assert.match(run(['--locale', 'zh-cn', '--help']).stdout, /^用法：planlint/);
  assert.match(run(['--help']).stdout, /^Usage: planlint/);
  const bad = run(['--locale', 'zh-cn', '--format', 'nope']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /未知格式“nope”/);
  assert.match(run(['draft'], { LANG: 'zh_CN.UTF-8' }).stderr, /draft 只接受一个文档\n用法：/);
  assert.match(run(['draft']).stderr, /draft takes one document\nUsage:/);
  assert.match(run(['--locale', 'zh-cn', 'draft']).stderr, /draft 只接受一个文档/);
  assert.match(run(['draft', '--locale', 'zh-cn']).stderr, /draft 只接受一个文档/);
  assert.match(run(['draft', '--locale', 'fr']).stderr, /unknown locale 'fr'/);
  assert.match(run(['--locale', 'zh-cn', 'nothing-here']).stderr, /无法读取“nothing-here”：没有此文件或文件夹/);
});

test("the client's runtime strings: each vscode.l10n.t text has its Chinese, and the bundle holds no stale one", () => {
  const bundle = JSON.parse(readFileSync(join(repoRoot, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
  const used = new Set();
  const walk = dir => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts'))
        for (const m of readFileSync(full, 'utf8').matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g))
          used.add(m[2].replace(/\\(['"`\\])/g, '$1'));
    }
  };
  walk(join(repoRoot, 'client/src'));
  assert.ok(used.size > 10, 'the scan found the client strings');
  assert.deepEqual(
    [...used].filter(s => !(s in bundle)),
    [],
    'untranslated',
  );
  assert.deepEqual(
    Object.keys(bundle).filter(s => !used.has(s)),
    [],
    'stale',
  );
});
