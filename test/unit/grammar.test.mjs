// The TextMate grammar (syntaxes/planlint.tmLanguage.json) on sample lines. vscode-textmate is not a
// dependency, so a small tokenizer applies the grammar's own begin/end/match patterns as TextMate does:
// at each position the earliest match wins, ties go to the pattern listed first, and a begin/end rule's
// inner patterns apply until its end. The patterns use only syntax that JavaScript reads as Oniguruma does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const grammar = JSON.parse(readFileSync(join(repoRoot, 'syntaxes/planlint.tmLanguage.json'), 'utf8'));

/** The rules a pattern list stands for, includes expanded, regexes compiled once. */
function rules(patterns) {
  return patterns.flatMap(p => {
    if (p.include) {
      const r = grammar.repository[p.include.slice(1)];
      return rules(r.patterns ?? [r]);
    }
    if (p.match) return [{ ...p, re: new RegExp(p.match, 'gd') }];
    if (p.begin) {
      return [{ ...p, re: new RegExp(p.begin, 'gd'), endRe: new RegExp(p.end, 'gd'), inner: rules(p.patterns ?? []) }];
    }
    return rules(p.patterns ?? []);
  });
}
const TOP = rules(grammar.patterns);

/** The scopes of each character of a line. */
const tokenize = line => tokenizeLines([line])[0];

/**
 * The scopes of each character of each line, a begin/end rule open across lines as TextMate keeps it
 * (a block scalar, or a quote never closed), its end's back-references (`\\1`) filled from its begin.
 */
function tokenizeLines(lines) {
  const stack = [];
  return lines.map(line => {
    const scopes = [...line].map(() => []);
    const mark = (from, to, name) => {
      for (let i = from; i < to; i++) scopes[i].push(name);
    };
    for (const s of stack) s.from = 0;
    let pos = 0;
    while (pos <= line.length) {
      const open = stack[stack.length - 1];
      const candidates = open ? [{ isEnd: true, re: open.endRe }, ...open.inner] : TOP;
      let best, bestMatch;
      for (const r of candidates) {
        r.re.lastIndex = pos;
        const m = r.re.exec(line);
        if (m && (!bestMatch || m.index < bestMatch.index)) {
          best = r;
          bestMatch = m;
        }
      }
      if (!bestMatch) break;
      const start = bestMatch.index,
        end = start + bestMatch[0].length;
      if (best.isEnd) {
        mark(open.from, end, open.name);
        if (open.contentName) mark(open.from, start, open.contentName);
        stack.pop();
        // A zero-width end (a block scalar's, before the next key) leaves the position for the rules outside.
        pos = end;
        continue;
      } else if (best.begin) {
        const endRe = new RegExp(
          best.end.replace(/\\(\d)/g, (_, n) => (bestMatch[n] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
          'gd',
        );
        for (const [g, c] of Object.entries(best.beginCaptures ?? {})) {
          const span = bestMatch.indices[g];
          if (span && c.name) mark(span[0], span[1], c.name);
        }
        stack.push({ ...best, endRe, from: best.contentName ? end : start });
      } else {
        if (best.name) mark(start, end, best.name);
        for (const [g, c] of Object.entries(best.captures ?? {})) {
          const span = bestMatch.indices[g];
          if (span && c.name) mark(span[0], span[1], c.name);
        }
      }
      pos = end > pos ? end : pos + 1;
      if (end === line.length && best.begin) break;
    }
    for (const s of stack) {
      if (s.name) mark(s.from, line.length, s.name);
      if (s.contentName) mark(s.from, line.length, s.contentName);
    }
    return scopes;
  });
}

/** The scopes of the `nth` occurrence of `needle` in `line`: each of its characters', joined. */
function scopesOf(line, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = line.indexOf(needle, at + 1);
  assert.ok(at >= 0, `'${needle}' in '${line}'`);
  return tokenize(line)
    .slice(at, at + needle.length)
    .map(s => s.join(' '));
}
const isNumber = s => /constant\.numeric\.planlint/.test(s);

test('grammar: digits inside ids and paths are not quantities', () => {
  for (const [line, needle] of [
    ['plan: { id: sx-industry-13th, title: 规划, period: [2016, 2020] }', '13th'],
    ['  id: sx-industry-13th', '13th'],
    ['    path: ../sources/004_20b7e8ad50f7031c.txt', '004_20b7e8ad50f7031c'],
    ['  T-net-1:', 'T-net-1'],
    ['    supports: [T-net-1, G2]', 'T-net-1'],
    ['include: [../orgs/shanxi-2018.orgs.yaml]', 'shanxi-2018'],
  ]) {
    const s = scopesOf(line, needle);
    assert.ok(!s.some(isNumber), `${needle} in '${line}': ${JSON.stringify(s)}`);
    assert.ok(!s.some(x => /support\.type\.unit/.test(x)), `no unit in ${needle}: ${JSON.stringify(s)}`);
  }
});

test('grammar: quantities, units, years and paragraphs are still scoped', () => {
  const value = scopesOf('    baseline: { year: 2015, value: 1700 }', '1700');
  assert.ok(value.every(isNumber), JSON.stringify(value));
  assert.ok(scopesOf('  value: 1700', '1700').every(isNumber));
  const isYear = s => /constant\.numeric\.year/.test(s);
  assert.ok(scopesOf('    targets: [{ year: 2020, value: 952.9 }]', '2020').every(isYear), 'a year in a flow map');
  assert.ok(scopesOf('      - year: 2020', '2020').every(isYear), 'a year in a block item');
  const money = 'value: "突破1700亿元以上"';
  assert.ok(scopesOf(money, '1700').every(isNumber));
  assert.ok(scopesOf(money, '亿元').every(s => /support\.type\.unit\.planlint/.test(s)));
  assert.ok(scopesOf(money, '以上').every(s => /keyword\.operator\.comparison/.test(s)));
  assert.ok(scopesOf('value: "1-2个"', '2').every(isNumber), 'the high end of a range');
  assert.ok(scopesOf('value: "10%-15%"', '15').every(isNumber));
  assert.ok(scopesOf('growth: ">= 9%"', '9').every(isNumber));
  assert.ok(scopesOf('source: main#p34', '34').every(s => /constant\.numeric\.paragraph/.test(s)));
  assert.ok(
    scopesOf('  sx-industry-13th:', 'sx-industry-13th').every(s => /entity\.name\.tag/.test(s)),
    'a key',
  );
});

test('grammar: an apostrophe or a # inside a plain value is text; a quote opens only where YAML lets one', () => {
  const lines = [
    "    note: the indicator's 2015 value is 规模以上 only; see ¶5",
    '    name: C# 与 R&D 投入',
    '    unit: 亿元',
  ];
  const scopes = tokenizeLines(lines);
  const isString = s => s.some(x => /^string\./.test(x));
  const isComment = s => s.some(x => /^comment\./.test(x));
  assert.ok(!scopes[0].some(isString), 'no string opens at indicator’s');
  assert.ok(!scopes[1].some(isComment), 'C# is no comment');
  assert.ok(!scopes[2].some(isString), 'the next line is not coloured as a string');
  const quoted = scopesOf("    title: 'it''s 规划' # a comment", "it''s 规划");
  assert.ok(
    quoted.every(s => /string\.quoted\.single/.test(s)),
    'a doubled quote stays inside',
  );
  assert.ok(scopesOf("    title: 'it''s 规划' # a comment", '# a comment').every(s => /comment\./.test(s)));
  assert.ok(
    scopesOf('    value: 100 # 亿元', '# 亿元').every(s => /comment\./.test(s)),
    'a comment after a value',
  );
});

test('grammar: Chinese punctuation in values and keys', () => {
  const line = '  title: 某市“十四五”数字经济发展规划（2021—2025年）：推进《规划》落实';
  const s = scopesOf(line, '“十四五”数字经济发展规划（2021—2025年）：推进《规划》落实');
  assert.ok(!s.some(x => /^string\.|comment\./.test(x)), JSON.stringify(s.slice(0, 3)));
  assert.ok(scopesOf(line, 'title').every(x => /entity\.name\.tag/.test(x)));
  assert.ok(scopesOf('  省工信厅: { name: 山西省工业和信息化厅 }', '省工信厅').every(x => /entity\.name\.tag/.test(x)));
});

test('grammar: a block scalar is text to its end, then keys are keys again', () => {
  const lines = [
    '    note: |',
    "      the document's ¶12 says 11%, # not a comment",
    '      "not a string',
    '',
    '    growth: "11%"',
    '  other:',
  ];
  const scopes = tokenizeLines(lines);
  assert.ok(
    scopes[0].slice(4, 8).every(s => s.includes('entity.name.tag.planlint')),
    'its key',
  );
  assert.ok(scopes[0][10].includes('keyword.control.flow.block-scalar.planlint'), 'the | indicator');
  for (const i of [1, 2])
    assert.ok(
      scopes[i]
        .slice(6)
        .every(s => s.includes('string.unquoted.block.planlint') && !s.some(x => /comment|string\.quoted/.test(x))),
      `line ${i} is block text: ${JSON.stringify(scopes[i].slice(6).filter(s => s.length !== 1))}`,
    );
  assert.ok(
    scopes[4].slice(4, 10).every(s => s.includes('entity.name.tag.planlint')),
    'the next key is a key',
  );
  assert.ok(!scopes[4].some(s => s.includes('string.unquoted.block.planlint')), 'the block has ended');
  assert.ok(scopes[5].slice(2, 7).every(s => s.includes('entity.name.tag.planlint')));
});

test('grammar: on every seed plan, no string or block runs on past its end (every indicator key is a key)', () => {
  for (const f of readdirSync(join(repoRoot, 'seeds/plans')).filter(n => n.endsWith('.plan.yaml'))) {
    const lines = readFileSync(join(repoRoot, 'seeds/plans', f), 'utf8').split('\n');
    const scopes = tokenizeLines(lines);
    lines.forEach((line, i) => {
      const key = /^ {2}([A-Za-z][\w-]*):/.exec(line);
      if (key)
        assert.ok(
          scopes[i].slice(2, 2 + key[1].length).every(s => s.includes('entity.name.tag.planlint')),
          `${f}:${i + 1} '${key[1]}' is a key: ${JSON.stringify(scopes[i][2])}`,
        );
    });
  }
});
