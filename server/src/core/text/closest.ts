/** The nearest name to one written, for "did you mean": unknown fields, references, units. */

/** Edit distance (Levenshtein). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Suggestions are for typos in names, not for text of any length or lists of any size. */
const MAX_SUGGEST_LENGTH = 80,
  MAX_SUGGEST_CANDIDATES = 2000;

/** The option nearest to `word`, when it is near enough (`max` edits, more for longer words). */
export function closest(word: string, options: Iterable<string>, max = 2): string | undefined {
  if (word.length > MAX_SUGGEST_LENGTH) return undefined;
  const limit = Math.max(max, Math.floor(word.length / 3));
  let best: string | undefined,
    bestD = Infinity,
    tried = 0;
  for (const o of options) {
    // The distance is at least the difference in length: most candidates need no table.
    if (Math.abs(o.length - word.length) > limit) continue;
    if (++tried > MAX_SUGGEST_CANDIDATES) break;
    const d = distance(word, o);
    if (d < bestD) {
      best = o;
      bestD = d;
    }
  }
  return bestD <= limit ? best : undefined;
}
