/**
 * The words of the PlanLint status item: what it counts, said in full ("PlanLint: 2 errors, 1 warning",
 * "PlanLint：2个错误，1个警告"), never a bare "2/1" that reads as a fraction. `l10n` is `vscode.l10n`;
 * no other import, so that the unit tests run it with the bundle's translations.
 */
interface L10n {
  t(message: string, ...args: (string | number)[]): string;
}

/** The item's text once the plans are checked (its icon prepended by the caller). */
export function findingsText(l10n: L10n, errors: number, warnings: number): string {
  if (!errors && !warnings) return l10n.t('PlanLint: no errors or warnings');
  const e = errors === 1 ? l10n.t('1 error') : l10n.t('{0} errors', errors);
  const w = warnings === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', warnings);
  return l10n.t('PlanLint: {0}, {1}', e, w);
}

/** The item's text while the plan files are indexed. */
export function indexingText(l10n: L10n, done: number, total: number): string {
  return l10n.t('PlanLint: indexing plan files, {0} of {1}', done, total);
}
