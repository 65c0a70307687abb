// Source documents: paragraph numbering, quote matching, numbers stated in prose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const { SourceDocument, readNumbers } = core;

test('txt: each non-blank line is a paragraph; whitespace-only lines (U+3000 too) are blank', () => {
  const doc = new SourceDocument('a.txt', '第一段\n\n　　\n　　第二段\r\n第三段');
  assert.equal(doc.paragraphCount, 3);
  assert.equal(doc.paragraphText(2), '　　第二段');
  assert.equal(doc.paragraphText(3), '第三段');
});

test('md: a paragraph is a run of non-blank lines', () => {
  const doc = new SourceDocument('a.md', '# 标题\n\n一行\n两行\n\n三段');
  assert.deepEqual(
    [1, 2, 3].map(n => doc.paragraphText(n)),
    ['# 标题', '一行\n两行', '三段'],
  );
  assert.equal(doc.paragraphCount, 3);
});

test('quotes ignore whitespace on both sides, never span paragraphs, and honour para', () => {
  const doc = new SourceDocument('a.txt', '达到 60%\u3000以上。\n以上。达到\n达到60%以上。');
  assert.deepEqual(
    doc.findQuote('达到60%以上').map(m => m.para),
    [1, 3],
  );
  assert.deepEqual(
    doc.findQuote('达到 60 % 以上', 3).map(m => m.para),
    [3],
  );
  assert.deepEqual(doc.findQuote('以上。以上'), [], 'a quote never spans paragraphs');
  assert.deepEqual(doc.findQuote('达到６０%以上'), [], 'full-width digits must match as written');
  const [m] = doc.findQuote('60%以上', 1);
  assert.equal(doc.text.slice(m.start, m.end), '60%\u3000以上', 'the match maps back to the original text');
});

test('numbers are whole tokens, read with the unit or scale word that follows', () => {
  const text = '电话用户4300万户，收入1,200亿元，比重30%和300个，２０２０年，约4300万。';
  const ns = readNumbers(text, { start: 0, end: text.length });
  const show = ns.map(n => [n.value, n.unit?.text ?? (n.scale ? `×${n.scale}` : '')]);
  // ２０２０年 is a date, not a number (contract revision 3): it ties the 4300万 after it instead.
  assert.deepEqual(show, [
    [4300, '万户'],
    [1200, '亿元'],
    [30, '%'],
    [300, '个'],
    [4300, '×10000'],
  ]);
  assert.equal(ns[4].year, 2020);
});

test('quotes in a large document: the n-gram index finds exactly what a plain scan finds', () => {
  const paras = [];
  for (let i = 0; i < 3000; i++)
    paras.push(`　　第${i}段：到2025年，指标${i % 97}达到${i * 7}亿元，年均增长${i % 13}%。重复的话。`);
  const doc = new SourceDocument('big.txt', paras.join('\n'));
  const naive = q => {
    const out = [];
    paras.forEach((p, i) => {
      const t = p.replace(/\s/g, '');
      let j = t.indexOf(q);
      while (j >= 0) {
        out.push(i + 1);
        j = t.indexOf(q, j + 1);
      }
    });
    return out.slice(0, 100);
  };
  const queries = ['指标5达到', '年均增长3%', '重复的话', '第2999段', '不存在的话', '达到700亿元', '亿元，年均'];
  for (let round = 0; round < 3; round++)
    for (const q of queries)
      assert.deepEqual(
        doc.findQuote(q).map(m => m.para),
        naive(q),
        q,
      );
  assert.deepEqual(
    doc.findQuote('重复的话', 1234).map(m => m.para),
    [1234],
  );
});
