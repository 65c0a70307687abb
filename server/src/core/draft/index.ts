/**
 * `planlint draft`: a plan file drafted from its source document (the contract's *Drafting a plan from
 * its document*). Pure: the CLI, the language server and the browser worker give the same draft.
 * A draft has no plan config yet, so it reads quantities with the built-in units (no unit table).
 */
import type { Locale, Msg } from '../diagnostics';
import { SourceDocument } from '../sources/document';
import { emitDraft, type Ids } from './emit';
import { readFunding } from './funding';
import { IndicatorExtractor } from './indicators';
import { directionOf } from './relations';
import { planMeta, readHeadings } from './meta';
import { readHeaderTables } from './headerTable';
import type { SourceForm } from '../sources/form';
import type { Explain } from './explain';
import { readTables } from './tables';
import { readTasks } from './tasks';
import { sentencesOf } from './text';
import type { DraftIndicator, DraftModel } from './types';

export type { DraftModel } from './types';
export { explainText } from './explainText';
/**
 * What a draft never gives when checked: findings about the plan file itself, not its document. The
 * drafting benchmark and tests hold every draft to it, and `planlint doc` leaves these codes out.
 */
export const DRAFT_NEVER_GIVES = [
  'yaml-syntax',
  'schema',
  'encoding',
  'unknown-reference',
  'source-anchor',
  'source-ambiguous',
] as const;

export interface DraftOptions {
  /** The document's file name (its extension says .txt or .md; its stem is the default id). */
  documentName: string;
  /** The document's path relative to where the draft will be (`sources.main.path`). */
  sourcePath: string;
  id?: string;
  /** The document's form, as its reader gives it (default: by the name's extension). */
  form?: SourceForm;
  /** Paragraphs the document marks as headings (Word heading styles, HTML h1–h6). */
  headings?: readonly number[];
  /** What the reader could not read (pages that are images): each becomes a `# draft: check` line. */
  notes?: readonly Msg[];
  /** Collects each number's role and the reason for it (`planlint draft --explain`). */
  explain?: Explain;
  /** The language of the draft's header and `# draft:` comments (default English). */
  locale?: Locale;
}
export interface Draft {
  text: string;
  model: DraftModel;
}

export function draftPlan(documentText: string, options: DraftOptions): Draft {
  const doc = new SourceDocument(options.documentName, documentText, options.form, options.headings);
  const meta = planMeta(doc);
  const { headings, under } = readHeadings(doc);
  const tables = readTables(doc);
  const grid = readHeaderTables(doc, { period: meta.period, docYear: meta.docYear, explain: options.explain });
  for (const p of grid.paras) tables.cells.add(p);
  const extractor = new IndicatorExtractor({
    doc,
    period: meta.period,
    docYear: meta.docYear,
    evaluation: meta.evaluation,
    explain: options.explain,
    headingOf: under,
  });
  const funding = [];
  for (const p of doc.eachParagraph()) {
    if (tables.cells.has(p.index)) continue;
    const sentences = sentencesOf(doc, p.index);
    extractor.paragraph(p.index, sentences);
    funding.push(...readFunding(doc, sentences, under(p.index).index));
  }
  const indicators = merge(
    extractor.finish(),
    [...tables.indicators, ...grid.indicators].map(i => ({ ...i, heading: under(paraOf(doc, i.at)).index })),
  );
  const tasks = readTasks(doc, para => under(para).index).sort((a, b) => a.at - b.at);
  const model: DraftModel = {
    id: options.id ?? stem(options.documentName),
    title: meta.title,
    period: meta.period,
    baselineYear: meta.period[0] - 1,
    sourcePath: options.sourcePath,
    headings,
    indicators,
    tasks,
    funding,
  };
  const ids = idsFor(model);
  const orgs = [...new Set(tasks.flatMap(t => [...t.lead, ...t.support]))];
  return { text: emitDraft(model, ids, orgs, options.locale ?? 'en', meta.periodNote, options.notes), model };
}

/**
 * One indicator for one thing: a table row joins the prose indicator of its name, and two indicators
 * that state the same target (year and number) under names that share most of their words are one.
 */
function merge(prose: DraftIndicator[], table: DraftIndicator[]): DraftIndicator[] {
  const out: DraftIndicator[] = [];
  for (const row of [...prose, ...table].sort((a, b) => a.at - b.at)) {
    const same =
      out.find(p => p.name === row.name || bare(p.name) === bare(row.name)) ??
      out.find(p => sameTarget(p, row) && overlappingNames(p.name, row.name));
    if (!same) {
      out.push(row);
      continue;
    }
    // A table in 万吨标准煤 under a prose 亿吨标准煤: its bare numbers keep the table's unit.
    if (table.includes(row) && row.unit && same.unit && row.unit !== same.unit) withUnit(row, row.unit);
    // The indicator's own table row gives its base year better than a figure found by name elsewhere.
    if (table.includes(row) && row.baseline && (!same.baseline || same.baseline.fact)) same.baseline = row.baseline;
    else same.baseline ??= row.baseline;
    same.words = (same.words ?? '') + (row.words ?? '');
    same.type ??= row.type;
    same.category ??= row.category;
    same.growth ??= row.growth;
    if (!same.unit || /^[十百千万亿]+$/.test(same.unit)) same.unit = row.unit;
    // A table restating a prose target keeps its own anchor: if the two disagree, the checker says so.
    const fromTable = table.includes(row);

    for (const t of row.targets) {
      if (
        fromTable
          ? !same.targets.some(x => x.year === t.year && x.value === t.value)
          : !same.targets.some(x => x.year === t.year)
      ) {
        same.targets.push(t);
      }
    }
    same.targets.sort((a, b) => a.year! - b.year!);
  }
  // Again, now that table rows may have brought baselines: words first, then the numbers.
  for (const ind of out) ind.direction = directionOf(ind, ind.words ?? '');
  return out;
}

function withUnit(row: DraftIndicator, unit: string): void {
  const bareNumber = /^[<>≤≥=]*\s*[0-9.]+$/;
  for (const v of [row.baseline, ...row.targets, ...(row.actuals ?? [])])
    if (v && bareNumber.test(v.value)) v.value = `${v.value}${unit}`;
}

/** A name without the scope words the contract removes before comparing names (全省, 我省, 全市 …). */
const bare = (name: string) => name.replace(/^(?:全省|我省|全市|我市|全区|全县|全国)/, '');

function sameTarget(a: DraftIndicator, b: DraftIndicator): boolean {
  const numberOf = (v: string) => /[0-9]+(?:\.[0-9]+)?/.exec(v)?.[0];
  return a.targets.some(t =>
    b.targets.some(
      u =>
        t.year === u.year &&
        t.field === u.field &&
        numberOf(t.value) !== undefined &&
        Number(numberOf(t.value)) === Number(numberOf(u.value)),
    ),
  );
}

/** Most character pairs of the shorter name are in the longer (年交易总额 ~ 电子商务年交易总额). */
function overlappingNames(a: string, b: string): boolean {
  const scope = /^(?:全省|我省|全市|规模以上|省级)+/;
  const [short, long] = a.length <= b.length ? [a.replace(scope, ''), b] : [b.replace(scope, ''), a];
  // The shorter name's head must be in the longer: 新材料产业收入 and 节能环保产业收入 are two things.
  if (!long.includes(short.slice(0, 2))) return false;
  let pairs = 0,
    shared = 0;
  for (let i = 0; i + 1 < short.length; i++) {
    pairs++;
    if (long.includes(short.slice(i, i + 2))) shared++;
  }
  return pairs > 0 && shared / pairs >= 0.6;
}

function idsFor(m: DraftModel): Ids {
  const ids: Ids = { indicators: new Map(), byName: new Map(), goals: new Map() };
  m.indicators.forEach((ind, i) => {
    const id = `I${i + 1}`;
    ids.indicators.set(ind, id);
    if (!ids.byName.has(ind.name)) ids.byName.set(ind.name, id);
  });
  const used = new Set([...m.indicators.map(i => i.heading), ...m.tasks.map(t => t.heading)]);
  let n = 0;
  m.headings.forEach((_, i) => {
    if (used.has(i)) ids.goals.set(i, `G${++n}`);
  });
  return ids;
}

function paraOf(doc: SourceDocument, offset: number): number {
  return doc.paragraphAt(offset)?.index ?? 1;
}
function stem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.(txt|md|markdown|docx|html?|pdf)$/i, '').replace(/\s+/g, '-') || 'draft';
}
