// Pulls every quantitative phrase out of the seed documents: a number (or a Chinese numeral before a
// unit or scale word) with the comparator and verb words before it and the unit and words after
// it, within its clause. Prints one JSON line per phrase: { doc, phrase, field, reading }.
// `node scripts/phrases.mjs > test/fixtures/phrases.jsonl` refreshes the corpus that
// test/unit/phrases.test.mjs pins; review the diff before committing it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
const core = await import(join(root, 'dist/core.mjs'));
const CLAUSE = /[，,。；;：:、！？!?\n（）()“”"《》【】]/;
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千万亿]*/g;

/** The reading of a phrase as a short string: what the pinned table compares. */
export function readingOf(phrase, field) {
  const p = core.parseQuantity(phrase, field);
  if (!p.ok) {
    const not = /is a (date|name)/.exec(p.error.en);
    return not ? `not a quantity: a ${not[1]}` : `schema: ${p.error.en.split(':')[0]}`;
  }
  const q = p.quantity;
  if (q.unknown !== undefined) return `unit-unknown: ${q.unknown || q.words.join(' ')}`;
  const unit = q.unitText ?? '';
  const dim = q.unit ? q.unit.dim : q.scale ? `×${q.scale}` : q.multiple ? `×baseline` : '';
  return `${core.showInterval ? core.showInterval(q.interval, unit) : ''}${dim ? ` [${dim}]` : ''}`;
}

const fieldOf = phrase =>
  /^(年均|每年)/.test(phrase)
    ? 'growth'
    : /^(累计)?(提高|增加|增长|上升|提升|降低|下降|减少|压减)(?!到|至)/.test(phrase)
      ? 'change'
      : 'value';
const NAMES = /^(十[一二三四]五|[345]G)/;

export function phrases(text) {
  const out = [];
  let until = 0; // the end of the last date: its month and day are part of it
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index,
      num = m[0];
    if (at < until) continue;
    if (/^[十百千]$/.test(num)) continue;
    let start = at,
      end = at + num.length;
    while (start > 0 && !CLAUSE.test(text[start - 1]) && at - start < 8) start--;
    while (end < text.length && !CLAUSE.test(text[end]) && end - at < 16) end++;
    const before = text.slice(start, at),
      after = text.slice(at + num.length, end);
    const name = NAMES.exec(text.slice(at, at + 3));
    if (name) {
      out.push({ phrase: name[0], field: 'value', reading: readingOf(name[0], 'value') });
      continue;
    }
    const date =
      /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?)?/.exec(
        num + after,
      ) ??
      (/年$/.test(before) && /^\d{1,2}月/.exec(num + after));
    if (date) {
      until = at + date[0].length;
      out.push({ phrase: date[0], field: 'value', reading: readingOf(date[0], 'value') });
      continue;
    }
    if (/^\s*$/.test(text.slice(text.lastIndexOf('\n', at) + 1, at)) && /^[．.、]/.test(after)) {
      continue; // a list marker (1．), not a quantity
    }
    // The longest tail of words before, and the longest run after, that the reader reads whole.
    let best;
    for (let b = 0; b <= before.length; b++) {
      const head = before.slice(b).trim();
      // The words before must all be read as words of the quantity, not swallowed as a unit.
      for (let k = Math.min(after.length, 12); k >= 0; k--) {
        const phrase = head + num + after.slice(0, k);
        const field = fieldOf(phrase);
        const p = core.parseQuantity(phrase, field);
        if (!p.ok || p.quantity.unknown !== undefined) continue;
        if (p.quantity.unitText && !p.quantity.unit && p.quantity.scale === undefined) continue;
        if (head && p.quantity.words.join('').length < head.replace(/\s/g, '').length) continue;
        if (!best || phrase.length > best.phrase.length) best = { phrase, field };
        break;
      }
      if (best) break;
    }
    if (!best) continue;
    if (/^[〇零一二两三四五六七八九十]/.test(num) && !core.parseQuantity(best.phrase, best.field).quantity?.unitText)
      continue;
    out.push({ ...best, reading: readingOf(best.phrase, best.field) });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seen = new Set();
  const dir = join(root, 'seeds/sources');
  for (const f of readdirSync(dir).sort()) {
    for (const p of phrases(readFileSync(join(dir, f), 'utf8'))) {
      const key = `${p.field}|${p.phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      process.stdout.write(`${JSON.stringify({ doc: f.slice(0, 3), ...p })}\n`);
    }
  }
}
