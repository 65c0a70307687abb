/**
 * Rule help in the editor: a diagnostic's link is a command that shows the rule's own section of the
 * rules page shipped with the extension (docs/rules.md, docs/rules.zh-cn.md), rendered, in the locale.
 * Pure: the client reads the page and renders; this finds the section and builds the link.
 */

/** The client command a diagnostic's code links to, with the rule code as its one argument. */
export const SHOW_RULE_COMMAND = 'planlint.showRule';

/**
 * The diagnostic's link, `command:planlint.showRule?["growth-mismatch"]`: VS Code opens a command link
 * from a diagnostic's code in the hover and in the Problems panel.
 */
export function ruleHelpLink(code: string): string {
  return `command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`;
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The section a rule code (or a heading's anchor) opens on the rules page: from its `## ` heading to the
 * next one. A code with no section of its own (`limit-exceeded`, `config`) opens the section that lists
 * it (`- \`limit-exceeded\` …`). Undefined when nothing on the page matches.
 */
export function ruleSection(markdown: string, codeOrAnchor: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const heads = lines.flatMap((l, i) => (/^## /.test(l) ? [i] : []));
  const section = (h: number) => {
    const next = heads.find(x => x > h) ?? lines.length;
    return lines.slice(h, next).join('\n').trimEnd();
  };
  const title = (h: number) => lines[h].slice(3).trim();
  // An anchor written by hand may count a heading's hyphens differently (`…` dropped between two spaces).
  const loose = (s: string) => s.replace(/-+/g, '-');
  const own =
    heads.find(h => title(h) === codeOrAnchor) ?? heads.find(h => loose(headingSlug(title(h))) === loose(codeOrAnchor));
  if (own !== undefined) return section(own);
  const item = new RegExp(`^- \`${codeOrAnchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``);
  const listing = heads.find(h =>
    section(h)
      .split('\n')
      .some(l => item.test(l)),
  );
  return listing === undefined ? undefined : section(listing);
}
