/** Quick fixes: each diagnostic's remedy as an edit the user applies, and a suppression comment for any rule. */
import type { Resolution } from '../resolve/scope';
import type { UnitTable } from '../quantity/units';
import type { FixData, Locale } from '../diagnostics';
import { t } from '../l10n/index';
import type { PlanFile } from '../model/types';
import { RULE_CODES } from '../rules/index';
import { resolveAnchor } from '../resolve/anchors';
import { closestPassage } from '../sources/closestPassage';
import type { Range } from '../text/lineIndex';
import { recordDecision } from './recordDecision';
import { spotAt } from './spots';

export interface TextEdit {
  range: Range;
  newText: string;
}
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
  diagnosticIndex: number;
}
export interface DiagnosticRef {
  range: Range;
  code?: string | number;
  /** As the checker gave it (`DiagnosticData`), after a round trip through the client: checked before use. */
  data?: unknown;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isRange = (x: unknown): x is Range =>
  isRecord(x) && isRecord(x.start) && isRecord(x.end) && [x.start, x.end].every(p => typeof p.line === 'number');

/** Each fix kind's fields, as the client may send them back: a string, a number, or a range. */
const FIELDS: { [K in FixData['kind']]: Record<string, 'string' | 'number' | 'number?' | 'range?'> } = {
  successor: { id: 'string' },
  suggestion: { id: 'string' },
  unit: { unit: 'string', suggestion: 'string' },
  growth: { implied: 'number?', unit: 'string', target: 'number', targetRange: 'range?' },
  'source-value': { yaml: 'string', shown: 'string' },
};

/** The quick fix's facts a diagnostic carries, if they are well formed. */
function fixOf(data: unknown): FixData | undefined {
  const fix = isRecord(data) ? data.fix : undefined;
  if (!isRecord(fix) || typeof fix.kind !== 'string' || !Object.hasOwn(FIELDS, fix.kind)) return undefined;
  const ok = Object.entries(FIELDS[fix.kind as FixData['kind']]).every(([k, t]) => {
    const v = fix[k];
    if (t === 'range?') return v === undefined || isRange(v);
    if (t === 'number?') return v === undefined || typeof v === 'number';
    return typeof v === t;
  });
  return ok ? (fix as FixData) : undefined;
}

/**
 * An unquoted `key: >= 5` value (YAML reads `>` as a folded block): from the `>` to the first
 * `, } ] #` or the end, trailing whitespace dropped. Found by scanning, not by a lazy pattern
 * before `\s*` (quadratic on long runs of spaces).
 */
function comparisonValue(line: string): { start: number; text: string } | undefined {
  // `>` (a comparator), `%` `@` and a backtick: characters a plain value cannot start with (`unit: %`).
  const m = /:\s+[>%@`]/.exec(line);
  if (!m) return undefined;
  const start = m.index + m[0].length - 1;
  let end = start;
  while (end < line.length && !',}]#'.includes(line[end])) end++;
  return { start, text: line.slice(start, end).trimEnd() };
}

const quoteYaml = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function quickFixes(
  file: PlanFile,
  res: Resolution | undefined,
  units: UnitTable,
  diagnostics: DiagnosticRef[],
  locale: Locale,
): QuickFix[] {
  const out: QuickFix[] = [];
  const textAt = (r: Range) => file.text.slice(file.lines.offsetAt(r.start), file.lines.offsetAt(r.end));
  diagnostics.forEach((d, i) => {
    const fix = fixOf(d.data);
    const add = (title: string, edits: TextEdit[], preferred = false) =>
      out.push({ title, edits, preferred, diagnosticIndex: i });
    switch (fix?.kind) {
      case 'successor':
        add(t(locale, 'fix.successor', { id: fix.id }), [{ range: d.range, newText: fix.id }], true);
        break;
      case 'suggestion':
        add(t(locale, 'fix.suggestion', { id: fix.id }), [{ range: d.range, newText: fix.id }], true);
        break;
      case 'unit': {
        const old = textAt(d.range);
        if (old.includes(fix.unit)) {
          const at = old.lastIndexOf(fix.unit);
          add(
            t(locale, 'fix.unit', { unit: fix.suggestion }),
            [{ range: d.range, newText: old.slice(0, at) + fix.suggestion + old.slice(at + fix.unit.length) }],
            true,
          );
        }
        break;
      }
      case 'growth':
        if (fix.implied !== undefined)
          add(
            t(locale, 'fix.impliedGrowth', { growth: `${fix.implied}${fix.unit}` }),
            [{ range: d.range, newText: quoteYaml(`${fix.implied}${fix.unit}`) }],
            true,
          );
        if (fix.targetRange)
          add(t(locale, 'fix.targetFromGrowth', { target: fix.target }), [
            { range: fix.targetRange, newText: String(fix.target) },
          ]);
        break;
      case 'source-value': {
        add(t(locale, 'fix.sourceValue', { value: fix.shown }), [{ range: d.range, newText: fix.yaml }], true);
        break;
      }
    }
    // Fixes found from the text, not carried by the diagnostic.
    switch (d.code) {
      case 'source-anchor': {
        const spot = spotAt(file, file.lines.offsetAt(d.range.start));
        const anchor = spot?.kind === 'anchor' ? spot.anchor : undefined;
        if (!anchor?.quote || !res) break;
        const r = resolveAnchor(anchor, res.sourceStates);
        if (r.status !== 'quote-not-found') break;
        const best = closestPassage(r.doc, anchor.quote.value, anchor.para?.value, units);
        if (best)
          add(
            t(locale, 'fix.closestPassage', { text: best.text }),
            [{ range: file.lines.rangeOf(anchor.quote.span), newText: quoteYaml(best.text) }],
            true,
          );
        break;
      }
      case 'yaml-syntax': {
        const v = comparisonValue(file.lines.lineText(d.range.start.line));
        if (v) {
          const line = d.range.start.line,
            newText = quoteYaml(v.text);
          const range = { start: { line, character: v.start }, end: { line, character: v.start + v.text.length } };
          add(t(locale, 'fix.quoteValue', { value: newText }), [{ range, newText }], true);
        }
        break;
      }
    }
    // A syntax error or an undecodable file is not silenced: the YAML would still not parse.
    if (typeof d.code === 'string' && RULE_CODES.has(d.code) && d.code !== 'yaml-syntax' && d.code !== 'encoding') {
      const record = recordDecision(file, res, { range: d.range, code: d.code }, locale);
      // Preferred only where no fix corrects the plan: a fix that keeps the plan true to its source wins.
      if (record)
        add(
          t(locale, 'fix.recordInconsistency', { paragraphs: record.paragraphs }),
          [
            {
              range: { start: { line: record.line, character: 0 }, end: { line: record.line, character: 0 } },
              newText: record.text,
            },
          ],
          !out.some(f => f.diagnosticIndex === i && f.preferred),
        );
      const line = d.range.start.line;
      const indent = /^\s*/.exec(file.lines.lineText(line))![0];
      add(t(locale, 'fix.suppress', { code: d.code }), [
        {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          newText: `${indent}# planlint-disable-next-line ${d.code}\n`,
        },
      ]);
    }
  });
  return out;
}
