/** Escaping for the HTML report: text, attributes and source quotes. */
import type { Locale } from '../../core/index';
import { t } from '../../core/l10n/index';
import { visibleBidi } from '../../core/text/printer';
import { PRIVATE_USE_G, privateUsePlaceholder, showPrivateUse } from '../../core/service/markdown';

/**
 * Text or an attribute value; a private-use character (PDF extraction) shows as `⟨U+E004⟩`, a bidirectional
 * control as `\u202e` (it would reorder what the reader sees).
 */
export const esc = (s: unknown) =>
  visibleBidi(showPrivateUse(String(s ?? '')))
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Source text (not for attributes): each private-use character as `⟨U+E004⟩`, its title saying what it is. */
export function escSource(s: string, locale: Locale = 'en'): string {
  const title = esc(t(locale, 'source.privateUse'));
  let out = '',
    last = 0;
  for (const m of s.matchAll(PRIVATE_USE_G)) {
    out += `${esc(s.slice(last, m.index))}<abbr class="pua" title="${title}">${privateUsePlaceholder(m[0])}</abbr>`;
    last = m.index! + m[0].length;
  }
  return out + esc(s.slice(last));
}
