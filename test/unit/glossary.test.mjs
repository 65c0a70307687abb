// docs/glossary.md fixes one Chinese word per thing: every Chinese text the product shows uses the
// table's term and none of the words the table rules out (no 继任机构 beside 承接机构, no 基准值 beside 基期值).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, repoRoot } from '../helpers.mjs';

const read = f => readFileSync(join(repoRoot, f), 'utf8');

/** The glossary's rows: English, Chinese (one or more terms, split at ` / `), and the words not used. */
function glossary() {
  const rows = read('docs/glossary.md')
    .split('\n')
    .filter(l => /^\| [a-z]/.test(l) && !l.startsWith('| English'))
    .map(l => l.split('|').map(c => c.trim()));
  return rows.map(([, en, zh, , not]) => ({ en, terms: zh.split(' / '), not: not ? not.split('、') : [] }));
}

/** Every Chinese text the product shows, with where it is from. */
function chineseTexts() {
  const out = [];
  for (const [k, v] of Object.entries(core.CATALOGUES['zh-cn'])) out.push([`zh-cn.ts ${k}`, v]);
  for (const r of core.ALL_RULES) {
    out.push([`${r.meta.code} summary`, r.meta.summary.zh]);
    for (const [id, m] of Object.entries(r.meta.messages)) out.push([`${r.meta.code}.${id}`, m.zh]);
  }
  for (const r of core.RULES) out.push([`${r.code} row`, r.summary.zh]);
  for (const f of ['l10n/bundle.l10n.zh-cn.json', 'package.nls.zh-cn.json'])
    for (const [k, v] of Object.entries(JSON.parse(read(f)))) out.push([`${f} ${k}`, v]);
  out.push(['docs/rules.zh-cn.md', read('docs/rules.zh-cn.md')]);
  return out;
}

test('the glossary has the terms a drafter meets, each with a Chinese term and a meaning', () => {
  const g = glossary();
  const en = g.map(r => r.en);
  for (const term of ['indicator', 'baseline', 'target', 'responsible body', 'lead body', 'successor', 'registry'])
    assert.ok(en.includes(term), term);
  for (const r of g)
    assert.ok(
      r.terms.every(t => /[\u4e00-\u9fff]/.test(t)),
      r.en,
    );
});

test('each glossary term is used, and no Chinese text uses a word the glossary rules out', () => {
  const texts = chineseTexts();
  assert.ok(texts.length > 300, `texts read: ${texts.length}`);
  const offences = [];
  for (const { en, terms, not } of glossary()) {
    for (const term of terms)
      if (!texts.some(([, v]) => v.includes(term))) offences.push(`${en}: '${term}' is used nowhere`);
    for (const word of not)
      for (const [where, v] of texts) if (v.includes(word)) offences.push(`${en}: '${word}' in ${where}`);
  }
  assert.deepEqual(offences, []);
});
