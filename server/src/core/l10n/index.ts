/**
 * The product's own words outside rule messages (CLI, report, hover, completion, server), one
 * catalogue per locale. English is the reference; TypeScript makes every other locale complete, and
 * holds each call to the key's placeholders (read from the English text's literal type), as rule
 * reports are held to theirs. Placeholders are `{name}`; rule messages live in their rule modules.
 */
import type { Locale, Msg } from '../diagnostics';
import { en, type MessageKey } from './en';
import { zhCn } from './zh-cn';

export type { MessageKey } from './en';
export type MessageArgs = Record<string, string | number>;

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-cn': zhCn };

/** The `{name}` placeholders of a text (`{ }`, with a space, is text). */
type Holes<S extends string> = S extends `${string}{${infer H}}${infer R}`
  ? (H extends `${string} ${string}` | '' ? never : H) | Holes<R>
  : never;
/** What a call takes after the key: a value for each placeholder of the key's text, if it has any. */
type ArgsOf<K extends MessageKey> = [Holes<(typeof en)[K]>] extends [never]
  ? [args?: Record<string, never>]
  : [args: Record<Holes<(typeof en)[K]>, string | number>];

const fill = (template: string, args?: MessageArgs) =>
  args ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m)) : template;

/** The text of `key` in `locale`, its placeholders filled. */
export function t<K extends MessageKey>(locale: Locale, key: K, ...args: ArgsOf<K>): string {
  return fill(CATALOGUES[locale][key], args[0]);
}

/** The text of `key` in every locale, for code that reports before a locale is chosen. */
export function msg<K extends MessageKey>(key: K, ...args: ArgsOf<K>): Msg {
  return { en: fill(en[key], args[0]), zh: fill(zhCn[key], args[0]) };
}

/**
 * The words for a contract keyword (`instrument.interest-subsidy` → 贴息, `writeError.EACCES`): a
 * key built at run time, so it takes no placeholders; `fallback` when the catalogues lack it.
 */
export function tWord(locale: Locale, key: string, fallback: string): string {
  return hasMessage(key) ? CATALOGUES[locale][key] : fallback;
}

/** Whether the catalogues have `key`. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Keys with a `.one` and an `.other` form. */
type PluralKey = { [K in MessageKey]: K extends `${infer B}.other` ? B : never }[MessageKey];

/** A counted phrase: the `.one` form for 1, else `.other`; `{n}` is the count. */
export function tn(locale: Locale, key: PluralKey, n: number, args?: MessageArgs): string {
  return fill(CATALOGUES[locale][`${key}.${n === 1 ? 'one' : 'other'}` as MessageKey], { n, ...args });
}
