/**
 * Field names and snippets that write valid plans: the fields of the mapping at the cursor,
 * required ones first and present ones left out, each with its documentation from the schema;
 * a new list item with its `- ` where a list of mappings is; snippets dated by the plan's own period.
 */
import type { Locale } from '../diagnostics';
import { t, type MessageKey } from '../l10n/index';
import type { CompletionEntry } from './types';
import { fieldMarkdown, localizedTitle } from './fieldDocs';
import { fieldsAt } from './planSchema';
import { reindent } from './indentUnit';

export interface PlanYears {
  baseline: number;
  last: number;
}

/** The plan's baseline year and last year, read from the text (`period: [2016, 2020]`, `baseline_year: 2015`). */
export function planYears(text: string): PlanYears {
  const head = text.slice(0, 200_000); // `plan:` comes first; a huge file is not scanned for it
  const flow = /\bperiod:[ \t]*\[[ \t]*(\d{4})[ \t]*,[ \t]*(\d{4})[ \t]*\]/.exec(head);
  const block = flow ? undefined : /\bperiod:[ \t]*\r?\n[ \t]*-[ \t]*(\d{4})[ \t]*\r?\n[ \t]*-[ \t]*(\d{4})/.exec(head);
  const period = flow ?? block;
  const base = /\bbaseline_year:[ \t]*(\d{4})\b/.exec(head);
  const first = period ? Number(period[1]) : undefined,
    last = period ? Number(period[2]) : undefined;
  // Without a period: a five-year plan starting next year is the most likely one being written.
  const baseline = base ? Number(base[1]) : first !== undefined ? first - 1 : new Date().getFullYear();
  return { baseline, last: last ?? baseline + 5 };
}

/** The fields of the mapping at `path` that are not there yet, required first, in the schema's order. */
export function fieldItems(path: string[], present: Set<string>, locale: Locale): CompletionEntry[] {
  const at = fieldsAt(path);
  if (!at) return [];
  const items: CompletionEntry[] = [];
  at.fields.forEach(([name, def], i) => {
    if (present.has(name)) return;
    const required = at.required.has(name);
    items.push({
      label: name,
      kind: 'field',
      insertText: `${name}: `,
      detail: localizedTitle(def.title, locale),
      documentation: fieldMarkdown(name, def, locale, required),
      markdown: true,
      sortText: `${required ? 0 : 1}${String(i).padStart(3, '0')}`,
    });
  });
  return items;
}

type Snippet = { label: Extract<MessageKey, `snippet.${string}`>; body: (y: PlanYears) => string };
const anchor = (n: number) => `source: { doc: \${${n}:main}, quote: "\${${n + 1}}" }`;
const TARGET: Snippet[] = [
  {
    label: 'snippet.targetValue',
    body: y => `{ year: \${1:${y.last}}, value: \${2:0}, ${anchor(3)} }`,
  },
  {
    label: 'snippet.targetChange',
    body: y => `{ year: \${1:${y.last}}, change: "\${2:+10%}", ${anchor(3)} }`,
  },
  {
    label: 'snippet.targetText',
    body: y => `{ year: \${1:${y.last}}, text: \${2:保持在合理区间}, ${anchor(3)} }`,
  },
];
const SECTION: Record<string, Snippet[]> = {
  indicators: [
    {
      label: 'snippet.indicator',
      body: y =>
        '${1:id}:\n  name: ${2:指标名称}\n  unit: ${3:亿元}\n' +
        '  direction: ${4|increase,decrease,maintain|}\n' +
        `  baseline: { year: \${5:${y.baseline}}, value: \${6:0} }\n` +
        `  targets:\n    - { year: \${7:${y.last}}, value: \${8:0}, ${anchor(9)} }\n  responsible: [\${11}]`,
    },
  ],
  funding: [
    {
      label: 'snippet.funding',
      body: y =>
        '${1:F-id}:\n  title: ${2:条款标题}\n' +
        '  instrument: ${3|grant,award,subsidy,interest-subsidy,price-support,fund,guarantee,tax|}\n  rate: ' +
        '"${4:30%}"\n' +
        '  cap: { amount: "${5:500万元}", per: ${6|project,enterprise,enterprise-year|} }\n' +
        `  start_year: \${7:${y.baseline + 1}}\n  ${anchor(8)}`,
    },
  ],
};

/** The snippets, their lines indented `unit` spaces a level as the file is (the editor adds the line's own). */
function snippetItems(list: Snippet[], years: PlanYears, locale: Locale, unit: number, lead = ''): CompletionEntry[] {
  return list.map((s, i) => ({
    label: t(locale, s.label),
    kind: 'snippet' as const,
    insertText: lead + reindent(s.body(years), unit),
    snippet: true,
    detail: t(locale, 'completion.snippet'),
    sortText: `2${i}`,
    filterText: `${lead}${t('en', s.label)}`,
  }));
}

/** A target in a flow list (`targets: [|`) or after a block item's `- `: the inline map. */
export const targetSnippets = (years: PlanYears, locale: Locale) => snippetItems(TARGET, years, locale, 2);
/** Directly under `targets:`, where the next item goes: the item with its `- `. */
export const targetItemSnippets = (years: PlanYears, locale: Locale) => snippetItems(TARGET, years, locale, 2, '- ');
/** A new entry of a section (an indicator under `indicators:`, a clause under `funding:`). */
export const sectionSnippets = (section: string, years: PlanYears, locale: Locale, unit: number) =>
  snippetItems(SECTION[section] ?? [], years, locale, unit);
