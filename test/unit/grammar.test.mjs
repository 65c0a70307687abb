// The TextMate grammar (syntaxes/planlint.tmLanguage.json) on sample lines. vscode-textmate is not a
// dependency, so a small tokenizer applies the grammar's own begin/end/match patterns as TextMate does:
// at each position the earliest match wins, ties go to the pattern listed first, and a begin/end rule's
// inner patterns apply until its end. The patterns use only syntax that JavaScript reads as Oniguruma does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
function tokenize(line) {
  const scopes = [...line].map(() => []);
  const mark = (from, to, name) => {
    for (let i = from; i < to; i++) scopes[i].push(name);
  };
  const stack = [];
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
      stack.pop();
    } else if (best.begin) {
      stack.push({ ...best, from: start });
    } else {
      if (best.name) mark(start, end, best.name);
      for (const [g, c] of Object.entries(best.captures ?? {})) {
        const span = bestMatch.indices[g];
        if (span && c.name) mark(span[0], span[1], c.name);
      }
    }
    pos = end > pos ? end : pos + 1;
  }
  for (const s of stack) mark(s.from, line.length, s.name);
  return scopes;
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
