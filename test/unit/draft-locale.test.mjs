// A zh-cn drafter gets its draft's header and `# draft:` comments in Chinese; the English draft stays as it
// was, byte for byte (pinned outputs depend on it), and both drafts are the same YAML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { check, core, repoRoot } from '../helpers.mjs';

const DOCS = [
  'dev/b04-qinghe-county-rural-revival.txt', // 目前: a baseline year to check
  'dev/a06-yunyang-eco-env-14th.txt', // no year stated: the period
  'dev/c02-city-agri-modernization.txt', // a unit placeholder, an organ read with its prefix
];
const draftOf = (rel, locale) => {
  const name = rel.split('/').pop();
  const text = readFileSync(join(repoRoot, 'test/fixtures/documents', rel), 'utf8');
  return core.draftPlan(text, { documentName: name, sourcePath: name, locale }).text;
};
const comments = text => text.split('\n').flatMap(l => (/#/.test(l) ? [l.slice(l.search(/(^|\s)#/)).trim()] : []));

test('the English draft keeps its header and comments word for word', () => {
  const en = draftOf(DOCS[2]);
  assert.equal(en, draftOf(DOCS[2], 'en'), 'English is the default');
  const lines = en.split('\n');
  assert.equal(
    lines[0],
    '# Drafted by `planlint draft` from c02-city-agri-modernization.txt: what the document states, each value anchored to its text.',
  );
  assert.equal(
    lines[1],
    '# Lines marked `# draft:` hold placeholders to fill in; review the rest against the document.',
  );
  assert.ok(en.includes('# draft: the unit (the text gives the number without one)'));
  assert.match(en, /# draft: check \S+ read as 市\S+/);
  assert.match(draftOf(DOCS[0]), /# draft: check baseline year \(目前: no year stated\)/);
  assert.match(draftOf(DOCS[1]), /period: \[\d+, \d+\] {2}# draft: period: the document states no year/);
});

test('a zh-cn draft speaks Chinese in every comment, and is the same YAML as the English one', () => {
  for (const rel of DOCS) {
    const en = draftOf(rel, 'en');
    const zh = draftOf(rel, 'zh-cn');
    assert.deepEqual(parse(zh), parse(en), rel);
    const zhComments = comments(zh);
    assert.equal(zhComments.length, comments(en).length, rel);
    assert.equal(zh.split('# draft:').length, en.split('# draft:').length, `${rel}: the same placeholders`);
    for (const c of zhComments) {
      const words = c.replace(/`[^`]*`|# draft:|#|\S+\.(?:txt|md)/g, ''); // the file name is the file's
      assert.doesNotMatch(words, /[A-Za-z]{2,}/, `${rel}: an English word in ${c}`);
      assert.match(words, /[\u4e00-\u9fff]/, `${rel}: ${c}`);
    }
  }
  const zh = draftOf(DOCS[2], 'zh-cn').split('\n');
  assert.equal(
    zh[0],
    '# 由 `planlint draft` 根据 c02-city-agri-modernization.txt 起草：只写文件所述内容，每个数值都对应到原文。',
  );
  assert.equal(zh[1], '# 标有 `# draft:` 的行是待填写的占位内容；其余内容请对照原文逐项核对。');
  assert.ok(zh.some(l => l.endsWith('# draft: 计量单位（原文只写了数字，没有单位）')));
  assert.ok(zh.some(l => /# draft: 请核对：“\S+”理解为“市\S+”$/.test(l)));
  assert.match(draftOf(DOCS[0], 'zh-cn'), /# draft: 请核对：基期年份（原文写“目前”，未写年份）/);
  assert.match(draftOf(DOCS[1], 'zh-cn'), /# draft: 规划期：文件未写明年份/);
});

test('the checker reads a Chinese placeholder as a placeholder: draft-placeholder quotes it in Chinese', async () => {
  const { mkdtempSync, writeFileSync, realpathSync, copyFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-draft-zh-')));
  copyFileSync(join(repoRoot, 'test/fixtures/documents', DOCS[2]), join(d, 'c02-city-agri-modernization.txt'));
  const plan = join(d, 'c02.plan.yaml');
  writeFileSync(plan, draftOf(DOCS[2], 'zh-cn'));
  const r = await check(plan, { locale: 'zh-cn' });
  const left = r.filter(x => x.code === 'draft-placeholder').map(x => x.message);
  assert.ok(
    left.includes('草稿尚未完成：请填写此处，然后删除该注释（计量单位（原文只写了数字，没有单位））'),
    left.join('\n'),
  );
});
