/**
 * Distribution, as the contract's *Drafting* section reads it: `分别` pairs a list of subjects, or of
 * years, with a list of values, in order (a single value goes to each subject); `均` before the
 * predicate gives each subject the one value; and a count whose items the text lists
 * (`A、B、C三大基地`) is a target with `items`.
 */
import type { Msg } from '../diagnostics';
import { msg } from '../l10n/index';
import { parseQuantity } from '../quantity/quantity';
import { TO_VERBS } from '../quantity/words';
import { quantityAt, type FoundQuantity } from './quantities';

export interface Share {
  /** The subject's name, completed by the list's shared suffix where only its first words were listed. */
  name: string;
  year?: number;
  value: FoundQuantity;
  /** `A、B分别由2020年的X、Y提高到…`: the subject's baseline (and its year). */
  base?: { value: FoundQuantity; year?: number };
  /** Whether the pairing is uncertain (counts differ, or subjects are compounded): a `# draft: check`. */
  check?: Msg;
}

const VERB =
  '(?:达到|达|为|突破|超过|增加到|增加至|提高到|提高至|提升到|提升至|增长到|下降到|降低到|降至|控制在|保持在|稳定在|不低于|不少于|不超过|新增|完成|建成)?';
const LIST_SEP = /[、和及与]|以及/;

/**
 * A verb the list of values follows that no list names (`分别创建20个、25个`): a few words with no number,
 * none of them one that opens a comparison or a starting figure (由, 从, 比, 较, 占).
 */
const OTHER_VERB = /^[\u4e00-\u9fff]{1,4}?(?=[0-9０-９])/;
const NOT_A_VERB = /[由从比较占约近共]/;

/** The values after `分别` or `均` (and its verb) at `at`: quantities joined by 、 or 和. */
function valuesAt(text: string, at: number, end: number): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  let i = at;
  for (;;) {
    const m = new RegExp(`^${VERB}`).exec(text.slice(i, end));
    i += m?.[0].length ?? 0;
    const other = !m?.[0] && !out.length ? OTHER_VERB.exec(text.slice(i, end)) : null;
    if (other && !NOT_A_VERB.test(other[0])) i += other[0].length;
    const q = quantityAt(text, i, 'value', end);
    if (!q) return out;
    out.push(q);
    const sep = /^\s*[、和]\s*/.exec(text.slice(q.end, end));
    if (!sep) return out;
    i = q.end + sep[0].length;
  }
}

/** Subjects listed before the adverb: `A、B和C`, completed by the last item's words after its place. */
function subjectsOf(before: string): { names: string[]; compounded: boolean } {
  const items = before
    .split(LIST_SEP)
    .map(s => s.trim())
    .filter(Boolean);
  if (items.length < 2) return { names: items, compounded: false };
  // 江州市、临川市数字经济增加值: the earlier items end where the last item's place ends; they take its rest.
  const last = items[items.length - 1];
  const ends = new Set(items.slice(0, -1).map(i => i.at(-1)));
  const cut = ends.size === 1 ? last.indexOf([...ends][0]!) : -1;
  const rest = cut >= 1 ? last.slice(cut + 1) : '';
  if (rest.length >= 2 && items.slice(0, -1).every(i => i.length <= cut + 3 && !i.endsWith(rest)))
    return { names: [...items.slice(0, -1).map(i => i + rest), last], compounded: false };
  return { names: items, compounded: false };
}

/**
 * The shares a clause states with 分别 or 均: `subjectText` is the clause's words before the adverb
 * (openings removed by the caller), `years` the years a preceding `到2024年、2025年` lists.
 */
export function distribute(
  text: string,
  adverbAt: number,
  adverb: '分别' | '均',
  end: number,
  subjectText: string,
  years: number[],
): Share[] {
  const { names } = subjectsOf(subjectText);
  if (!names.length || names.some(n => n.length < 2)) return [];
  const fromTo = adverb === '分别' ? fromToAt(text, adverbAt + adverb.length, end) : undefined;
  if (fromTo && fromTo.bases.length === names.length && fromTo.targets.length === names.length)
    return names.map((name, i) => ({
      name,
      value: fromTo.targets[i],
      base: { value: fromTo.bases[i], year: fromTo.year },
    }));
  const values = valuesAt(text, adverbAt + adverb.length, end);
  if (!values.length) return [];
  if (adverb === '均' || values.length === 1)
    return names.length > 1 || adverb === '均' ? names.map(name => ({ name, value: values[0] })) : [];
  if (names.length === 1 && years.length === values.length)
    return values.map((value, i) => ({ name: names[0], year: years[i], value }));
  if (names.length === values.length) return names.map((name, i) => ({ name, value: values[i] }));
  const check = msg('draft.check.pairing', { subjects: names.length, values: values.length });
  const n = Math.min(names.length, values.length);
  return values.slice(0, n).map((value, i) => ({ name: names[Math.min(i, names.length - 1)], value, check }));
}

/** `分别由2020年的X、Y提高到A、B`: the starting figures, their year, and the figures reached. */
function fromToAt(
  text: string,
  at: number,
  end: number,
): { bases: FoundQuantity[]; year?: number; targets: FoundQuantity[] } | undefined {
  const open = /^(?:由|从)(?:(\d{4})年(?:的|底|末)?)?/.exec(text.slice(at, end));
  if (!open) return undefined;
  const bases = valuesAt(text, at + open[0].length, end);
  const last = bases[bases.length - 1];
  if (!last) return undefined;
  const to = new RegExp(`^(?:${TO_VERBS.join('|')}|到|至)(?:\\d{4}年(?:的|底|末)?)?`).exec(text.slice(last.end, end));
  if (!to) return undefined;
  const targets = valuesAt(text, last.end + to[0].length, end);
  return { bases, year: open[1] ? Number(open[1]) : undefined, targets };
}

const ITEM = '[\\u4e00-\\u9fffA-Za-z0-9（）]{1,12}';
const COUNTED_LIST = new RegExp(
  `((?:${ITEM}、)+${ITEM}?)(等)?([二两三四五六七八九十]|[0-9]{1,2})(大|个|家|座|条|处|项)([\\u4e00-\\u9fff]{2,14})`,
);
/** What opens the first item's clause and is not part of it (…要抓住, 重点布局, 打造). */
const LEAD_IN = /^.*(?:抓住|打造|建设|建成|培育|形成|推进|依托|实施|支持|围绕|构建|布局|推动|重点|以)/;
const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** `A、B、C三大基地`, `A、B等5个园区`: the items, the count and the thing counted, or undefined. */
export interface CountedList {
  items: string[];
  partial: boolean;
  count: number;
  /** The count as written: `6个` in digits, the bare number for `三大` (N大 counts N). */
  written: string;
  noun: string;
  at: number;
  end: number;
}

export function countedList(clause: string): CountedList | undefined {
  const m = COUNTED_LIST.exec(clause);
  if (!m) return undefined;
  // Items are separated by 、 and, before the last, by 和 / 及 / 与 (the contract's list separators).
  const raw = m[1].split('、');
  const tail = raw.pop()!.split(/和|及|与|以及/);
  const items = [...raw, ...tail].map((s, i) => (i === 0 ? s.replace(LEAD_IN, '') : s));
  // A heading's marker (四、) is no item; items are names: a quantity among them means no counted list.
  if (items.some(i => /^[一二三四五六七八九十]+$|^[0-9]+$/.test(i))) return undefined;
  // Items are names: a quantity among them (100家以上) means this is no counted list.
  if (items.some(i => /[0-9０-９]|以上|以下/.test(i))) return undefined;
  // 太原特殊钢产业基地、太原和运城两大…基地: an item that is itself such a thing is another phrase, when
  // the list names more than it counts (引屏济北工程、东湖调水工程、西山水库三大…工程 names three, as it counts).
  const kind = m[5].slice(-2);
  const count = CN_COUNT[m[3]] ?? Number(m[3]);
  if (!items.every(i => i.endsWith(kind)))
    while (items.length > Math.max(1, count) && items[0].endsWith(kind)) items.shift();
  if (!count || items.some(i => !i)) return undefined;
  const unit = m[4] === '大' ? '个' : m[4];
  const noun = m[5].replace(/(?:建设|为重点|为核心|的).*$/, '').replace(/[和及与]$/, '');
  if (!parseQuantity(`${count}${unit}`, 'value', undefined).ok) return undefined;
  const written = /^[0-9]/.test(m[3]) ? `${m[3]}${unit}` : String(count);
  const end = m.index + m[0].length - (m[5].length - noun.length);
  return { items, partial: Boolean(m[2]), count, written, noun, at: m.index, end };
}
