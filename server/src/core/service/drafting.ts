/**
 * The draft extractor (core/draft) read at one place of a source document: what "Cite selection"
 * offers for a passage and what "Add to plan…" inserts for an uncited number or clause. Pure.
 */
import type { Locale } from '../diagnostics';
import { draftPlan, type Draft } from '../draft/index';
import { funding, indicator, task } from '../draft/emit';
import type { DraftAnchor, DraftFunding, DraftIndicator, DraftTask, DraftValue } from '../draft/types';
import type { SourceDocument } from '../sources/document';
import type { Span } from '../text/lineIndex';

export type Reading =
  | { kind: 'indicator'; item: DraftIndicator; spans: Span[] }
  | { kind: 'task'; item: DraftTask; spans: Span[] }
  | { kind: 'funding'; item: DraftFunding; spans: Span[] };

const baseName = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** What a document's reader says of it, for the drafter: its form (which tells table rows apart) and headings. */
const readerOptions = (doc: SourceDocument) => ({ form: doc.form, headings: doc.headings });

/** The file name a draft of a document gets beside it: `<stem>.plan.yaml`. */
export function draftFileName(docName: string): string {
  return `${docName.replace(/\.[^./]+$/, '') || docName}.plan.yaml`;
}

const drafts = new WeakMap<SourceDocument, { draft: Draft; readings: Reading[] }>();

/** The whole document's draft (each document object is drafted once), with where each item's anchors are. */
function drafted(doc: SourceDocument): { draft: Draft; readings: Reading[] } {
  let hit = drafts.get(doc);
  if (hit) return hit;
  const name = baseName(doc.uri);
  const draft = draftPlan(doc.text, { ...readerOptions(doc), documentName: name, sourcePath: name });
  const spans = (anchors: (DraftAnchor | undefined)[]) =>
    anchors.flatMap(a => {
      const m = a && doc.findQuote(a.quote, a.para, 1)[0];
      return m ? [{ start: m.start, end: m.end }] : [];
    });
  const readings: Reading[] = [
    ...draft.model.indicators.map(item => ({
      kind: 'indicator' as const,
      item,
      spans: spans([item.baseline?.anchor, ...item.targets.map(t => t.anchor), item.growth?.anchor]),
    })),
    ...draft.model.tasks.map(item => ({ kind: 'task' as const, item, spans: spans([item.anchor]) })),
    ...draft.model.funding.map(item => ({ kind: 'funding' as const, item, spans: spans([item.anchor]) })),
  ];
  hit = { draft, readings };
  drafts.set(doc, hit);
  return hit;
}

/** The draft of a whole document, `sources.main.path` being `sourcePath`. */
export function draftDocument(doc: SourceDocument, sourcePath: string, locale: Locale, id?: string): string {
  return draftPlan(doc.text, { ...readerOptions(doc), documentName: baseName(doc.uri), sourcePath, id, locale }).text;
}

/** What the extractor reads where `span` is: the items one of whose anchors holds it (overlaps it, for a clause). */
export function readingsAt(doc: SourceDocument, span: Span): Reading[] {
  const readings = drafted(doc).readings;
  const out = readings.filter(r =>
    r.spans.some(s =>
      r.kind === 'indicator' ? s.start <= span.start && span.end <= s.end : s.start < span.end && span.start < s.end,
    ),
  );
  // A task is anchored by its title; its 责任单位 clause closes it later in the paragraph: the nearest task before.
  const para = doc.paragraphAt(span.start)?.index;
  const task = readings
    .filter(r => r.kind === 'task' && r.item.at <= span.start && doc.paragraphAt(r.item.at)?.index === para)
    .sort((a, b) => b.item.at - a.item.at)[0];
  if (task && !out.includes(task)) out.push(task);
  return out;
}

export interface ValueReading {
  kind: 'target' | 'baseline' | 'growth';
  value: DraftValue;
  field: string;
}

/**
 * The values the extractor reads in a selection: those of the document's draft whose number (where the
 * anchor ends) is selected; else those of a draft of the selected text alone (the selection out of context).
 */
export function valuesIn(doc: SourceDocument, start: number, end: number): ValueReading[] {
  const inside = (a: DraftAnchor) => doc.findQuote(a.quote, a.para, 1).some(m => m.end > start && m.end <= end);
  const pick = (inds: DraftIndicator[], keep: (a: DraftAnchor) => boolean): ValueReading[] =>
    inds.flatMap(i => [
      ...(i.baseline && keep(i.baseline.anchor)
        ? [{ kind: 'baseline' as const, value: i.baseline, field: 'value' }]
        : []),
      ...i.targets.filter(t => keep(t.anchor)).map(t => ({ kind: 'target' as const, value: t, field: t.field })),
      ...(i.growth && keep(i.growth.anchor) ? [{ kind: 'growth' as const, value: i.growth, field: 'value' }] : []),
    ]);
  const found = pick(drafted(doc).draft.model.indicators, inside);
  if (found.length) return found;
  const alone = draftPlan(doc.text.slice(start, end), {
    ...readerOptions(doc),
    documentName: baseName(doc.uri),
    sourcePath: '',
  });
  return pick(alone.model.indicators, () => true);
}

/**
 * A reading as plan YAML: the entry's lines, indented as the draft indents (two spaces a level, the entry
 * at one level), anchors naming `docId`, organizations written as `orgIds` maps them.
 */
export function entryYaml(
  r: Reading,
  id: string,
  docId: string,
  orgIds: (name: string) => string,
  locale: Locale,
): string[] {
  let lines: string[];
  if (r.kind === 'indicator') {
    const ind = { ...r.item, parts: undefined, subsets: undefined };
    lines = indicator(ind, { indicators: new Map([[ind, id]]), byName: new Map(), goals: new Map() }, locale);
  } else if (r.kind === 'task') {
    const t = { ...r.item, heading: undefined, lead: r.item.lead.map(orgIds), support: r.item.support.map(orgIds) };
    lines = task(t, id, { indicators: new Map(), byName: new Map(), goals: new Map() }, locale);
  } else {
    lines = funding({ ...r.item, heading: undefined }, id);
  }
  return lines.map(l => l.split('{ doc: main, quote: ').join(`{ doc: ${docId}, quote: `));
}

/** The section a reading goes under, and the prefix of its id. */
export const SECTION = { indicator: ['indicators', 'I'], task: ['tasks', 'T'], funding: ['funding', 'F'] } as const;
