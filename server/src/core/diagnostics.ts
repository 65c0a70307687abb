import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Locale = 'en' | 'zh-cn';
/** A message in every locale the product speaks; the caller picks one. */
export interface Msg {
  en: string;
  zh: string;
}

export function pickLocale(m: Msg, locale: Locale): string {
  return locale === 'zh-cn' ? m.zh : m.en;
}

/** Normalises a VS Code / BCP 47 locale tag ("zh-CN", "zh-hans", "en-US") to one we speak. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : 'en';
}

/** The checker's own diagnostic: protocol-neutral, positions 0-based, columns in UTF-16 units. */
export interface PlanDiagnostic {
  uri: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  /** Machine-readable facts for quick fixes (e.g. the suggested successor). */
  data?: Record<string, unknown>;
}

export const DOCS_BASE = 'https://github.com/planlint/planlint/blob/main/docs/rules.md';
export function ruleDocUrl(code: string): string {
  return `${DOCS_BASE}#${code}`;
}
