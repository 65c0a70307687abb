// The readers of Word files, web pages and PDFs, on documents made by code: paragraphs as the contract's
// *Source documents* says, merged table cells expanded, a GB2312 page, a paragraph across a PDF page
// break, running headers and page numbers dropped, and a scan refused as needing OCR.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as docx from 'docx';
import { core } from '../helpers.mjs';
import { docxOf, gbk, htmlOf, pdfOf } from '../documents.mjs';

const LIMIT = 16 * 1024 * 1024;
const read = async (name, bytes) => {
  const r = await core.readDocument(name, bytes, LIMIT);
  assert.ok(r.ok, `${name}: ${r.code}`);
  return r.value;
};
const lines = v => v.text.split('\n');

describe('Word', () => {
  test('body paragraphs in order, headings by style, a table row as cells with gridSpan and vMerge expanded', async () => {
    const bytes = await docxOf([
      { heading: '一、主要指标' },
      '到2020年，全省工业增加值年均增长4.8%以上。',
      {
        table: [
          ['类别', '指标', { text: '目标值', span: 2 }],
          [{ text: '工业', merge: 'restart' }, '增加值', '2015年', '2020年'],
          [{ text: '', merge: 'continue' }, '比重', '53.2', '60'],
        ],
      },
      { box: ['专栏1 重点工程', '太原千万吨级钢铁基地'] },
      '二、保障措施',
    ]);
    const v = await read('plan.DOCX', bytes);
    assert.equal(v.form, 'docx');
    assert.deepEqual(lines(v), [
      '一、主要指标',
      '到2020年，全省工业增加值年均增长4.8%以上。',
      '类别\t指标\t目标值\t',
      '工业\t增加值\t2015年\t2020年',
      '\t比重\t53.2\t60',
      '专栏1 重点工程',
      '太原千万吨级钢铁基地',
      '二、保障措施',
    ]);
    assert.deepEqual(v.headings, [1]);
  });

  test('hidden text is left out; breaks are spaces; a cell’s paragraphs join with spaces', async () => {
    const bytes = Buffer.from(
      await docx.Packer.toBuffer(
        new docx.Document({
          sections: [
            {
              children: [
                new docx.Paragraph({
                  children: [
                    new docx.TextRun('看得见'),
                    new docx.TextRun({ text: '看不见', vanish: true }),
                    new docx.TextRun({ text: '下一行', break: 1 }),
                  ],
                }),
                new docx.Table({
                  rows: [
                    new docx.TableRow({
                      children: [
                        new docx.TableCell({ children: [new docx.Paragraph('甲'), new docx.Paragraph('乙')] }),
                        new docx.TableCell({ children: [new docx.Paragraph('丙')] }),
                      ],
                    }),
                  ],
                }),
              ],
            },
          ],
        }),
      ),
    );
    assert.deepEqual(lines(await read('a.docx', bytes)), ['看得见 下一行', '甲 乙\t丙']);
  });
});

describe('web pages', () => {
  test('a GB2312 page is read in its charset; head, title, scripts and styles are not text', async () => {
    const page = htmlOf(['一、发展基础', '全省工业增加值年均增长9.6%。'], { charset: 'gb2312' });
    const bytes = gbk(page);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)); // really not UTF-8
    const v = await read('page.htm', bytes);
    assert.deepEqual(lines(v), ['一、发展基础', '全省工业增加值年均增长9.6%。']);
  });

  test('blocks, <br>, pre lines, hidden elements, and a table with colspan and rowspan', async () => {
    const html = `<body><div>前言<p>第一段<br>第二段</p>后记</div>
      <p hidden>隐藏</p><p style="color:red; display: none">也隐藏</p><noscript>无脚本</noscript>
      <pre>第一行\n第二行</pre>
      <table><caption>表1 主要指标</caption>
        <tr><th rowspan="2">类别</th><th colspan="2">目标</th></tr>
        <tr><td>2015年</td><td>2020<br>年</td></tr>
      </table>
      <table><tr><td><div>布局表格里的段落</div></td><td><ul><li>列表</li></ul></td></tr></table></body>`;
    const v = await read('a.html', Buffer.from(html));
    assert.deepEqual(lines(v), [
      '前言',
      '第一段',
      '第二段',
      '后记',
      '第一行',
      '第二行',
      '表1 主要指标',
      '类别\t目标\t',
      '\t2015年\t2020 年',
      '布局表格里的段落',
      '列表',
    ]);
  });
});

describe('PDF', () => {
  const body = Array.from(
    { length: 14 },
    (_, i) =>
      `第${i + 1}段：全省工业增加值年均增长${i + 1}.5%以上，非煤产业占全部工业增加值比重达到${50 + i}%以上，` +
      '这一段落足够长，会折成好几行，用来检验按版面把行连成段落的规则。',
  );

  test('a paragraph across a page break is one paragraph; running headers and page numbers are left out', async () => {
    const bytes = await pdfOf(body, { header: '山西省人民政府文件' });
    const v = await read('plan.pdf', bytes);
    assert.equal(v.form, 'pdf');
    assert.deepEqual(lines(v), body);
    assert.ok(!v.text.includes('山西省人民政府文件') && !/— \d+ —/.test(v.text));
  });

  test('a table row’s cells are tab-joined; a page with no text is named in the notes', async () => {
    const bytes = await pdfOf([
      '主要指标如下：',
      {
        table: [
          ['指标', '2015年', '2020年'],
          ['非煤产业比重', '53.2', '60'],
        ],
      },
      { image: true },
      '以上为主要指标。',
    ]);
    const v = await read('t.pdf', bytes);
    assert.deepEqual(lines(v), [
      '主要指标如下：',
      '指标\t2015年\t2020年',
      '非煤产业比重\t53.2\t60',
      '以上为主要指标。',
    ]);
    assert.deepEqual(v.notes, [{ en: 'page 2 is an image', zh: '第2页是图片' }]);
  });

  test('a scan (no text on any page) needs OCR; a PDF with a user password says so', async () => {
    const scan = await core.readDocument('scan.pdf', await pdfOf([{ image: true }], { noText: true }), LIMIT);
    assert.deepEqual(scan, { ok: false, code: 'pdfScan' });
    const locked = await core.readDocument('locked.pdf', await pdfOf(body.slice(0, 1), { userPassword: 'x' }), LIMIT);
    assert.deepEqual(locked, { ok: false, code: 'pdfPassword' });
    const owner = await read('owner.pdf', await pdfOf(body.slice(0, 1), { ownerPassword: 'x' }));
    assert.deepEqual(lines(owner), body.slice(0, 1));
  });
});
