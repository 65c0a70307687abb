/** The CLI's language: `--locale`, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. */
import { toLocale, type Locale } from '../core/index';

export const envLocale = (env: NodeJS.ProcessEnv): Locale => toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);

/** The locale `--locale` names, or undefined when it names none PlanLint speaks. */
export function optionLocale(option: string | undefined, env: NodeJS.ProcessEnv): Locale | undefined {
  if (option === undefined || option === '') return envLocale(env);
  return /^(en|zh)/i.test(option) ? toLocale(option) : undefined;
}
