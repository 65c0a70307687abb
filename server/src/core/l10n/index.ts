/**
 * The product's own words outside rule messages (CLI, report, hover, completion, server), one
 * catalogue per locale. English is the reference; TypeScript makes every other locale complete.
 * Placeholders are `{name}`, filled from the arguments; rule messages live in their rule modules.
 */
import type { Locale, Msg } from '../diagnostics';
import { en, type MessageKey } from './en';
import { zhCn } from './zh-cn';

export type { MessageKey } from './en';
export type MessageArgs = Record<string, string | number>;

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-cn': zhCn };

const fill = (template: string, args?: MessageArgs) =>
  args ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m)) : template;

/** The text of `key` in `locale`, its placeholders filled. */
export function t(locale: Locale, key: MessageKey, args?: MessageArgs): string {
  return fill(CATALOGUES[locale][key], args);
}

/** The text of `key` in every locale, for code that reports before a locale is chosen. */
export function msg(key: MessageKey, args?: MessageArgs): Msg {
  return { en: fill(en[key], args), zh: fill(zhCn[key], args) };
}

/** Whether the catalogues have `key`: for keys built from contract keywords. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Keys with a `.one` and an `.other` form. */
type PluralKey = { [K in MessageKey]: K extends `${infer B}.other` ? B : never }[MessageKey];

/** A counted phrase: the `.one` form for 1, else `.other`; `{n}` is the count. */
export function tn(locale: Locale, key: PluralKey, n: number, args?: MessageArgs): string {
  return t(locale, `${key}.${n === 1 ? 'one' : 'other'}` as MessageKey, { n, ...args });
}
