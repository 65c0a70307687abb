/**
 * The one printer: every text PlanLint shows (terminal, CI log, report files, code lenses, snippets) goes
 * through one of these, so a file name, a key or a quote from the repository cannot act as a command.
 *
 * - Control characters (C0, DEL, C1, U+2028, U+2029) and bidirectional controls (LRM, RLM, embeddings,
 *   overrides, isolates) show as `\u001b`: no escape sequence reaches a terminal, no text is reordered.
 * - GitHub Actions workflow commands: the runner reads `::name args::value` at the start of a line and the
 *   legacy `##[name args]value` anywhere in one. Both are broken wherever they occur, so no line PlanLint
 *   prints is a command whatever the line it ends up on: `#\u0023[` and `:\u003a` in a log; in JSON the
 *   same escapes, and in XML and HTML character references, which decode back to the original text.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const COMMAND = /##\[|::/g;
/** `##[` → `#` + escaped `#` + `[`; `::` → `:` + escaped `:`: the text reads the same, the runner sees no command. */
const breakCommands = (s: string, esc: (c: string) => string) =>
  s.replace(COMMAND, m => (m === '::' ? `:${esc(':')}` : `#${esc('#')}[`));

/** A log or terminal line: every control character as `\uXXXX` (a tab as a space), commands broken. */
export const printable = (s: string) =>
  breakCommands(
    s.replace(CONTROL, c => (c === '\t' ? ' ' : hex(c))),
    hex,
  );

/** The same, keeping CR and LF (for formats that escape line breaks their own way, and stack traces). */
export const printableKeepingLines = (s: string) =>
  breakCommands(
    s.replace(CONTROL, c => (c === '\n' || c === '\r' ? c : c === '\t' ? ' ' : hex(c))),
    hex,
  );

/** What JSON.stringify leaves raw that a terminal acts on: DEL, C1, line and paragraph separators, bidi controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Serialised JSON: `##[` and `::` occur only inside its strings, where `\u0023` and `\u003a` mean the same;
 * the controls it leaves raw become `\uXXXX` escapes too (the same data, shown inert in a log).
 */
export const neutralJson = (json: string) => breakCommands(json.replace(RAW_IN_JSON, hex), hex);

/** Bidirectional controls shown as `\u202e` rather than reordering what follows them. */
export const visibleBidi = (s: string) => s.replace(BIDI, hex);

/** Serialised XML or HTML text and attribute values (never raw text such as `<style>`): character references. */
export const neutralMarkup = (markup: string) => breakCommands(visibleBidi(markup), c => `&#${c.charCodeAt(0)};`);

/** Text inside an LSP snippet: `$`, `}` and `\` literal, so `$CLIPBOARD` or `${1:x}` in a name stays text. */
export const snippetText = (s: string) => s.replace(/[$}\\]/g, c => `\\${c}`);

/** A CodeLens title or status text: `$(icon)` from an item name shows as written, not as an icon. */
export const iconFree = (s: string) => s.replace(/\$\(/g, '\\$(');

/**
 * A CSV cell (RFC 4180) a spreadsheet shows as text: printed as a log line is (controls escaped, commands
 * broken), a cell starting with `=`, `+`, `-` or `@` prefixed with `'` so no formula runs, quoted when it
 * holds a comma, a quote or a line break.
 */
export function csvCell(s: string): string {
  const text = printable(s);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
