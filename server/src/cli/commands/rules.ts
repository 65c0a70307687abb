/** `planlint rules`: the rule codes with their default severity and a one-line description. */
import { pickLocale, RULES, type Locale } from '../../core/index';

export function rulesCommand(format: string, locale: Locale): string {
  if (format === 'json')
    return `${JSON.stringify(
      RULES.map(r => ({
        code: r.code,
        severity: r.severity,
        description: pickLocale(r.summary, locale),
        docs: r.docs,
      })),
      null,
      2,
    )}\n`;
  const w = Math.max(...RULES.map(r => r.code.length));
  return `${RULES.map(r => `${r.code.padEnd(w)}  ${r.severity.padEnd(7)}  ${pickLocale(r.summary, locale)}`).join(
    '\n',
  )}\n`;
}
