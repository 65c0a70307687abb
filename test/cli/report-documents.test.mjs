// `planlint report` on documents (issue 29): a folder of documents, or documents among its inputs, gives
// the findings per document, each with its paragraph and the paragraphs it compares, their text shown
// around each number; in English and Chinese. A folder's documents beside its plans are the plans'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planlint, repoRoot } from '../helpers.mjs';

/** A folder of two documents (no plan): the 13th industry plan's document, and one that agrees with itself. */
function documents() {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-reportdocs-')));
  mkdirSync(join(root, 'docs'));
  copyFileSync(join(repoRoot, 'seeds/sources/004_20b7e8ad50f7031c.txt'), join(root, 'docs/industry.txt'));
  copyFileSync(
    join(repoRoot, 'test/fixtures/documents/dev/a01-jiangchuan-digital-14th.txt'),
    join(root, 'docs/digital.txt'),
  );
  writeFileSync(join(root, 'planlint.config.yaml'), 'rules: {}\n');
  return root;
}

/** The report's section on one document: its heading to the next document's. */
function documentSection(html, name) {
  const at = html.indexOf(`<code>${name}</code></h3>`);
  assert.ok(at >= 0, `no section for ${name}`);
  const end = html.indexOf('<section class="document"', at);
  return html.slice(at, end < 0 ? undefined : end);
}

const PINNED = {
  en: {
    heading: 'Documents checked directly: findings per document',
    message:
      'growth-mismatch</code>: ¶124: stated growth 11% a year for &#39;全省信息产业主营业务收入&#39;, but 952.9 → ' +
      '1700 亿元 over 2015–2020 implies 12.3% (¶10 “信息产业实现收入952.9亿元”; ¶124 “全省信息产业主营业务收入达到1700亿元”)',
    agrees: 'No findings: the numbers of this document agree with each other.',
  },
  'zh-cn': {
    heading: '直接检查的文件：各文件发现的问题',
    message:
      'growth-mismatch</code>：¶124: 指标“全省信息产业主营业务收入”所述年均增长11%，但2015—2020年由952.9到1700亿元，' +
      '推算年均增长12.3%（第10段“信息产业实现收入952.9亿元”；第124段“全省信息产业主营业务收入达到1700亿元”）',
    agrees: '未发现问题：此文件中的数字相互一致。',
  },
};

for (const [locale, pinned] of Object.entries(PINNED)) {
  test(`a folder of documents: the findings per document, the paragraphs shown around each number (${locale})`, () => {
    const root = documents();
    const out = join(root, 'report.html');
    const r = planlint(['report', 'docs', '--locale', locale, '--output', out], root);
    assert.equal(r.code, 0, `warnings only: ${r.err}`);
    const html = readFileSync(out, 'utf8');
    assert.ok(html.includes(`<h2>${pinned.heading}</h2>`));
    assert.ok(!html.includes('class="overview"'), 'no plan: no plan findings section');
    const industry = documentSection(html, 'docs/industry.txt');
    assert.equal(industry.match(/<li class="warning">/g)?.length, 2, 'the two growth mismatches, nothing else');
    assert.ok(industry.includes(pinned.message), industry.slice(0, 600));
    // Its paragraph, the stated rate marked; the baseline's paragraph, the baseline marked.
    assert.match(
      industry,
      /<blockquote><b>¶124<\/b><br>[^<]*<mark>全省信息产业主营业务收入达到1700亿元，年均增长11%<\/mark>/,
    );
    assert.match(industry, /<blockquote><b>¶10<\/b><br>[^<]*我省<mark>信息产业实现收入952\.9亿元<\/mark>/);
    assert.ok(documentSection(html, 'docs/digital.txt').includes(`<p class="ok">${pinned.agrees}</p>`));
  });
}

test('documents among the inputs beside a plan; a folder of plans keeps its documents as the plans’ sources', () => {
  const root = documents();
  cpSync(join(repoRoot, 'seeds'), join(root, 'seeds'), { recursive: true });
  const out = join(root, 'report.html');
  // The seeds folder: its plans, and its sources only through them (no section of documents).
  let r = planlint(['report', 'seeds', '--output', out], root);
  assert.equal(r.code, 0, r.err);
  assert.ok(!readFileSync(out, 'utf8').includes('class="documents"'));
  // A plan and a document named: both, the document's findings in its section.
  r = planlint(['report', 'seeds/plans/sx-industry-13th.plan.yaml', 'docs/digital.txt', '--output', out], root);
  assert.equal(r.code, 0, r.err);
  const html = readFileSync(out, 'utf8');
  assert.ok(html.includes('class="overview"'));
  assert.ok(documentSection(html, 'docs/digital.txt').includes('<p class="ok">'));
  // The plan's own source document, named too: its findings are the plan's, not reported twice.
  r = planlint(
    ['report', 'seeds/plans/sx-industry-13th.plan.yaml', 'seeds/sources/004_20b7e8ad50f7031c.txt', '--output', out],
    root,
  );
  assert.equal(r.code, 0, r.err);
  assert.ok(!readFileSync(out, 'utf8').includes('class="documents"'));
});
