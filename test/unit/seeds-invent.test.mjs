// The seeds invent nothing the contract can see (issue 26, item 3): every body a plan names as
// `lead`, `support`, `responsible` or `payer` is named in the paragraph its item is anchored to (or
// derived from it by the contract's list rules, or named in a paragraph a `# source: doc#pN` comment
// on that line cites); `issued_by` names a body of the document's issuing or signature line; every
// `period` year occurs in the document, or is derived by the 十N五 drafting rule a comment names; the
// title is written in the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { repoRoot } from '../helpers.mjs';

const seeds = join(repoRoot, 'seeds');
const squeeze = s => s.replace(/[\s\u3000\ufeff\u200b]+/g, '');

/** A `.txt` source's paragraphs (non-blank lines), whitespace removed as quotes ignore it; index 0 is ¶1. */
function paragraphsOf(path) {
  return readFileSync(path, 'utf8').split(/\r?\n/).map(squeeze).filter(Boolean);
}

/**
 * The bodies of the registries a plan includes, by id: the id (the seeds write ids as the text writes the
 * body: 省工信厅), the name and the aliases.
 */
function registryOf(planPath, doc) {
  const orgs = new Map();
  const add = (d, from) => {
    for (const [id, o] of Object.entries(d.organizations ?? {})) orgs.set(id, [id, o?.name, ...(o?.aliases ?? [])]);
    for (const inc of d.include ?? []) {
      const p = resolve(dirname(from), inc);
      add(parseDocument(readFileSync(p, 'utf8')).toJS(), p);
    }
  };
  add(doc, planPath);
  return orgs;
}

/** The paragraph numbers (from 1) an anchor points at: `doc#pN`, `{ doc, para }`, or every paragraph holding the quote. */
function anchoredParas(anchor, docs) {
  if (typeof anchor === 'string') {
    const m = /^(.+)#p(\d+)$/.exec(anchor);
    return m ? [{ doc: m[1], para: Number(m[2]) }] : [];
  }
  if (!anchor?.doc || !docs.has(anchor.doc)) return [];
  if (anchor.para) return [{ doc: anchor.doc, para: anchor.para }];
  const q = squeeze(anchor.quote ?? '');
  return docs.get(anchor.doc).flatMap((text, i) => (q && text.includes(q) ? [{ doc: anchor.doc, para: i + 1 }] : []));
}

const ORGAN = /(人民政府|管委会|管理委员会|政府)$/;
/**
 * Whether a paragraph names a body: one of its names occurs, or the contract's list rules derive it
 * (`太原市、大同市人民政府` gives 太原市人民政府; `省发展改革委、工信厅` gives 省工信厅).
 */
function names(paragraph, bodyNames) {
  return bodyNames.filter(Boolean).some(n => {
    const name = squeeze(n);
    if (paragraph.includes(name)) return true;
    const organ = ORGAN.exec(name);
    if (organ) {
      const place = name.slice(0, -organ[1].length);
      const at = paragraph.indexOf(`${place}、`);
      if (at >= 0 && paragraph.indexOf(organ[1], at) > at) return true;
    }
    return name.startsWith('省') && paragraph.includes(`、${name.slice(1)}`);
  });
}

/** The paragraphs a `# source: doc#pN` comment on a line cites. */
const commentCites = line =>
  [...line.matchAll(/#\s*source:\s*([^#\s]+)#p(\d+)/g)].map(m => ({ doc: m[1], para: +m[2] }));

const FIVE_YEAR = { 十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025] };
const NUMERAL = '〇一二三四五六七八九';
const chineseYear = y => [...String(y)].map(d => NUMERAL[Number(d)]).join('');

/** What a plan states about bodies and years that its documents do not: one line per invention. */
function inventions(planPath, text) {
  const yamlDoc = parseDocument(text);
  const plan = yamlDoc.toJS();
  const lines = text.split('\n');
  const lineOf = offset => text.slice(0, offset).split('\n').length - 1;
  const docs = new Map(
    Object.entries(plan.sources ?? {}).map(([id, s]) => [id, paragraphsOf(resolve(dirname(planPath), s.path))]),
  );
  const orgs = registryOf(planPath, plan);
  const out = [];
  const bodyOf = id => orgs.get(id) ?? [id];
  // References, with the anchors of their item.
  for (const section of ['indicators', 'goals', 'tasks', 'funding']) {
    const sec = yamlDoc.get(section, true);
    if (!isMap(sec)) continue;
    for (const pair of sec.items) {
      const item = pair.value.toJS(yamlDoc);
      const anchors = [item.source, item.baseline?.source, ...(item.targets ?? []).map(t => t.source)]
        .concat(item.growth?.source)
        .filter(Boolean);
      const paras = anchors.flatMap(a => anchoredParas(a, docs));
      for (const role of ['lead', 'support', 'responsible', 'payer']) {
        const list = pair.value.get(role, true);
        if (!isSeq(list)) continue;
        for (const node of list.items) {
          if (!isScalar(node)) continue;
          const id = String(node.value);
          const cited = commentCites(lines[lineOf(node.range[0])]);
          const ok = [...paras, ...cited].some(p => {
            const paragraph = docs.get(p.doc)?.[p.para - 1];
            return paragraph !== undefined && names(paragraph, bodyOf(id));
          });
          if (!ok) out.push(`${pair.key.value} ${role}: ${id} is named in no paragraph it is anchored to`);
        }
      }
    }
  }
  const allText = [...docs.values()].flat().join('');
  // issued_by: a body of an issuing line (关于印发…) or a signature line (names and a date).
  const main = [...docs.values()][0] ?? [];
  const signed = main.filter(p => /印发/.test(p) || /[〇一二三四五六七八九0-9]{4}年.{1,3}月.{1,3}日$/.test(p));
  for (const id of plan.plan?.issued_by ?? []) {
    if (!signed.some(p => names(p, bodyOf(id)))) out.push(`issued_by: ${id} is on no issuing or signature line`);
  }
  // title: as the document writes it (a title line, or what the document calls itself).
  const title = squeeze(String(plan.plan?.title ?? ''));
  if (title && !allText.includes(title)) out.push(`title: ${plan.plan.title} occurs in no document`);
  // period: each year occurs in a document, or a comment names the 十N五 rule and the document states it.
  const comments = lines.filter(l => /^\s*#/.test(l)).join('\n');
  for (const y of plan.plan?.period ?? []) {
    if (allText.includes(`${y}年`) || allText.includes(`${chineseYear(y)}年`)) continue;
    const term = Object.entries(FIVE_YEAR).find(
      ([name, years]) =>
        years.includes(y) &&
        comments.includes(name) &&
        (allText.includes(name) || allText.includes(`第${name[0]}${name[1]}个五年`)),
    );
    if (!term) out.push(`period: ${y} occurs in no document, and no comment names the rule that derives it`);
  }
  return out;
}

const plans = readdirSync(join(seeds, 'plans')).filter(f => f.endsWith('.plan.yaml'));

for (const f of plans) {
  test(`the seed plan ${f} invents no body and no year`, () => {
    const path = join(seeds, 'plans', f);
    assert.deepEqual(inventions(path, readFileSync(path, 'utf8')), []);
  });
}

test('the check finds a lead the task paragraph does not name, an issuer, a title and a year from nowhere', () => {
  const path = join(seeds, 'plans', 'sx-industry-13th.plan.yaml');
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes('    lead: [省经信委]\n'));
  const added = text.replace('    lead: [省经信委]\n', '    lead: [省经信委, 省财政厅]\n');
  assert.deepEqual(inventions(path, added), [
    'T-implementation lead: 省财政厅 is named in no paragraph it is anchored to',
  ]);
  const issued = text.replace('  baseline_year: 2015\n', '  baseline_year: 2015\n  issued_by: [省经信委]\n');
  assert.deepEqual(inventions(path, issued), ['issued_by: 省经信委 is on no issuing or signature line']);
  const title = text.replace('  title: 《规划》\n', '  title: 山西省“十三五”工业经济和信息化发展规划\n');
  assert.deepEqual(inventions(path, title), ['title: 山西省“十三五”工业经济和信息化发展规划 occurs in no document']);
  const period = text.replace('period: [2016, 2020]', 'period: [2016, 2021]');
  assert.deepEqual(inventions(path, period), [
    'period: 2021 occurs in no document, and no comment names the rule that derives it',
  ]);
});
