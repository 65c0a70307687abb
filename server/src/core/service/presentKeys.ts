/**
 * The keys a mapping already has around the cursor, read from the text (the plan being typed often
 * does not parse), so that completion does not offer them again. Block mappings: the key lines at the
 * cursor's column, up to the start of its list item and down to the end of the mapping. Flow mappings:
 * the keys of the innermost `{ … }` on the cursor's line.
 */
import { lineEndBelow, lineStartAbove } from './lineWindow';
import { keyLine } from './yamlContext';

/** Lines looked at each way: a mapping of a plan is never longer, and a 20 MB file costs no more. */
const MAX_LINES = 400;
const indentOf = (l: string) => l.length - l.trimStart().length;
const skip = (l: string) => !/\S/.test(l) || /^\s*#/.test(l);
/** Where a dashed line's key starts (`  - year:` → 4); undefined for a line without `- `. */
const dashedKeyColumn = (l: string) => (/^\s*-\s/.test(l) ? l.length - l.replace(/^\s*-\s+/, '').length : undefined);

/** `newItem`: the cursor's line starts a list item, so nothing above belongs to its mapping. */
function blockKeys(lines: string[], row: number, column: number, newItem: boolean): string[] {
  const keys: string[] = [];
  for (let i = row - 1; !newItem && i >= 0 && i >= row - MAX_LINES; i--) {
    const l = lines[i];
    if (skip(l)) continue;
    const dashed = dashedKeyColumn(l);
    if (dashed === column) {
      const k = keyLine(l);
      if (k) keys.push(k.key);
      break;
    }
    const ind = indentOf(l);
    if (ind < column) break;
    if (ind === column && dashed === undefined) {
      const k = keyLine(l);
      if (k) keys.push(k.key);
    }
  }
  for (let i = row + 1; i < lines.length && i <= row + MAX_LINES; i++) {
    const l = lines[i];
    if (skip(l)) continue;
    const ind = indentOf(l);
    if (ind < column || (ind === column && dashedKeyColumn(l) !== undefined)) break;
    if (ind === column) {
      const k = keyLine(l);
      if (k) keys.push(k.key);
    }
  }
  return keys;
}

/** Keys at depth 0 of a flow mapping's text, quotes skipped; `stopAtClose` ends at the mapping's `}`. */
function flowKeysIn(s: string, stopAtClose: boolean): { keys: string[] } {
  const frames: string[][] = [[]];
  let word = '',
    quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '{' || c === '[') {
      frames.push([]);
      word = '';
      continue;
    }
    if (c === '}' || c === ']') {
      if (frames.length === 1 && stopAtClose) break;
      if (frames.length > 1) frames.pop();
      word = '';
      continue;
    }
    if (c === ',') {
      word = '';
      continue;
    }
    if (c === ':' && (i + 1 === s.length || /\s/.test(s[i + 1]))) {
      if (word.trim()) frames[frames.length - 1].push(word.trim());
      word = '';
      continue;
    }
    word += c;
  }
  return { keys: frames[frames.length - 1] };
}

/** The keys already present in the mapping the cursor is in. */
export function presentKeys(text: string, offset: number, flowMap: boolean): Set<string> {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  if (flowMap) {
    // The innermost open `{` on the line: its keys before the cursor, then after it up to its `}`.
    const head = flowKeysIn(before, false).keys;
    const tail = flowKeysIn(text.slice(offset, lineEnd), true).keys;
    return new Set([...head, ...tail]);
  }
  const top = lineStartAbove(text, offset, MAX_LINES);
  const row = text.slice(top, lineStart).split('\n').length - 1;
  const lines = text
    .slice(top, lineEndBelow(text, offset, MAX_LINES))
    .split('\n')
    .map(l => l.replace(/\r$/, ''));
  const dashed = dashedKeyColumn(before);
  const column = dashed ?? indentOf(before);
  const own = keyLine(before);
  const keys = blockKeys(lines, row, column, dashed !== undefined);
  if (own && dashed !== undefined) keys.push(own.key);
  return new Set(keys);
}
