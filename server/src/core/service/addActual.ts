/**
 * "Add to plan…" on a progress figure (contract revision 4, *Monitoring: actuals*): a value a 中期评估
 * report or a 统计公报 states for a year, for an indicator a plan already holds, goes into that
 * indicator's `actuals`, in year order, with its source anchor. Pure: the editor applies the edits.
 *
 * A progress figure is a number the draft extractor reads at the place (core/draft) as a value of an
 * indicator for a year, where it reads it as reached (实现值, 已达到, a year before the document's), or where
 * the document is an evaluation or a statistical bulletin by its title. The indicator is the plan's one
 * whose name the quoted clause names (the longest such name), its 全市/全省 and a closing 数 not needed.
 */
import { planMeta } from '../draft/meta';
import type { DraftValue } from '../draft/types';
import type { IndicatorDef, PlanFile } from '../model/types';
import type { SourceDocument } from '../sources/document';
import type { Span } from '../text/lineIndex';
import type { TextEdit } from './codeActions';
import type { Reading } from './drafting';

/** What a document reports at a place: the value, its year, the clause it stands in, and how to write it. */
export interface ProgressFigure {
  year: number;
  field: 'value' | 'change';
  /** The value as the actual writes it: `1080亿元`, `累计下降5.2%`. */
  value: string;
  quote: string;
  para?: number;
}

export interface ActualAddition {
  id: string;
  name: string;
  year: number;
  edits: TextEdit[];
}

/**
 * 中期评估, 实施情况, 进展情况, 统计公报: documents that report what was reached (not 监测, which also names
 * plans: 生态环境监测规划).
 */
const REPORTING = /评估|实施情况|进展情况|统计公报|国民经济和社会发展统计/;
/** A verb before a number that says the number was reached, not how far: dropped from an actual's value. */
const REACHED_VERB = /^(?:已经|已)?(?:达到|达|为|突破|超过|实现|完成|是|有)/;
/** A change from the baseline, as evaluations write one: `累计下降5.2%`, `比2020年提高3个百分点`. */
const CHANGE_WORDS = /(?:累计|比\d{4}年)?(?:下降|降低|减少|提高|增长|上升|增加)$/;

/** The progress figures the extractor reads where `span` (an uncited number) is. */
export function progressFigures(doc: SourceDocument, span: Span, readings: Reading[]): ProgressFigure[] {
  const reporting = REPORTING.test(planMeta(doc).title ?? '');
  const out: ProgressFigure[] = [];
  for (const r of readings) {
    if (r.kind !== 'indicator') continue;
    const values: [DraftValue & { field: string }, boolean][] = [
      ...r.item.targets.map(v => [v, reporting] as [DraftValue & { field: string }, boolean]),
      ...(r.item.actuals ?? []).map(v => [v, true] as [DraftValue & { field: string }, boolean]),
    ];
    for (const [v, progress] of values) {
      if (!progress || v.year === undefined || (v.field !== 'value' && v.field !== 'change')) continue;
      const m = doc.findQuote(v.anchor.quote, v.anchor.para, 1)[0];
      if (!m || span.start < m.start || span.end > m.end) continue;
      const number = v.value.replace(REACHED_VERB, '');
      // The words before the number in the clause: a change (累计下降) is written with them.
      const before = v.anchor.quote.slice(0, v.anchor.quote.lastIndexOf(number));
      const change = v.field === 'change' || CHANGE_WORDS.exec(before);
      out.push({
        year: v.year,
        field: change ? 'change' : 'value',
        value: change && typeof change !== 'boolean' ? `${change[0]}${number}` : number,
        quote: v.anchor.quote,
        para: v.anchor.para,
      });
    }
  }
  return out;
}

/** A name without what clauses add or leave out: 全市 before it, 数 or 数量 after it. */
const core = (name: string) => name.replace(/^全(?:国|省|市|区|县|州|旗)/, '').replace(/(?:数量|总数|数)$/, '');

/** The plan's indicator the clause names: the longest name (or name's core) it holds. */
export function indicatorNamed(file: PlanFile, quote: string): IndicatorDef | undefined {
  let best: IndicatorDef | undefined,
    length = 0;
  for (const def of file.indicators.values()) {
    const name = def.name?.value;
    if (!name) continue;
    const hit = [name, core(name)].find(n => n.length >= 2 && quote.includes(n));
    if (hit && hit.length > length) {
      best = def;
      length = hit.length;
    }
  }
  return best;
}

/**
 * The edits that add `p` to the actuals of `def` (a block mapping in `file`), anchored in document `docId`:
 * in year order in an `actuals:` block list, or a new `actuals:` at the end of the indicator. Undefined where
 * the indicator already has an actual for the year, or its layout is not one we edit (flow mappings and lists).
 */
export function addActual(
  file: PlanFile,
  def: IndicatorDef,
  docId: string,
  p: ProgressFigure,
): ActualAddition | undefined {
  if (def.actuals.some(a => a.year?.value === p.year)) return undefined;
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const lines = file.text.split(/\r?\n/);
  const keyLine = file.lines.positionAt(def.keySpan.start).line;
  if (/^[^#]*:\s*[{[]/.test(lines[keyLine].slice(file.lines.positionAt(def.keySpan.start).character))) return undefined;
  // A block's span may end with its line break: its last line is the one its last character is on.
  const endLine = lastContentLine(
    lines,
    file.lines.positionAt(Math.max(def.span.start, def.span.end - 1)).line,
    keyLine,
  );
  const keyIndent = lines.slice(keyLine + 1, endLine + 1).find(l => l.trim() && !/^\s*#/.test(l));
  if (!keyIndent) return undefined;
  const indent = /^ */.exec(keyIndent)![0];
  const source = `source: { doc: ${docId}, quote: ${JSON.stringify(p.quote)}${p.para ? `, para: ${p.para}` : ''} }`;
  const item = `- { year: ${p.year}, ${p.field}: ${JSON.stringify(p.value)}, ${source} }`;
  const edit = (line: number, text: string): ActualAddition => ({
    id: def.id,
    name: def.name?.value ?? def.id,
    year: p.year,
    edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text + eol }],
  });
  const head = lines.findIndex((l, i) => i > keyLine && i <= endLine && l.startsWith(`${indent}actuals:`));
  if (head < 0) {
    const at = endLine + 1;
    // The file's last line without a line break: the new lines follow it.
    if (at >= lines.length) return undefined;
    const step = indent.length - (/^ */.exec(lines[keyLine])![0].length || 0);
    return edit(at, `${indent}actuals:${eol}${indent}${' '.repeat(step)}${item}`);
  }
  if (!/^\s*(#.*)?$/.test(lines[head].slice(`${indent}actuals:`.length)) || !def.actuals.length) return undefined;
  const later = def.actuals.find(a => (a.year?.value ?? 0) > p.year);
  const first = file.lines.positionAt(def.actuals[0].span.start);
  const itemIndent = /^ */.exec(lines[first.line])![0];
  if (!lines[first.line].slice(itemIndent.length).startsWith('-')) return undefined;
  if (later) return edit(file.lines.positionAt(later.span.start).line, `${itemIndent}${item}`);
  const last = def.actuals[def.actuals.length - 1];
  const after = file.lines.positionAt(last.span.end).line + 1;
  if (after >= lines.length) return undefined;
  return edit(after, `${itemIndent}${item}`);
}

/** The last line of a block that is neither blank nor a comment, from `end` back to `start`. */
function lastContentLine(lines: string[], end: number, start: number): number {
  let i = Math.min(end, lines.length - 1);
  while (i > start && (!lines[i].trim() || /^\s*#/.test(lines[i]))) i--;
  return i;
}
