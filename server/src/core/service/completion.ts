/**
 * Completion: ids of the right kind where a reference is expected, units (this file's and the
 * indicator's dimension first), enum values, field names with their documentation from the schema
 * (required first, present ones left out), list items and snippets dated by the plan's period.
 */
import type { UnitTable } from '../quantity/units';
import type { Resolution } from '../resolve/scope';
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import { fieldItems, planYears, sectionSnippets, targetItemSnippets, targetSnippets } from './fieldCompletion';
import { localized } from './fieldDocs';
import { fieldOf, isListOfMappings } from './planSchema';
import { presentKeys } from './presentKeys';
import { splitTypedUnit, unitItems, unitsUsedIn } from './unitCompletion';
import { cursorContext, keyLine, type CursorContext } from './yamlContext';
import type { CompletionEntry } from './types';
import { snippetText } from '../text/printer';
import { indentUnit } from './indentUnit';
import { sectionJump } from './sectionJump';
import { lineEndBelow, lineStartAbove } from './lineWindow';

export interface CompletionResult {
  replaceStart: number;
  items: CompletionEntry[];
}

const REF_KEYS: Record<string, 'organization' | 'indicator' | 'goal' | 'item' | 'source'> = {
  responsible: 'organization',
  lead: 'organization',
  support: 'organization',
  payer: 'organization',
  issued_by: 'organization',
  successor: 'organization',
  parts: 'indicator',
  subsets: 'indicator',
  supports: 'item',
  doc: 'source',
};

const SECTIONS = ['indicators', 'goals', 'tasks', 'funding', 'organizations', 'sources'];
/** Fields whose values are quantities: a number typed there is followed by its unit. */
/** How far either side of the cursor completion looks for the units a plan uses (all of a plan below 100 KB). */
const USED_UNITS_WINDOW = 50_000;
const QUANTITY_KEYS = new Set(['value', 'change', 'growth', 'amount', 'threshold', 'min', 'max', 'rate']);

function referenceItems(kind: string, res: Resolution, locale: Locale): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  if (kind === 'organization') {
    const seen = new Set<string>();
    for (const [name, org] of res.scope.orgNames) {
      if (seen.has(name)) continue;
      seen.add(name);
      const alias = name !== org.id;
      const until = org.until && t(locale, 'completion.existedUntil', { until: org.until.value });
      items.push({
        label: name,
        kind: 'reference',
        insertText: name,
        detail: org.name?.value,
        documentation: alias ? t(locale, 'completion.aliasOf', { id: org.id }) : until || undefined,
        sortText: `${org.until ? 1 : 0}${alias ? 1 : 0}${name}`,
      });
    }
  } else if (kind === 'source') {
    for (const [id, s] of res.sourceStates) {
      items.push({ label: id, kind: 'reference', insertText: id, detail: s.def.title?.value ?? s.def.path?.value });
    }
  } else {
    for (const it of res.scope.items.values()) {
      const ok = kind === 'item' ? it.kind === 'task' || it.kind === 'goal' : it.kind === kind;
      if (!ok) continue;
      const name = it.kind === 'indicator' ? it.name?.value : it.title?.value;
      items.push({ label: it.id, kind: 'reference', insertText: it.id, detail: name, documentation: it.kind });
    }
  }
  return items;
}

/** The unit of the indicator the cursor is in: from the last parse, else from its `unit:` line in the text. */
function indicatorUnit(
  ctx: CursorContext,
  text: string,
  offset: number,
  res: Resolution | undefined,
): string | undefined {
  if (ctx.path[0] !== 'indicators' || ctx.path.length < 2) return undefined;
  const id = ctx.path[1];
  const known = res?.scope.items.get(id);
  if (known?.kind === 'indicator' && known.unit) return known.unit.value;
  // Upward to the indicator's id line (a flow map on it counts), then down to the next line as shallow.
  const lines = text.slice(lineStartAbove(text, offset, 400), offset).split('\n');
  const unitIn = (l: string) => /(?:^|[\s{,])unit:[ \t]*(["']?)([^"'\s,}\]#]+)\1/.exec(l)?.[2];
  let idIndent = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 400; i--) {
    const u = unitIn(lines[i]);
    if (u) return u;
    if (keyLine(lines[i])?.key === id) {
      idIndent = lines[i].length - lines[i].trimStart().length;
      break;
    }
  }
  if (idIndent < 0) return undefined;
  const after = text
    .slice(offset, lineEndBelow(text, offset, 400))
    .split('\n')
    .slice(1);
  for (const l of after) {
    if (/\S/.test(l) && l.length - l.trimStart().length <= idIndent) break;
    const u = unitIn(l);
    if (u) return u;
  }
  return undefined;
}

function valueItems(
  ctx: CursorContext,
  key: string,
  text: string,
  offset: number,
  res: Resolution | undefined,
  units: UnitTable,
  locale: Locale,
): CompletionEntry[] {
  // The units the rest of the file uses: the cursor's own line (a unit half typed) does not count. In a
  // large plan, the lines within USED_UNITS_WINDOW characters of the cursor: the whole text cost 80 ms.
  const used = () => {
    const start = text.lastIndexOf('\n', offset - 1) + 1,
      end = text.indexOf('\n', offset);
    const from = lineStartAbove(text, Math.max(0, offset - USED_UNITS_WINDOW), 0);
    const to = end < 0 ? end : lineEndBelow(text, Math.min(text.length, offset + USED_UNITS_WINDOW), 0);
    return unitsUsedIn([text.slice(from, start), end < 0 ? '' : text.slice(end, to)], units);
  };
  let kind = REF_KEYS[key];
  if (key === 'indicators' && ctx.path[0] === 'goals') kind = 'indicator';
  if (key === 'goals' && ctx.path[0] === 'tasks') kind = 'goal';
  if (kind) return res ? referenceItems(kind, res, locale) : [];
  if (key === 'unit') {
    const typed = splitTypedUnit(`0${ctx.prefix}`);
    return unitItems({ typedScale: typed?.typedScale ?? '', lead: '', used: used(), locale, units });
  }
  if (QUANTITY_KEYS.has(key)) {
    const typed = splitTypedUnit(ctx.prefix);
    if (!typed) return [];
    const unit = key === 'value' || key === 'min' || key === 'max' ? indicatorUnit(ctx, text, offset, res) : undefined;
    return unitItems({ ...typed, indicatorUnit: unit, used: used(), locale, units });
  }
  if (key === 'source') {
    if (!res) return [];
    return [...res.sourceStates].map(([id, s]) => ({
      label: `${id}#p`,
      kind: 'reference' as const,
      insertText: `${snippetText(id)}#p\${1}`, // an id is text: `$CLIPBOARD` is not a variable
      snippet: true,
      detail: s.def.title?.value,
    }));
  }
  const d = fieldOf(ctx.path, key)?.def;
  const documentation = localized(d?.description, locale);
  return (d?.enum ?? []).map(v => ({ label: v, kind: 'value' as const, insertText: v, documentation }));
}

/** A plain scalar cannot start with an indicator (`%`, `@`, `&`, …) nor hold `: `, ` #` or, in flow, `,[]{}`. */
const STARTS_BADLY = /^[%@`&*!|>'"#,[\]{}]|^[-?:](\s|$)/;
const HOLDS_BADLY = /: |\s#|[,[\]{}]|:$/;
/**
 * The start of the text, and the item's own label (what is typed before it, a number, holds none of
 * these). A long insert text is the typed value with a unit after it: its start is read from the
 * document, never from the item (a hundred joined strings flattened is quadratic work on a long value).
 */
const needsQuotes = (i: CompletionEntry, typed: string) =>
  STARTS_BADLY.test(i.insertText.length > 64 ? typed : i.insertText.slice(0, 2)) || HOLDS_BADLY.test(i.label);

/**
 * Completions as YAML: a value a plain scalar cannot hold is double-quoted (`unit: "%"`), a value typed
 * inside quotes is left to them, and nothing is offered right after a closed quoted value (it would
 * be glued on after the quote).
 */
function asYaml(text: string, start: number, items: CompletionEntry[]): CompletionEntry[] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const q = before[before.length - 1];
  if (q === '"' || q === "'") {
    const open = before.split(q).length % 2 === 0; // an odd count of that quote: the last one opens
    return open ? items : [];
  }
  const typed = text.slice(start, start + 2);
  return items.map(i =>
    i.snippet || !needsQuotes(i, typed)
      ? i
      : { ...i, insertText: quoteScalar(i.insertText), filterText: i.filterText ?? i.insertText },
  );
}
const quoteScalar = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function completeAt(
  text: string,
  offset: number,
  res: Resolution | undefined,
  units: UnitTable,
  locale: Locale,
): CompletionResult {
  const ctx = cursorContext(text, offset, sectionJump(res?.scope.files[0], text, offset));
  const done = (items: CompletionEntry[]) => ({ replaceStart: ctx.prefixStart, items });
  const key = ctx.key;
  // Right after a closed flow collection (`- { year: 2015, value: 41 }|`) nothing can follow on the line.
  const lineBefore = text.slice(text.lastIndexOf('\n', ctx.prefixStart - 1) + 1, ctx.prefixStart);
  if (/[}\]]\s*$/.test(lineBefore)) return done([]);
  // After a block item's `- ` in a list of mappings (`targets:`, `tiers:`): the item's fields, or a whole item.
  if (key && ctx.inList && isListOfMappings([...ctx.path, key])) {
    const years = planYears(text);
    const targets = key === 'targets' ? targetSnippets(years, locale) : [];
    if (ctx.flowList) return done(targets);
    return done([...fieldItems([...ctx.path, key], presentKeys(text, offset, false), locale), ...targets]);
  }
  if (key) return done(asYaml(text, ctx.prefixStart, valueItems(ctx, key, text, offset, res, units, locale)));
  if (!ctx.atKey) return done([]);
  const years = planYears(text);
  // Where a list's next `- ` goes (directly under `targets:`): an item with its dash.
  if (!ctx.inMapping && isListOfMappings(ctx.path)) {
    return done(ctx.path[ctx.path.length - 1] === 'targets' ? targetItemSnippets(years, locale) : []);
  }
  if (ctx.path.length === 1 && SECTIONS.includes(ctx.path[0]))
    return done(
      sectionSnippets(ctx.path[0], years, locale, indentUnit(text.slice(0, lineEndBelow(text, 0, 400)).split('\n'))),
    );
  return done(fieldItems(ctx.path, presentKeys(text, offset, ctx.flowMap), locale));
}
