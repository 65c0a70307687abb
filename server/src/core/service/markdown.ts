import type { Range } from '../text/lineIndex';

/**
 * Text from plans and source documents shown as Markdown is escaped: a paragraph holding
 * Markdown links, `command:` URIs, HTML tags or control characters shows as text. Every line
 * break (CR alone too, NEL, U+2028, U+2029) becomes a space: a break would end the hover's line
 * and could start a heading, a list or a link definition.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"':]/g, c => `\\${c}`)
    .replace(PRIVATE_USE_G, c => privateUsePlaceholder(c).replace('+', '\\+'));
}

/**
 * Private-use characters (U+E000–U+F8FF and planes 15–16), which PDF extraction leaves where a
 * font had a glyph of its own (U+E004 in the seeds' documents): no font shows them, so a hover
 * or report would show an empty box, or nothing. They are shown by their code point, `⟨U+E004⟩`
 * (neither bracket is Markdown or HTML), so that a reader sees that the document holds a character
 * there that stands for nothing PlanLint can read; a quote must still hold the character itself.
 */
export const PRIVATE_USE_G = /[\ue000-\uf8ff]|[\udb80-\udbff][\udc00-\udfff]/g;
export const privateUsePlaceholder = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase()}⟩`;
export const showPrivateUse = (s: string) => s.replace(PRIVATE_USE_G, privateUsePlaceholder);

/**
 * A link target from a core URI (decoded: "file:///数据/a.txt"), with every character outside a
 * small safe set percent-encoded (UTF-8), `%`, `#` and `?` included, so a file named
 * `a)(www.evil.example)**x**.txt` cannot end the link or start another, and `a#b.txt` stays one
 * file. encodeURIComponent alone would leave `(`, `)`, `*`, `!`, `'` and `~` as they are.
 */
export function linkTarget(uri: string): string {
  const bytes = (c: string) =>
    [...new TextEncoder().encode(c)].map(b => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  const m = /^[a-zA-Z][\w+.-]*:(\/\/[^/]*)?/.exec(uri);
  const head = m ? m[0] : '';
  return (
    head.replace(/[^A-Za-z0-9\-._:/@]/gu, bytes) + uri.slice(head.length).replace(/[^A-Za-z0-9\-._/:=&,;@$+]/gu, bytes)
  );
}

/**
 * A link the hover may show: only to a document (file or workspace URI), never a command. With a
 * `select` range (0-based) the link selects it (`#L3,5-L3,20`, 1-based, as VS Code opens links).
 */
export function docLink(label: string, uri: string, line?: number, select?: Range): string {
  if (/^\s*(command|javascript|data|vscode):/i.test(uri)) return escapeMarkdown(label);
  const at = (p: Range['start']) => `L${p.line + 1},${p.character + 1}`;
  const fragment = select ? `#${at(select.start)}-${at(select.end)}` : line === undefined ? '' : `#L${line + 1}`;
  return `[${escapeMarkdown(label)}](${linkTarget(uri)}${fragment})`;
}
