/** `planlint.config.yaml`: per-rule severities and the growth tolerance, shared by the CLI and the editor. */
import { parse } from 'yaml';
import type { Severity } from './diagnostics';
import type { Limits } from './workspace/host';
import { RULE_CODES } from './rules/meta';

export type RuleSetting = Severity | 'off';
export interface PlanlintConfig {
  rules: Record<string, RuleSetting>;
  /** Percentage points a year. */
  growthTolerance: number;
  /** Resource limits (set at the workspace root). */
  limits?: Partial<Limits>;
}
export const DEFAULT_CONFIG: PlanlintConfig = { rules: {}, growthTolerance: 0.5 };
export const CONFIG_FILE = 'planlint.config.yaml';

const LIMIT_KEYS: Record<string, keyof Limits> = {
  max_plan_bytes: 'maxPlanBytes', max_source_bytes: 'maxSourceBytes', max_include_depth: 'maxIncludeDepth',
  max_nesting_depth: 'maxNestingDepth', max_alias_expansions: 'maxAliasExpansions',
};
const SETTINGS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Parses a config file; problems are returned as messages so callers can report them their way. */
export function parseConfig(text: string): { config: PlanlintConfig; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try { raw = parse(text, { maxAliasCount: 10 }) ?? {}; } catch (e) {
    return { config: DEFAULT_CONFIG, problems: [`not valid YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { config: DEFAULT_CONFIG, problems: ['expected a mapping with `rules` and `growth_tolerance`'] };
  const obj = raw as Record<string, unknown>;
  const config: PlanlintConfig = { rules: {}, growthTolerance: DEFAULT_CONFIG.growthTolerance };
  for (const key of Object.keys(obj)) {
    if (!['rules', 'growth_tolerance', 'limits'].includes(key)) problems.push(`unknown setting '${key}' (known: rules, growth_tolerance, limits)`);
  }
  const limits = obj.limits;
  if (limits !== undefined) {
    if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) problems.push('`limits` must be a mapping');
    else {
      config.limits = {};
      for (const [k, v] of Object.entries(limits)) {
        const name = LIMIT_KEYS[k];
        if (!name) { problems.push(`unknown limit '${k}' (known: ${Object.keys(LIMIT_KEYS).join(', ')})`); continue; }
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) { problems.push(`limit '${k}' must be a whole number, 1 or more`); continue; }
        config.limits[name] = v;
      }
    }
  }
  const rules = obj.rules;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) problems.push('`rules` must map rule codes to error, warning, info, hint or off');
    else for (const [code, v] of Object.entries(rules)) {
      if (!RULE_CODES.has(code)) { problems.push(`unknown rule '${code}'`); continue; }
      if (typeof v !== 'string' || !SETTINGS.has(v)) { problems.push(`rule '${code}': '${String(v)}' is not one of error, warning, info, hint, off`); continue; }
      config.rules[code] = v as RuleSetting;
    }
  }
  const tol = obj.growth_tolerance;
  if (tol !== undefined) {
    if (typeof tol === 'number' && tol >= 0 && Number.isFinite(tol)) config.growthTolerance = tol;
    else problems.push('`growth_tolerance` must be a number of percentage points, 0 or more');
  }
  return { config, problems };
}

/** Later settings win: the config file, then one user's editor settings. */
export function mergeConfig(base: PlanlintConfig, over: Partial<PlanlintConfig>): PlanlintConfig {
  return { rules: { ...base.rules, ...over.rules }, growthTolerance: over.growthTolerance ?? base.growthTolerance, limits: { ...base.limits, ...over.limits } };
}
