/**
 * Checks one plan file: parse (cached), resolve includes and sources, run every rule, then apply
 * suppressions, configured severities and the locale. A rule that throws is reported, not fatal.
 */
import { DEFAULT_CONFIG, type PlanlintConfig } from '../config';
import { pickLocale, type Locale, type Msg, type PlanDiagnostic, type Severity } from '../diagnostics';
import type { PlanFile } from '../model/types';
import { DEFAULT_SCHEDULE_TOLERANCE } from '../model/monitoring';
import { anchorMemo, indicatorMemo, type RuleInputs } from '../rules/context';
import type { Rule } from '../rules/define';
import { runRules } from './runRules';
import type { ItemCache } from './itemCache';
import type { Raw } from './raw';
import { ALL_RULES, ruleMeta } from '../rules/index';
import type { Workspace } from '../workspace/workspace';
import { UnitTable } from '../quantity/units';
import { readSuppressions, suppressedBy, type SuppressionComment } from './suppressions';
import { notTextMessage, reopenAdvice } from './encodingMessages';
import { resolve, type Resolution } from '../resolve/scope';

export interface CheckOptions {
  config?: PlanlintConfig;
  locale?: Locale;
  /** The rules to run (tests inject a failing one); default: all. */
  rules?: readonly Rule[];
  /**
   * The unit table of `config.units` (a project keeps one per config, so parses are shared across
   * its checks); without it, the check makes its own.
   */
  units?: UnitTable;
  /** The reports of the plan's items from its last check, reused for the items that did not change. */
  items?: ItemCache;
}
/** A suppression comment code that silenced nothing (for `--report-unused-disable`). */
export interface UnusedSuppression {
  line: number;
  code: string;
}
export type CheckResult =
  | {
      ok: true;
      file: PlanFile;
      resolution?: Resolution;
      diagnostics: PlanDiagnostic[];
      suppressed: PlanDiagnostic[];
      unusedSuppressions: UnusedSuppression[];
    }
  | { ok: false; reason: string; detail: string };

export async function checkUri(ws: Workspace, uri: string, options: CheckOptions = {}): Promise<CheckResult> {
  const misread = await ws.misread(uri);
  if (misread) return notText(ws, uri, reopenAdvice(misread), options);
  const loaded = await ws.loadPlan(uri);
  if (!loaded.ok && loaded.reason === 'not-text') return notText(ws, uri, notTextMessage(loaded.at), options);
  if (!loaded.ok && loaded.reason === 'too-large') {
    // Refused, not unreadable: say so where the user looks, on the file itself.
    const file = ws.planFromText(uri, '');
    const size = formatBytes(ws.limits.maxPlanBytes);
    const message = pickLocale(
      {
        en: `the file is larger than ${size} and is not checked (limit: limits.max_plan_bytes)`,
        zh: `文件超过${size}，不予检查（限制：limits.max_plan_bytes）`,
      },
      options.locale ?? 'en',
    );
    return {
      ok: true,
      file,
      diagnostics: [
        {
          uri,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 'error',
          code: 'limit-exceeded',
          message,
        },
      ],
      suppressed: [],
      unusedSuppressions: [],
    };
  }
  if (!loaded.ok) return { ok: false, reason: loaded.reason, detail: loaded.detail };
  return checkFile(ws, loaded.value, options);
}

/** A plan that is not text: one `encoding` finding on its first line (configurable), nothing else is checked. */
function notText(ws: Workspace, uri: string, message: Msg, options: CheckOptions): CheckResult {
  const file = ws.planFromText(uri, '');
  const raw: Raw[] = [{ code: 'encoding', span: { start: 0, end: 0 }, message }];
  return { ok: true, file, ...finish(file, raw, options.config ?? DEFAULT_CONFIG, options.locale ?? 'en') };
}

export async function checkFile(ws: Workspace, file: PlanFile, options: CheckOptions = {}): Promise<CheckResult> {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? ALL_RULES;
  const raw: Raw[] = [];
  let resolution: Resolution | undefined;
  if (file.yaml.syntax.length) {
    // Once a file has a yaml-syntax error, only those are reported: nothing else can be trusted.
    for (const p of file.yaml.syntax) raw.push({ code: 'yaml-syntax', span: p.span, message: p.message });
  } else if (file.yaml.limit) {
    raw.push({ code: 'limit-exceeded', span: file.yaml.limit.span, message: file.yaml.limit.message });
  } else {
    resolution = await resolve(ws, file, options.units ?? new UnitTable(config.units));
    const inputs: RuleInputs = {
      ...resolution,
      file,
      tolerance: config.growthTolerance,
      scheduleTolerance: config.scheduleTolerance ?? DEFAULT_SCHEDULE_TOLERANCE,
      indicator: indicatorMemo(resolution),
      anchor: anchorMemo(resolution),
    };
    raw.push(...runRules(rules, config, inputs, options.items));
  }
  return { ok: true, file, resolution, ...finish(file, raw, config, options.locale ?? 'en') };
}

/** A size as people say it: 300 bytes, 64 KB, 20 MB. */
function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${Math.round(n / 1024 / 1024)} MB`;
}

/** The suppression comments that silenced nothing, as `unused-disable` warnings on their comment. */
export function unusedDisableDiagnostics(
  file: PlanFile,
  unused: UnusedSuppression[],
  locale: Locale,
): PlanDiagnostic[] {
  return unused.map(u => {
    const text = file.lines.lineText(u.line);
    return {
      uri: file.uri,
      severity: 'warning' as const,
      code: 'unused-disable',
      range: {
        start: { line: u.line, character: Math.max(0, text.indexOf('#')) },
        end: { line: u.line, character: text.length },
      },
      message: pickLocale(
        {
          en: `this planlint-disable comment silences no ${u.code} diagnostic: remove it`,
          zh: `这条 planlint-disable 注释没有屏蔽任何 ${u.code} 诊断，可以删除`,
        },
        locale,
      ),
    };
  });
}

/** A `planlint-disable` comment without `-- reason` where the config requires one. */
function withoutReason(file: PlanFile, c: SuppressionComment, locale: Locale): PlanDiagnostic {
  const text = file.lines.lineText(c.line);
  const codes = c.codes.join(' ');
  return {
    uri: file.uri,
    severity: 'error',
    code: 'disable-without-reason',
    range: {
      start: { line: c.line, character: Math.max(0, text.indexOf('#')) },
      end: { line: c.line, character: text.length },
    },
    message: pickLocale(
      {
        en:
          'this planlint-disable comment gives no reason, which planlint.config.yaml requires: it silences ' +
          `nothing until it says why after ' -- ' (${codes} -- <reason>)`,
        zh:
          '这条 planlint-disable 注释没有写明理由，而 planlint.config.yaml 要求写明：' +
          `在“ -- ”之后说明理由（${codes} -- <理由>）之前，它不屏蔽任何诊断`,
      },
      locale,
    ),
  };
}

function finish(file: PlanFile, raw: Raw[], config: PlanlintConfig, locale: Locale) {
  const sup = readSuppressions(file.text, file.lines);
  const used = new Set<string>();
  const diagnostics: PlanDiagnostic[] = [],
    suppressed: PlanDiagnostic[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const setting = config.rules[r.code];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? ruleMeta(r.code)?.severity ?? 'error';
    const range = file.lines.rangeOf(r.span);
    const message = pickLocale(r.message, locale);
    const key = `${r.code}|${r.span.start}|${r.span.end}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const d: PlanDiagnostic = {
      uri: file.uri,
      range,
      severity,
      code: r.code,
      message,
      ...(r.data ? { data: r.data } : {}),
    };
    const by: SuppressionComment | undefined = suppressedBy(sup, r.code, range.start.line);
    if (by) used.add(`${by.line}|${r.code}`);
    // With require_disable_reason, a comment that gives no reason silences nothing (and is reported below).
    if (by && (by.reason || !config.requireDisableReason)) {
      suppressed.push({ ...d, acknowledged: { line: by.line, ...(by.reason ? { reason: by.reason } : {}) } });
    } else diagnostics.push(d);
  }
  if (config.requireDisableReason)
    for (const c of sup.comments) if (!c.reason) diagnostics.push(withoutReason(file, c, locale));
  const byPosition = (a: PlanDiagnostic, b: PlanDiagnostic) =>
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.code.localeCompare(b.code) ||
    // Then by message: the order never depends on which rule, or which item, reported first.
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
  const unusedSuppressions = sup.comments.flatMap(c =>
    c.codes.filter(code => !used.has(`${c.line}|${code}`)).map(code => ({ line: c.line, code })),
  );
  return { diagnostics: diagnostics.sort(byPosition), suppressed: suppressed.sort(byPosition), unusedSuppressions };
}
