/**
 * Tasks from `（责任单位：A、B，C）` clauses (every body named leads: the clause does not rank them;
 * `牵头单位：` and `配合单位：` say who leads and who supports) and from `A牵头…，B配合`. The task is the
 * text the clause closes.
 */
import type { SourceDocument } from '../sources/document';
import { anchorFor } from './anchors';
import type { DraftTask } from './types';

const CLAUSE = /[（(]\s*(责任单位|牵头单位|主要责任单位)\s*[：:]([^（()）]*)[）)]/g;
const ORG_END = /(?:委员会|委|厅|局|办|部|署|院|会|府|中心|公司|小组|集团|海关|银行|部门|管委会)$/;
const LEADS = /([\u4e00-\u9fff、]{2,30}?)(?:牵头|负责)(?:会同|组织|实施|推进|制定|落实)/g;

export function readTasks(doc: SourceDocument, headingAt: (para: number) => number | undefined): DraftTask[] {
  const out: DraftTask[] = [];
  for (const p of doc.eachParagraph()) {
    const text = doc.text.slice(p.start, p.end);
    let from = 0;
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
      const { lead, support } = bodies(m[1], m[2]);
      const task = taskBefore(doc, p.start + from, p.start + m.index);
      from = m.index + m[0].length;
      if (!lead.length || !task) continue;
      out.push({ ...task, lead, support, heading: headingAt(p.index) });
    }
    if (CLAUSE.test(text)) continue;
    LEADS.lastIndex = 0;
    for (let m = LEADS.exec(text); m; m = LEADS.exec(text)) {
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

/** The bodies a clause names: `牵头单位：A；配合单位：B`, or a list of 责任单位, every one of which leads. */
function bodies(kind: string, list: string): { lead: string[]; support: string[] } {
  const support = /[；;，,]\s*(?:配合单位|参与单位)\s*[：:](.*)$/.exec(list);
  if (kind === '牵头单位' || support) {
    return { lead: split(support ? list.slice(0, support.index) : list), support: support ? split(support[1]) : [] };
  }
  return { lead: split(list), support: [] };
}

function split(list: string): string[] {
  const seen = new Set<string>();
  return list
    .split(/[、，,；;\s]+/)
    .map(s => s.trim().replace(/^(?:等|及|和)|等$/g, ''))
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
