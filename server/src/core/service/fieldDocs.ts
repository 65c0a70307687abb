/**
 * A field explained from the schema, in the display language: its title, its description, whether it
 * is required, its values and an example. The schema writes every title "English · 中文" and every
 * description "English\n\n中文"; hovers on keys and completion items show the same text.
 */
import { pickLocale, type Locale } from '../diagnostics';
import { t } from '../l10n/index';
import type { SchemaDef } from './planSchema';

/** The part of a bilingual description for the display language (the English part when there is no other). */
export function localized(text: string | undefined, locale: Locale): string | undefined {
  if (!text) return undefined;
  const [en, zh] = text.split('\n\n');
  return pickLocale({ en, zh: zh ?? en }, locale);
}

/** "Direction · 方向" → "Direction" or "方向". */
export function localizedTitle(title: string | undefined, locale: Locale): string | undefined {
  if (!title) return undefined;
  const [en, zh] = title.split(' · ');
  return pickLocale({ en, zh: zh ?? en }, locale);
}

/** A YAML line showing the field with a value: the schema's first example, else its first enum value. */
function exampleLine(key: string, def: SchemaDef): string | undefined {
  const ex = def.examples?.[0] ?? def.enum?.[0];
  if (ex === undefined) return undefined;
  const text =
    typeof ex === 'string'
      ? /^[\d>~<\-+@%*&!|#]|[:#]\s|^\s|\s$/.test(ex) || ex === ''
        ? JSON.stringify(ex)
        : ex
      : JSON.stringify(ex).replace(/,/g, ', ');
  return `${key}: ${text}`;
}

/** The Markdown of a field: bold title and key, description, required or not, values, an example. */
export function fieldMarkdown(key: string, def: SchemaDef, locale: Locale, required: boolean): string {
  const title = localizedTitle(def.title, locale);
  const head = `**${title ?? key}** \`${key}\`${required ? t(locale, 'field.required') : ''}`;
  const parts = [head];
  const desc = localized(def.description, locale);
  if (desc) parts.push(desc);
  if (def.enum) parts.push(`${t(locale, 'field.values')}${def.enum.map(v => `\`${v}\``).join(' | ')}`);
  const ex = exampleLine(key, def);
  if (ex) parts.push(`${t(locale, 'field.example')}\n\n\`\`\`yaml\n${ex}\n\`\`\``);
  return parts.join('\n\n');
}
