/**
 * Tasks from responsibility clauses, in every form the contract lists: `（责任单位：A、B，C）` (every body
 * leads, unless the document states that the first listed leads), `（牵头单位：A；配合单位：B）`,
 * `（责任单位：A（牵头）、B）`, `（A牵头，B、C配合）`, and `A牵头…，B配合` in prose. The task is the text the clause closes.
 */
import type { Msg } from '../diagnostics';
import { msg } from '../l10n/index';
import type { SourceDocument } from '../sources/document';
import { anchorFor } from './anchors';
import type { DraftTask } from './types';

const ORG_END = /(?:委员会|委|厅|局|办|部|署|院|会|府|中心|公司|小组|集团|海关|银行|部门|管委会)$/;
const LEADS = () => /([\u4e00-\u9fff、]{2,30}?)(?:牵头|负责)(?:会同|组织|实施|推进|制定|落实)/g;
const KIND = /^\s*(责任单位|责任部门|主要责任单位|牵头单位|牵头部门)\s*[：:]\s*/;
/** The contract's document-level rule: the first body of every 责任单位 clause leads. */
const FIRST_LEADS = /(列|排)(在)?(首位|第一位|第一)(的|者)?(单位|部门)?(为|是)牵头(单位|部门)/;
const NAMES_NO_BODY = /^(?:各)?(?:有关|相关)(?:部门|单位|方面)|^按职责分工|^各成员单位/;
const PLACE = /^(.{1,8}?[省市县区州旗盟])$/;
const ORGAN = /^(.{1,8}?[省市县区州旗盟])(人民政府|政府|党委|管委会)$/;

interface Clause {
  start: number;
  end: number;
  inner: string;
}
/** Bracketed clauses of a paragraph, brackets inside them kept (`各区县（市）人民政府`). */
function bracketed(text: string): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '（' && text[i] !== '(') continue;
    let depth = 0,
      j = i;
    for (; j < text.length; j++) {
      if (text[j] === '（' || text[j] === '(') depth++;
      else if ((text[j] === '）' || text[j] === ')') && --depth === 0) break;
      if (j - i > 300) break;
    }
    if (depth !== 0 || j >= text.length) continue;
    out.push({ start: i, end: j + 1, inner: text.slice(i + 1, j) });
    i = j;
  }
  return out;
}

export function readTasks(doc: SourceDocument, headingAt: (para: number) => number | undefined): DraftTask[] {
  const out: DraftTask[] = [];
  const firstLeads = FIRST_LEADS.test(doc.text);
  for (const p of doc.eachParagraph()) {
    const text = doc.text.slice(p.start, p.end);
    let from = 0,
      any = false;
    for (const c of bracketed(text)) {
      const who = bodiesOf(c.inner, firstLeads);
      if (!who) continue;
      any = true;
      const task = taskBefore(doc, p.start + from, p.start + c.start);
      from = c.end;
      if (!task || (!who.lead.length && !who.note)) continue;
      if (!who.lead.length) continue;
      out.push({ ...task, ...who, heading: headingAt(p.index) });
    }
    if (any) continue;
    const leads = LEADS();
    for (let m = leads.exec(text); m; m = leads.exec(text)) {
      const body = m[1].replace(/^.*(?:由|请|要|下|，)/, '');
      const leads = split(body).filter(b => ORG_END.test(b));
      if (!leads.length || !ORG_END.test(body)) continue;
      const end = text.slice(m.index).search(/[。；]/);
      const stop = end < 0 ? p.end : p.start + m.index + end;
      const support = /([\u4e00-\u9fff、]{2,40}?)(?:配合|参与)/.exec(text.slice(m.index + m[0].length, stop - p.start));
      const start = p.start + m.index + (m[1].length - body.length);
      out.push({
        title: doc.text.slice(start, stop).trim(),
        lead: leads,
        heading: headingAt(p.index),
        support: support ? split(support[1]).filter(ORG_END.test.bind(ORG_END)) : [],
        anchor: anchorFor(doc, start, stop),
        at: start,
      });
    }
  }
  return out;
}

type Bodies = Pick<DraftTask, 'lead' | 'support' | 'note' | 'checks'>;
/**
 * The bodies a bracketed clause names: `责任单位：A、B`, `牵头单位：A；配合单位：B`, `责任单位：A（牵头）、B`,
 * `A牵头，B、C配合`; undefined for a bracket that is no responsibility clause.
 */
function bodiesOf(inner: string, firstLeads: boolean): Bodies | undefined {
  const kind = KIND.exec(inner);
  if (!kind) {
    const m = /^([^，,；;]+?)牵头(?:[，,；;、]\s*(.+?)(?:配合|参与|协同))?$/.exec(inner.trim());
    if (!m) return undefined;
    return finish(split(m[1]), m[2] ? split(m[2]) : []);
  }
  const rest = inner.slice(kind[0].length);
  const support = /[；;，,]\s*(?:配合单位|配合部门|参与单位|协同单位)\s*[：:](.*)$/.exec(rest);
  if (kind[1].startsWith('牵头') || support)
    return finish(split(support ? rest.slice(0, support.index) : rest), support ? split(support[1]) : []);
  const items = split(rest);
  const marked = items.filter(i => /[（(]牵头[）)]$/.test(i));
  if (marked.length)
    return finish(
      marked.map(i => i.replace(/[（(]牵头[）)]$/, '')),
      items.filter(i => !marked.includes(i)),
    );
  return firstLeads ? finish(items.slice(0, 1), items.slice(1)) : finish(items, []);
}

/** Bodies completed by the contract's list rules; phrases that name no body go to the note. */
function finish(lead: string[], support: string[]): Bodies {
  const all = complete([...lead, ...support]);
  const note = all.names.filter(n => NAMES_NO_BODY.test(n));
  const keep = (list: string[]) =>
    list.map(n => all.map.get(n) ?? n).filter(n => !NAMES_NO_BODY.test(n) && n.length >= 2);
  return {
    lead: keep(lead),
    support: keep(support),
    ...(note.length ? { note: note.join('、') } : {}),
    ...(all.checks.length ? { checks: all.checks } : {}),
  };
}

/** A place name alone takes the last item's organ suffix; an item lacking the first's 省/市 prefix takes it, to check. */
function complete(names: string[]): { names: string[]; map: Map<string, string>; checks: Msg[] } {
  const map = new Map<string, string>(),
    checks: Msg[] = [];
  const organ = ORGAN.exec(names[names.length - 1] ?? '')?.[2];
  const prefix = /^([省市县区])/.exec(names[0] ?? '')?.[1];
  for (const n of names) {
    if (organ && PLACE.test(n) && !ORGAN.test(n)) map.set(n, `${n}${organ}`);
    else if (prefix && /^[\u4e00-\u9fff]{1,8}(?:委|厅|局|办)$/.test(n) && !/^[省市县区各国中]/.test(n)) {
      map.set(n, `${prefix}${n}`);
      checks.push(msg('draft.check.readAs', { name: n, full: `${prefix}${n}` }));
    }
  }
  return { names, map, checks };
}

function split(list: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  let depth = 0,
    cur = '';
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;\s]/.test(ch)) {
      items.push(cur);
      cur = '';
    } else cur += ch;
  }
  items.push(cur);
  return items
    .map(s => s.trim().replace(/^(?:等|及|和|以及)|(?:等部门|等单位|等)$/g, ''))
    .filter(s => {
      if (!s || seen.has(s)) return false;
      seen.add(s);
      return true;
    });
}

/** The task a clause closes: its first sentence is the title, the whole run its extent. */
function taskBefore(doc: SourceDocument, start: number, end: number): Omit<DraftTask, 'lead' | 'support'> | undefined {
  while (start < end && /[\s。；]/.test(doc.text[start])) start++;
  if (start >= end) return undefined;
  const run = doc.text.slice(start, end);
  const stop = run.search(/[。；]/);
  const title = (stop > 0 ? run.slice(0, stop) : run).trim();
  if (!title) return undefined;
  return {
    title: title.length > 60 ? `${title.slice(0, 60)}…` : title,
    anchor: anchorFor(doc, start, start + title.length),
    at: start,
  };
}
