// `planlint coverage`: per source document, what no plan cites; and the list of numbers that are
// not commitments to cite (docs/coverage.md), pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { core, repoRoot } from '../helpers.mjs';

const planlint = args =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });

test('coverage of the seeds: per document counts and lists, in JSON and stylish, in both languages', () => {
  const r = planlint(['coverage', '--format', 'json', 'seeds']);
  assert.equal(r.status, 0, r.stderr);
  const docs = JSON.parse(r.stdout);
  assert.deepEqual(
    docs.map(d => d.document),
    ['000', '001', '002', '003', '004']
      .map(n => new RegExp(`seeds/sources/${n}_`))
      .map((re, i) => {
        assert.match(docs[i].document, re);
        return docs[i].document;
      }),
  );
  for (const d of docs) {
    assert.ok(d.plans.length >= 1 && d.plans.every(p => p.startsWith('seeds/plans/')), d.document);
    assert.equal(d.uncited.filter(u => u.kind === 'number').length, d.numbers.total - d.numbers.cited);
    assert.equal(d.uncited.filter(u => u.kind === 'clause').length, d.clauses.total - d.clauses.cited);
    for (const u of d.uncited) assert.ok(u.para >= 1 && u.line >= 1 && u.excerpt.length > 0);
  }
  const stylish = planlint(['coverage', 'seeds']).stdout;
  for (const d of docs)
    assert.ok(stylish.includes(`numbers: ${d.numbers.cited} of ${d.numbers.total} cited`), d.document);
  assert.match(stylish, /uncited numbers and \d+ uncited clauses in 5 source documents\n$/);
  const zh = planlint(['--locale', 'zh-cn', 'coverage', 'seeds']).stdout;
  assert.match(zh, /数字：已引用\d+\/\d+/);
  assert.match(zh, /个来源文件中，未引用的数字\d+个/);
});

test('the option may come before the subcommand: planlint --locale zh-cn report', () => {
  const r = planlint(['--locale', 'zh-cn', 'report', '--output', '-', 'seeds']);
  assert.match(r.stdout, /<html lang="zh-CN">/);
  assert.match(r.stdout, /未被规划引用的内容/);
});

test('numbers that are not commitments: dates, names, ordinals and list markers, numerals in words, proper names', () => {
  const notOne = (text, needle) => {
    const at = text.indexOf(needle);
    return core.notACommitment(text, { start: at, end: at + needle.length }, 0);
  };
  const cases = [
    ['到2020年，收入达到1700亿元', '2020', true],
    ['2017年3月13日印发', '3', true],
    ['“十三五”时期', '十三', true],
    ['建设5G基站', '5', true],
    ['第3条规定', '3', true],
    ['（2）加快发展', '2', true],
    ['3．加快发展', '3', true],
    ['培育一批龙头企业', '一', true],
    ['给予一次性奖励', '一', true],
    ['统一平台', '一', true],
    ['一是加强领导', '一', true],
    ['航天618所', '618', true],
    ['根据晋政发〔2003〕28号有关规定', '2003', true],
    ['根据晋政发〔2003〕28号有关规定', '28', true],
    ['陕工信发【2011】311号', '311', true],
    ['以《中国制造2025》为统领', '2025', true],
    ['《通信基础设施建设三年行动计划》的落实', '三', true],
    ['《规划》提出，到2020年建成50个基地', '50', false],
    ['收入达到1700亿元', '1700', false],
    ['建成2所学校', '2', false],
    ['宽带达到20M以上', '20M', false], // the span of a number read with its unit
    // Revision 4: 专栏 labels and heading numbers inside a paragraph are not commitments; names with numerals
    // are not quantities; an N大 count and a bandwidth inside a word are.
    ['专栏4：“十二五”时期信息化的主要指标', '4', true],
    ['专栏 12：信息资源开发利用工程', '12', true],
    ['推进三网融合1、加快发展下一代网络', '1', true],
    ['奠定了基础。4.网络建设', '4', true],
    ['1。推进优势产业的信息化', '1', true],
    ['增长率达到5。', '5', false],
    ['实现双50目标', '50', true],
    ['建设五大千万吨级钢铁基地', '五大', false],
    ['普遍提供固定百兆宽带接入能力', '百兆', false],
    ['建成2.5万个基站', '2.5万个', false],
  ];
  for (const [text, needle, expected] of cases) assert.equal(notOne(text, needle), expected, `${needle} in ${text}`);
});
