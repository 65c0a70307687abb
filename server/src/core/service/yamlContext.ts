/**
 * Where the cursor is in a plan, read from the text (a plan being typed often does not parse):
 * the chain of keys above it, and whether a key or the value of a key is being written.
 */
export interface CursorContext {
  /** Keys from the root down to the mapping the cursor is in (list items add no key). */
  path: string[];
  /** The key whose value is being written, if any. */
  key?: string;
  /** The cursor is where a new key of the mapping at `path` would go. */
  atKey: boolean;
  /** The cursor is in a list item (block `- ` or flow `[`). */
  inList: boolean;
  /** The list is a flow list (`[`), not block items (`- `). */
  flowList: boolean;
  /** At a key inside a mapping that is a list item or a flow map (`- year: 2020⏎  |`, `{ year: 2020, | }`),
   * not where a list's next `- ` goes. */
  inMapping: boolean;
  /** The cursor is in a flow mapping (`{ … }`) on its line. */
  flowMap: boolean;
  /** The partial word before the cursor, and where it starts. */
  prefix: string;
  prefixStart: number;
}

const KEY_START = /[^\s#:'"{}[\],]/;
const KEY_STOP = '#:{}[],';
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * A block key line (`  - name: ...`): the key and where its `: ` ends (`end`, what
 * `/^\s*(?:-\s+)?(KEY)\s*:(?:\s|$)/` would match), found by one scan: the lazy key pattern
 * before `\s*:` was quadratic on long runs of spaces.
 */
export function keyLine(line: string): { key: string; end: number } | undefined {
  let i = 0;
  while (isSpace(line[i])) i++;
  const afterIndent = i;
  if (line[i] === '-' && isSpace(line[i + 1])) {
    let j = i + 1;
    while (isSpace(line[j])) j++;
    const k = keyFrom(line, j);
    if (k) return k;
  }
  return keyFrom(line, afterIndent);
}

function keyFrom(line: string, start: number): { key: string; end: number } | undefined {
  if (start >= line.length || !KEY_START.test(line[start])) return undefined;
  let j = start + 1;
  while (j < line.length && !KEY_STOP.includes(line[j])) j++;
  if (line[j] !== ':' || (j + 1 < line.length && !isSpace(line[j + 1]))) return undefined;
  return { key: line.slice(start, j).trimEnd(), end: j + 1 < line.length ? j + 2 : j + 1 };
}

/** The run of characters before the end of `s` that a word can hold (a backward scan, not `X*$`). */
function trailingRun(s: string, inWord: (c: string) => boolean): number {
  let i = s.length;
  while (i > 0 && inWord(s[i - 1])) i--;
  return i;
}
const WORD_STOP = ' \t[]{},:"\'';

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Flow collections opened on the line before the cursor: each frame's key and kind. */
function flowFrames(s: string): { frames: { kind: '{' | '['; key?: string }[]; lastKey?: string; afterColon: boolean } {
  const frames: { kind: '{' | '['; key?: string }[] = [];
  let key: string | undefined,
    word = '',
    inQuote: string | undefined,
    afterColon = false;
  for (const c of s) {
    if (inQuote) {
      if (c === inQuote) inQuote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      inQuote = c;
      continue;
    }
    if (c === '{' || c === '[') {
      frames.push({ kind: c, key });
      key = undefined;
      word = '';
      afterColon = false;
      continue;
    }
    if (c === '}' || c === ']') {
      frames.pop();
      word = '';
      afterColon = false;
      continue;
    }
    if (c === ',') {
      word = '';
      afterColon = false;
      if (frames[frames.length - 1]?.kind === '{') key = undefined;
      continue;
    }
    if (c === ':') {
      key = word.trim() || key;
      word = '';
      afterColon = true;
      continue;
    }
    word += c;
  }
  return { frames, lastKey: key, afterColon };
}

/** `jump`: where the upward scan may skip lines that cannot hold an ancestor (see sectionJump.ts). */
export function cursorContext(text: string, offset: number, jump?: { from: number; to: number }): CursorContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const prefix = before.slice(trailingRun(before, c => !WORD_STOP.includes(c) && !isSpace(c)));
  const prefixStart = offset - prefix.length;
  // Block ancestors: the nearest less-indented key lines above, read upward line by line (not the whole text).
  const own = keyLine(before);
  let limit = own
    ? indentOf(before)
    : /^\s*-\s/.test(before)
      ? indentOf(before)
      : before.length - before.trimStart().length;
  if (!own && !/\S/.test(before.slice(0, before.length - prefix.length))) limit = indentOf(before);
  const path: string[] = [];
  let innermost = true,
    inItem = false;
  for (let stop = lineStart; stop > 0 && limit > 0; ) {
    if (jump && stop === jump.from) stop = jump.to;
    const start = text.lastIndexOf('\n', stop - 2) + 1;
    const end = text[stop - 2] === '\r' ? stop - 2 : stop - 1;
    stop = start;
    // A line indented at least to the limit cannot be an ancestor: skipped without being read.
    let p = start;
    while (p < end && p - start < limit && text.charCodeAt(p) === 32) p++;
    if (p - start >= limit) continue;
    const l = text.slice(start, end);
    if (!/\S/.test(l) || /^\s*#/.test(l)) continue;
    const ind = indentOf(l);
    if (ind >= limit) continue;
    const k = keyLine(l);
    // `- year: 2020` above a cursor at the column of `year` starts the cursor's own list item: a sibling key.
    const sibling = k && /^\s*-\s/.test(l) && l.length - l.replace(/^\s*-\s+/, '').length >= limit;
    if (k && !sibling) path.unshift(k.key);
    if (innermost) inItem = !!sibling;
    innermost = false;
    limit = ind;
  }
  // The cursor's own line: a key and maybe flow collections after it.
  const rest = own ? before.slice(own.end) : before.replace(/^\s*-\s*/, '');
  const flow = flowFrames(rest);
  const blockItem = /^\s*-\s/.test(before) && !own;
  if (own) path.push(own.key);
  for (const f of flow.frames) if (f.key) path.push(f.key);
  const top = flow.frames[flow.frames.length - 1];
  let key: string | undefined,
    atKey = false;
  if (top?.kind === '{') {
    if (flow.afterColon && flow.lastKey) key = flow.lastKey;
    else atKey = true;
  } else if (top?.kind === '[') {
    key = path[path.length - 1];
  } else if (own) {
    if (flow.afterColon || rest.trim() || /:\s+\S*$/.test(before)) key = own.key;
    path.pop(); // the key being valued is not a mapping the cursor is in
    if (!key) {
      key = undefined;
      atKey = false;
    }
  } else if (blockItem) {
    key = path[path.length - 1];
  } else {
    atKey = true;
  }
  if (key && path[path.length - 1] === key && top?.kind !== '{') path.pop();
  return {
    path,
    key,
    atKey,
    inList: top?.kind === '[' || blockItem,
    flowList: top?.kind === '[',
    inMapping: top?.kind === '{' || (atKey && inItem),
    flowMap: top?.kind === '{',
    prefix,
    prefixStart,
  };
}
