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
  /** The partial word before the cursor, and where it starts. */
  prefix: string;
  prefixStart: number;
}

const KEY_LINE = /^(\s*)(?:-\s+)?([^\s#:'"{}[\],][^#:{}[\],]*?)\s*:(?:\s|$)/;

function indentOf(line: string): number { return line.length - line.trimStart().length; }

/** Flow collections opened on the line before the cursor: each frame's key and kind. */
function flowFrames(s: string): { frames: { kind: '{' | '['; key?: string }[]; lastKey?: string; afterColon: boolean } {
  const frames: { kind: '{' | '['; key?: string }[] = [];
  let key: string | undefined, word = '', inQuote: string | undefined, afterColon = false;
  for (const c of s) {
    if (inQuote) { if (c === inQuote) inQuote = undefined; continue; }
    if (c === '"' || c === "'") { inQuote = c; continue; }
    if (c === '{' || c === '[') { frames.push({ kind: c, key }); key = undefined; word = ''; afterColon = false; continue; }
    if (c === '}' || c === ']') { frames.pop(); word = ''; afterColon = false; continue; }
    if (c === ',') { word = ''; afterColon = false; if (frames[frames.length - 1]?.kind === '{') key = undefined; continue; }
    if (c === ':') { key = word.trim() || key; word = ''; afterColon = true; continue; }
    word += c;
  }
  return { frames, lastKey: key, afterColon };
}

export function cursorContext(text: string, offset: number): CursorContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const m = /[^\s[\]{},:"']*$/.exec(before)!;
  const prefix = m[0], prefixStart = offset - prefix.length;
  // Block ancestors: the nearest less-indented key lines above.
  const lines = text.slice(0, lineStart).split(/\r?\n/);
  const own = KEY_LINE.exec(before);
  let limit = own ? indentOf(before) : (/^\s*-\s/.test(before) ? indentOf(before) : before.length - before.trimStart().length);
  if (!own && !/\S/.test(before.slice(0, before.length - prefix.length))) limit = indentOf(before);
  const path: string[] = [];
  for (let i = lines.length - 1; i >= 0 && limit > 0; i--) {
    const l = lines[i];
    if (!/\S/.test(l) || /^\s*#/.test(l)) continue;
    const ind = indentOf(l);
    if (ind >= limit) continue;
    const k = KEY_LINE.exec(l);
    if (k) path.unshift(k[2]);
    limit = ind;
  }
  // The cursor's own line: a key and maybe flow collections after it.
  const rest = own ? before.slice(own[0].length) : before.replace(/^\s*-\s*/, '');
  const flow = flowFrames(rest);
  const blockItem = /^\s*-\s/.test(before) && !own;
  if (own) path.push(own[2]);
  for (const f of flow.frames) if (f.key) path.push(f.key);
  const top = flow.frames[flow.frames.length - 1];
  let key: string | undefined, atKey = false;
  if (top?.kind === '{') {
    if (flow.afterColon && flow.lastKey) key = flow.lastKey; else atKey = true;
  } else if (top?.kind === '[') {
    key = path[path.length - 1];
  } else if (own) {
    if (flow.afterColon || rest.trim() || /:\s+\S*$/.test(before)) key = own[2];
    path.pop(); // the key being valued is not a mapping the cursor is in
    if (!key) { key = undefined; atKey = false; }
  } else if (blockItem) {
    key = path[path.length - 1];
  } else {
    atKey = true;
  }
  if (key && path[path.length - 1] === key && top?.kind !== '{') path.pop();
  return { path, key, atKey, inList: top?.kind === '[' || blockItem, prefix, prefixStart };
}
