/**
 * Text from plans and source documents shown as Markdown is escaped: a paragraph holding
 * Markdown links, `command:` URIs, HTML tags or control characters shows as text.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u001b]/g, '')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"':]/g, c => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

/** A link the hover may show: only to a document (file or workspace URI), never a command. */
export function docLink(label: string, uri: string, line?: number): string {
  if (/^command:/i.test(uri)) return escapeMarkdown(label);
  const target = line === undefined ? uri : `${uri}#L${line + 1}`;
  return `[${escapeMarkdown(label)}](${target.replace(/[()\s]/g, c => encodeURIComponent(c))})`;
}
