/**
 * How deep flow collections (`[`, `{`) nest, found by one linear pass over the text before the yaml
 * library sees it. Its parser recurses once per level: 100,000 nested `[` reach the engine's stack and
 * regexp limits, which end the process rather than throw. Counting first keeps that input away from it.
 */

const OPENS_VALUE = new Set([':', '-', ',', '[', '{', '?']);

/** The offset where flow nesting first exceeds `max`, or -1. Quotes and comments are skipped. */
export function flowDepthExceeded(text: string, max: number): number {
  let depth = 0;
  // The last character that was not a space: `[` opens a collection only where a value may start,
  // so a plain scalar such as `title: a[1` does not count.
  let prev = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') continue;
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) {
      i = skipTo(text, i, '\n') - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      if (prev === '\n' || OPENS_VALUE.has(prev)) i = skipQuoted(text, i, c);
      prev = 'x';
      continue;
    }
    if (c === '[' || c === '{') {
      const opens = prev === '\n' || OPENS_VALUE.has(prev);
      if (opens && ++depth > max) return i;
      // A bracket inside a plain scalar is text, and so is every bracket after it in that scalar.
      prev = opens ? c : 'x';
      continue;
    }
    if ((c === ']' || c === '}') && depth > 0) depth--;
    prev = c === '\r' ? '\n' : c;
  }
  return -1;
}

function skipTo(text: string, from: number, ch: string): number {
  const j = text.indexOf(ch, from);
  return j < 0 ? text.length : j;
}

/** The offset of the closing quote (or the end): `''` escapes in single quotes, `\` in double. */
function skipQuoted(text: string, from: number, q: string): number {
  for (let i = from + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
