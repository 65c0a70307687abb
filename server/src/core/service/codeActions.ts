/** Quick fixes: each diagnostic's remedy as an edit the user applies, and a suppression comment for any rule. */
import type { Resolution } from '../check/scope';
import type { Locale } from '../diagnostics';
import type { PlanFile } from '../model/types';
import { RULE_CODES } from '../rules/meta';
import { resolveAnchor } from '../sources/anchors';
import { closestPassage } from '../sources/closestPassage';
import type { Range } from '../text/lineIndex';
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
  data?: Record<string, unknown>;
}

/**
 * An unquoted `key: >= 5` value (YAML reads `>` as a folded block): from the `>` to the first
 * `, } ] #` or the end, trailing whitespace dropped. Found by scanning, not by a lazy pattern
 * before `\s*` (quadratic on long runs of spaces).
 */
export function comparisonValue(line: string): { start: number; text: string } | undefined {
  const m = /:\s+>/.exec(line);
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
  diagnostics: DiagnosticRef[],
  locale: Locale,
): QuickFix[] {
  const zh = locale === 'zh-cn';
  const out: QuickFix[] = [];
  const textAt = (r: Range) => file.text.slice(file.lines.offsetAt(r.start), file.lines.offsetAt(r.end));
  diagnostics.forEach((d, i) => {
    const data = d.data ?? {};
    const add = (title: string, edits: TextEdit[], preferred = false) =>
      out.push({ title, edits, preferred, diagnosticIndex: i });
    switch (d.code) {
      case 'org-superseded':
        if (typeof data.successor === 'string')
          add(
            zh ? `改为继任机构“${data.successor}”` : `Replace with the successor '${data.successor}'`,
            [{ range: d.range, newText: data.successor }],
            true,
          );
        break;
      case 'unknown-reference':
        if (typeof data.suggestion === 'string')
          add(
            zh ? `改为“${data.suggestion}”` : `Change to '${data.suggestion}'`,
            [{ range: d.range, newText: data.suggestion }],
            true,
          );
        break;
      case 'unit-unknown': {
        const { suggestion, unit } = data as { suggestion?: string; unit?: string };
        const old = textAt(d.range);
        if (suggestion && unit && old.includes(unit)) {
          const at = old.lastIndexOf(unit);
          add(
            zh ? `改为单位“${suggestion}”` : `Change the unit to '${suggestion}'`,
            [{ range: d.range, newText: old.slice(0, at) + suggestion + old.slice(at + unit.length) }],
            true,
          );
        }
        break;
      }
      case 'growth-mismatch': {
        const { impliedGrowth, growthUnit, targetFromGrowth, targetRange } = data as {
          impliedGrowth?: number;
          growthUnit?: string;
          targetFromGrowth?: number;
          targetRange?: Range;
        };
        if (impliedGrowth !== undefined)
          add(
            zh
              ? `将年均增长改为推算值 ${impliedGrowth}${growthUnit}`
              : `Set the stated growth to the implied ${impliedGrowth}${growthUnit}`,
            [{ range: d.range, newText: quoteYaml(`${impliedGrowth}${growthUnit}`) }],
            true,
          );
        if (targetFromGrowth !== undefined && targetRange)
          add(
            zh
              ? `将目标改为按所述增速推算的 ${targetFromGrowth}`
              : `Set the target to ${targetFromGrowth}, as the stated growth gives`,
            [{ range: targetRange, newText: String(targetFromGrowth) }],
          );
        break;
      }
      case 'source-anchor': {
        const spot = spotAt(file, file.lines.offsetAt(d.range.start));
        const anchor = spot?.kind === 'anchor' ? spot.anchor : undefined;
        if (!anchor?.quote || !res) break;
        const r = resolveAnchor(anchor, res.sourceStates);
        if (r.status !== 'quote-not-found') break;
        const best = closestPassage(r.doc, anchor.quote.value, anchor.para?.value);
        if (best)
          add(
            zh ? `改为原文中最接近的段落文字：“${best.text}”` : `Replace with the closest passage: “${best.text}”`,
            [{ range: file.lines.rangeOf(anchor.quote.span), newText: quoteYaml(best.text) }],
            true,
          );
        break;
      }
      case 'source-value-drift': {
        const { sourceValue, sourceValueShown } = data as { sourceValue?: string; sourceValueShown?: string };
        if (typeof sourceValue === 'string') {
          const shown = sourceValueShown ?? sourceValue;
          const title = zh ? `改为原文所述的 ${shown}` : `Use the number the source states: ${shown}`;
          add(title, [{ range: d.range, newText: sourceValue }], true);
        }
        break;
      }
      case 'yaml-syntax': {
        const v = comparisonValue(file.lines.lineText(d.range.start.line));
        if (v) {
          const line = d.range.start.line,
            newText = quoteYaml(v.text);
          const range = { start: { line, character: v.start }, end: { line, character: v.start + v.text.length } };
          add(zh ? `给值加引号：${newText}` : `Quote the value: ${newText}`, [{ range, newText }], true);
        }
        break;
      }
    }
    if (typeof d.code === 'string' && RULE_CODES.has(d.code)) {
      const line = d.range.start.line;
      const indent = /^\s*/.exec(file.lines.lineText(line))![0];
      add(zh ? `添加注释以忽略此行的 ${d.code}` : `Suppress ${d.code} on this line`, [
        {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          newText: `${indent}# planlint-disable-next-line ${d.code}\n`,
        },
      ]);
    }
  });
  return out;
}
