/**
 * Indicators from prose: `X由A提高到B`, `X从A增加到B`, `X比…下降N%`, `到N年，X达到/突破/超过Q`, `X年均增长G`,
 * `完成N个X`, `X Q` (a subject and its number), and `其中…` (parts or subsets, by the contract's rule).
 */
import type { Msg } from '../diagnostics';
import { msg } from '../l10n/index';
import type { SourceDocument } from '../sources/document';
import { anchorFor } from './anchors';
import { quantityAt, quantitiesIn, type FoundQuantity } from './quantities';
import { cleanSubject, similarNames } from './subjects';
import type { Piece, Sentence } from './text';
import { dimOf, pickTotal, relate, unitText } from './relations';
import type { DraftAnchor, DraftIndicator } from './types';
import { lastYear } from './years';
import { TO_VERBS } from '../quantity/words';
import { countedList, distribute } from './distribute';
import { explainNumber, type Explain } from './explain';

/** Words before a number that make it a gap or a completion share: neither a target nor progress. */
const GAP =
  /距[^，。；]{0,12}目标[^，。；]{0,6}(?:还差|尚差|差|还有)[^，。；0-9]{0,4}$|完成(?:了)?[^，。；]{0,8}目标(?:任务)?的$|完成率为?$|进度为?$/;
/** Wording that reports a value as reached. */
const REACHED = /已(?:经)?(?:达到|达|突破|超过|建成|完成)|实现了|完成了|比上年增长|同比(?:增长|下降|提高)?|较上年/;
/** Growth over the past: history, never the plan's own growth. */
const PAST_GROWTH = /前[两二三四五]年|以来|期间|过去|近[两二三四五]年|十[一二三]五/;

export interface IndicatorContext {
  doc: SourceDocument;
  period: [number, number];
  /** The document's own year, and whether it evaluates a plan (its later figures are forecasts). */
  docYear?: number;
  evaluation?: boolean;
  explain?: Explain;
  /** The heading a paragraph stands under, and whether that part of the document looks back. */
  headingOf(para: number): { index?: number; past: boolean; year?: number };
}

const VALUE_VERBS = [...TO_VERBS, '控制在', '保持在', '力争达到', '达到', '突破', '超过', '实现', '达', '为'];
// 推进建设 before 推进: the longest verb that opens the counted thing.
const OBJECT_VERBS = [
  ...['累计建成', '完成', '建成', '扶持', '培育', '打造', '新增', '实施', '推进建设', '推进', '形成', '抓好'],
  // 煤气化、…、精细化工等6个创新链: a list closed by 等 and the number of things it lists.
  '等',
];
/** A clause that counts things after a verb that counts (`扶持30个A,30个B`): the next clause may go on counting. */
const COUNTS = new RegExp(`(?:${OBJECT_VERBS.join('|')})[0-9０-９]`);
/** Units that count things: `20户以下自然村` qualifies the villages; `300万吨以上煤焦油加工` is a capacity. */
const COUNTING = /^(?:个|户|家|项|所|人|座|条|台|套|处|名|村|镇)$/;
const COMPARED = /比|较(?![快大高低好多少强弱为长短早晚])/;
const CHANGE_VERBS = ['下降', '降低', '减少', '压减', '提高', '增长', '增加', '上升', '提升'];
const GROWTH = /年均(?:增长率|增长|增速|增幅|提高|下降|降低|增加|减少)|年平均增长率?|每年提高/;
const RISING = /(?:逐年|不断|持续|稳步|大幅|明显|进一步)?(?:上升|提高|增长|下降|降低|增加|扩大|提升|减少)$/;
const MEASURE =
  /给予|予以|奖励|补贴|补助|奖补|贴息|经认定|优惠政策|安排[^，。；0-9]{0,20}?(?:不少于|不低于)?[0-9.]+(?:万|亿)元|设立[^，。；]{0,30}基金/;

interface PastFact {
  check?: Msg;
  /** Where its number is, for --explain. */
  span: { start: number; end: number };
  name: string;
  dim: string;
  value: string;
  year?: number;
  anchor: DraftAnchor;
  at: number;
}
interface Found {
  ind: DraftIndicator;
  isNew: boolean;
}

export class IndicatorExtractor {
  readonly indicators: DraftIndicator[] = [];
  private readonly past: PastFact[] = [];
  private readonly byName = new Map<string, DraftIndicator[]>();
  private readonly words = new Map<DraftIndicator, string>();
  private year?: number;
  private lastHeading?: number;
  /** The sentence opens with 目前 / 现有 / 当前: its figures without a year are baselines. */
  private current = false;

  constructor(private readonly ctx: IndicatorContext) {}

  /** Reads one paragraph's sentences, in document order. */
  paragraph(para: number, sentences: Sentence[]): void {
    const h = this.ctx.headingOf(para);
    if (h.index !== this.lastHeading) {
      this.year = h.year;
      this.lastHeading = h.index;
    }
    let previous: DraftIndicator | undefined;
    // Support measures are funding clauses (funding.ts), not indicators.
    for (const s of sentences) if (!MEASURE.test(s.text)) previous = this.sentence(s, h, previous);
  }

  private sentence(
    s: Sentence,
    h: { index?: number; past: boolean },
    before?: DraftIndicator,
  ): DraftIndicator | undefined {
    const text = this.ctx.doc.text;
    let last: DraftIndicator | undefined;
    let totals: DraftIndicator[] | undefined;
    const seen: DraftIndicator[] = [];
    const children: DraftIndicator[] = [];
    this.current = /^(?:[　\s]*)(?:目前|现有|截至目前|当前)/.test(s.text);
    const consumed = this.distributed(s, h, seen);
    const foundAt = new Map<DraftIndicator, number>();
    let underStart = s.start;
    for (const c of s.clauses) {
      if (consumed.ranges.some(([a, b]) => c.start >= a && c.start < b)) continue;
      const firstDigit = c.text.search(/(?<![0-9０-９.])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.]|年)/);
      const y = lastYear(firstDigit < 0 ? c.text : c.text.slice(0, firstDigit));
      if (y !== undefined) this.year = y;
      if (/^[—-]*其中/.test(c.text)) {
        totals = seen.length ? [...seen].reverse() : before ? [before] : undefined;
        children.length = 0;
        underStart = c.start;
      }
      if (firstDigit < 0 && !countedList(c.text)) continue;
      const found = this.clause(c, text, h, last, s.clauses[s.clauses.indexOf(c) - 1]);
      if (!found) continue;
      if (totals && !totals.includes(found.ind) && !children.includes(found.ind)) children.push(found.ind);
      if (!seen.includes(found.ind)) seen.push(found.ind);
      if (!foundAt.has(found.ind)) foundAt.set(found.ind, c.start);
      last = found.ind;
    }
    // 其中…分别: what the list divides is the nearest indicator read before it (else the sentence before's).
    const { underAt } = consumed;
    if (underAt !== undefined && consumed.children.length) {
      const before_ = [...foundAt].filter(([i, at]) => at < underAt && !consumed.children.includes(i)).map(([i]) => i);
      const candidates = before_.length ? before_.reverse() : before ? [before] : [];
      if (candidates.length) relate(pickTotal(candidates, consumed.children), consumed.children, /分别/.test(s.text));
    }
    // 分别 after 其中, not elsewhere in the sentence, makes the items parts whatever they add up to.
    const respectively = /分别/.test(text.slice(underStart, s.end));
    if (totals && children.length) relate(pickTotal(totals, children), children, respectively);
    return last ?? before;
  }

  /**
   * `分别` and `均` in a sentence: each subject (or year) of the list gets its value. Returns the spans
   * read, so the clause reader skips them, and under 其中 the total they divide.
   */
  private distributed(
    s: Sentence,
    h: { index?: number; past: boolean },
    seen: DraftIndicator[],
  ): { ranges: [number, number][]; underAt?: number; children: DraftIndicator[] } {
    const text = this.ctx.doc.text;
    const ranges: [number, number][] = [];
    const children: DraftIndicator[] = [];
    let underAt: number | undefined;
    const re = /分别|(?<![人亩年户日月])均(?!值|衡|等|匀)/g;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const at = s.start + m.index;
      const segStart =
        s.start + Math.max(0, s.text.lastIndexOf('，', m.index) + 1, s.text.lastIndexOf(',', m.index) + 1);
      const stop = s.text.slice(m.index).search(/[，,；;。]/);
      const segEnd = stop < 0 ? s.end : at + stop;
      let subjectText = text.slice(segStart, at);
      const opens = /^[—-]*其中[：:]?/.exec(subjectText);
      if (opens) subjectText = subjectText.slice(opens[0].length);
      // 其中，A、B分别…: 其中 stands as a clause of its own, just before the list's.
      const alone = /[—-]*其中[，,：:]\s*$/.exec(text.slice(s.start, segStart));
      const under = opens ?? alone;
      const yearsHere = [...subjectText.matchAll(/(\d{4})年/g)].map(y => Number(y[1]));
      const prevClause = text.slice(s.start, segStart);
      const yearsBefore = /(?:到|至)?((?:\d{4}年、)+\d{4}年)[，,]?$/.exec(prevClause);
      const years =
        yearsHere.length > 1
          ? yearsHere
          : yearsBefore
            ? [...yearsBefore[1].matchAll(/\d{4}/g)].map(y => Number(y[0]))
            : [];
      subjectText = subjectText.replace(/^(?:到|至)?(?:\d{4}年、)*\d{4}年(?:底|末)?[，,]?/, '');
      const cleaned = cleanSubject(subjectText.replace(/、/g, '\u0001'))?.name.replace(/\u0001/g, '、');
      if (!cleaned) continue;
      const shares = distribute(text, at, m[0] as '分别' | '均', segEnd, cleaned, years);
      if (!shares.length) continue;
      const start = segStart + Math.max(0, text.slice(segStart, at).indexOf(cleaned.split('、')[0]));
      for (const sh of shares) {
        const year = sh.year ?? this.targetYear(h);
        if (year === undefined || year < this.ctx.period[0]) continue;
        const found = this.indicator(sh.name, sh.value, start, h);
        if (!found) continue;
        if (sh.base) {
          found.ind.baseline ??= {
            value: sh.base.value.text,
            year: sh.base.year,
            anchor: anchorFor(this.ctx.doc, start, sh.base.value.end),
          };
          explainNumber(this.ctx.explain, sh.base.value, 'baseline', `the 分别由…到 figure of ${sh.name}`);
        }
        this.addTarget(found.ind, 'value', sh.value.text, year, start, sh.value.end, s.text);
        if (sh.check) (found.ind.checks ??= []).push(sh.check);
        if (!seen.includes(found.ind)) seen.push(found.ind);
        if (under && !children.includes(found.ind)) children.push(found.ind);
      }
      if (under) underAt = alone ? s.start + alone.index : segStart;
      ranges.push([segStart, segEnd]);
    }
    return { ranges, underAt, children };
  }

  /** `A、B、C三大基地`: a count of things the text lists, with its `items`. */
  private counted(c: Piece, h: { index?: number; past: boolean }): Found | undefined {
    const list = countedList(c.text);
    const year = this.targetYear(h);
    if (!list || year === undefined || year < this.ctx.period[0]) return undefined;
    const start = c.start + list.at;
    const unit = /大$/.test(c.text.slice(list.at, list.end).replace(list.noun, '')) ? '个' : '';
    const q = quantityAt(`${list.count}${unit || '个'}`, 0);
    if (!q) return undefined;
    const found = this.indicator(list.noun, q, start, h);
    if (!found || found.ind.targets.some(t => t.year === year)) return found;
    found.ind.targets.push({
      field: 'value',
      value: list.written,
      year,
      anchor: anchorFor(this.ctx.doc, start, c.start + list.end),
    });
    found.ind.items = list.items;
    const counted = { start: c.start + list.at, end: c.start + list.end };
    explainNumber(this.ctx.explain, counted, 'target', `a count of the ${list.items.length} items the text lists`);
    if (list.partial) found.ind.itemsPartial = true;
    return found;
  }

  /** Reads one clause; returns the indicator it adds to. */
  private clause(
    c: Piece,
    text: string,
    h: { index?: number; past: boolean },
    last?: DraftIndicator,
    prev?: Piece,
  ): Found | undefined {
    const growth = GROWTH.exec(c.text);
    if (growth) return this.growth(c, growth, text, h, last);
    const counted = this.counted(c, h);
    if (counted) {
      // …等6个创新链和30项技术开发与示范: the clause goes on counting after the list.
      const end = countedList(c.text)!.end;
      const more = /^[和及、]\s*(?=[0-9０-９])/.exec(c.text.slice(end));
      if (more) this.object(c, end + more[0].length, text, h);
      return counted;
    }
    if (prev && /^[0-9０-９]/.test(c.text) && COUNTS.test(prev.text)) {
      const r = this.object(c, 0, text, h);
      if (r) return r;
    }
    const fromTo = /由|从/.exec(c.text);
    if (fromTo) {
      const r = this.fromTo(c, fromTo.index, text, h, prev);
      if (r) return r;
    }
    // 较2020年提高1岁 says what 比 says: a change from a reference, not a value (较快, 较大 are adverbs).
    const change = COMPARED.exec(c.text);
    if (change) {
      const r = this.change(c, change.index, text, h);
      if (r) return r;
    }
    for (let i = 0; i < c.text.length; i++) {
      const verb = OBJECT_VERBS.find(v => c.text.startsWith(v, i));
      if (verb) {
        const r = this.object(c, i + verb.length, text, h);
        if (r) return r;
      }
      const v = VALUE_VERBS.find(w => c.text.startsWith(w, i));
      if (v) {
        const at = c.start + i + v.length + (c.text[i + v.length] === '了' ? 1 : 0);
        const q = quantityAt(text, at, 'value', c.end) ?? (/[0-9０-９]/.test(text[at] ?? '') ? undefined : undefined);
        if (q) return this.value(c, c.text.slice(0, i), q, h, last);
      }
    }
    // A subject and its number, nothing else: 电子信息制造业1300亿元.
    // 年销售收入20亿元以上节能环保企业10家: a number with 以上 / 以下 before the last qualifies the subject.
    const qs = quantitiesIn(text, c.start, c.end);
    const q = qs[qs.length - 1];
    const qualifiers = qs.slice(0, -1).every(x => /以[上下]$/.test(x.text));
    if (qs.length && qualifiers && q.end === c.end && q.quantity.unitText) {
      return this.value(c, text.slice(c.start, q.start).replace(/实现|完成/, ''), q, h);
    }
    return undefined;
  }

  private fromTo(
    c: Piece,
    at: number,
    text: string,
    h: { index?: number; past: boolean },
    prev?: Piece,
  ): Found | undefined {
    let i = c.start + at + 1;
    const y0 = /^(\d{4})年(?:的|底)?/.exec(text.slice(i, c.end));
    if (y0) i += y0[0].length;
    const base = quantityAt(text, i, 'value', c.end);
    if (!base) return undefined;
    const verb =
      TO_VERBS.find(v => text.startsWith(v, base.end)) ?? (text.startsWith('到', base.end) ? '到' : undefined);
    if (!verb) return undefined;
    let j = base.end + verb.length;
    const y1 = /^(\d{4})年(?:的|底)?/.exec(text.slice(j, c.end));
    if (y1) j += y1[0].length;
    const target = quantityAt(text, j, 'value', c.end);
    // 非煤产业…比重逐年上升，由2010年的41.6%上升至…: the subject may close the clause before.
    const own = cleanSubject(c.text.slice(0, at));
    const before = !own && prev && !/[0-9]/.test(prev.text) ? cleanSubject(prev.text.replace(RISING, '')) : undefined;
    const subject = own ?? before;
    if (!target || !subject) return undefined;
    const start = (own ? c.start : prev!.start) + subject.offset;
    const year = y1 ? Number(y1[1]) : this.targetYear(h);
    const found = this.indicator(subject.name, target, start, h);
    if (!found) return undefined;
    if (year === undefined || year < this.ctx.period[0]) {
      this.pastFact(subject.name, target, year, start);
      return found.isNew ? undefined : found;
    }
    const baseYear = y0 ? Number(y0[1]) : undefined;
    found.ind.baseline ??= {
      value: base.text.replace(/^由|^从/, ''),
      year: baseYear,
      anchor: anchorFor(this.ctx.doc, start, base.end),
    };
    explainNumber(this.ctx.explain, base, 'baseline', `the 由…到 figure of ${subject.name}`);
    // The base year ties the numbers after it: a target without its own year is quoted from its verb.
    const from = y0 && !y1 ? base.end : start;
    this.addTarget(found.ind, 'value', target.text, year, from, target.end, c.text);
    return found;
  }

  private change(c: Piece, at: number, text: string, h: { index?: number; past: boolean }): Found | undefined {
    const rest = text.slice(c.start + at, c.end);
    const m = new RegExp(`^(?:比|较).{1,16}?(${CHANGE_VERBS.join('|')})了?(?=[0-9０-９])`).exec(rest);
    if (!m) return undefined;
    const numAt = c.start + at + m[0].length;
    const q = quantityAt(text, numAt, 'change', c.end);
    const subject = cleanSubject(c.text.slice(0, at));
    const year = this.targetYear(h);
    if (!q || !subject || year === undefined || year < this.ctx.period[0]) return undefined;
    const start = c.start + subject.offset;
    const found = this.indicator(subject.name, undefined, start, h);
    if (!found) return undefined;
    this.addTarget(found.ind, 'change', `${m[1]}${q.text}`, year, start, q.end, c.text);
    return found;
  }

  private growth(
    c: Piece,
    m: RegExpExecArray,
    text: string,
    h: { index?: number; past: boolean },
    last?: DraftIndicator,
  ): Found | undefined {
    const numAt =
      c.start +
      m.index +
      m[0].length +
      (/^(?:为|达到|达)/.exec(text.slice(c.start + m.index + m[0].length))?.[0].length ?? 0);
    const q = quantityAt(text, numAt, 'growth', c.end);
    if (!q || (this.targetYear(h) ?? 0) < this.ctx.period[0]) return undefined;
    if (
      PAST_GROWTH.test(text.slice(Math.max(c.start, c.start + m.index - 12), c.start + m.index)) ||
      this.ctx.evaluation
    ) {
      explainNumber(this.ctx.explain, q, 'history', 'growth over a past span');
      return undefined;
    }
    const own = cleanSubject(c.text.slice(0, m.index));
    const start = own ? c.start + own.offset : last ? this.startOf(last) : undefined;
    const found = own ? this.indicator(own.name, undefined, start!, h) : last ? { ind: last, isNew: false } : undefined;
    if (!found || start === undefined || found.ind.growth) return found;
    const written = `${m[0]}${text.slice(c.start + m.index + m[0].length, q.end)}`;
    const value = /^年均|^每年/.test(written) && !/^年均增幅/.test(written) ? written : q.text;
    found.ind.growth = { value, anchor: anchorFor(this.ctx.doc, Math.min(start, c.start + m.index), q.end) };
    explainNumber(this.ctx.explain, q, 'growth', `the stated annual growth of ${found.ind.name}`);
    return found;
  }

  /** 完成100个信息化推进示范工程: the thing counted follows the number. */
  private object(c: Piece, after: number, text: string, h: { index?: number; past: boolean }): Found | undefined {
    const year = this.targetYear(h);
    let at = c.start + after,
      from = c.start,
      found: Found | undefined;
    // 扶持30个信息产业化项目和30个信息基础设施建设项目: one indicator for each thing counted.
    for (;;) {
      const q = quantityAt(text, at, 'value', c.end);
      // 完成20户以下自然村…: a bound before a noun qualifies it; it is not the number of things done.
      const unit = q?.quantity.unitText;
      if (!q || !unit || /^[%％]/.test(unit) || (/以[上下内]$/.test(q.text) && COUNTING.test(unit))) return found;
      const join = /[和、及]\s*(?=[0-9０-９])/.exec(text.slice(q.end, c.end));
      const stop = join ? q.end + join.index : c.end;
      // 抓好100个信息化推进示范工程项目的实施: the thing counted, without what is done to it.
      const name = cleanSubject(text.slice(q.end, stop).replace(/的(?:实施|建设)$/, ''));
      if (!name) return found;
      if (year === undefined || year < this.ctx.period[0]) {
        this.pastFact(name.name, q, year, from);
        return found;
      }
      const one = this.indicator(name.name, q, from, h);
      if (one) this.addTarget(one.ind, 'value', q.text, year, from, stop, c.text);
      found ??= one;
      if (!join) return found;
      at = stop + join[0].length;
      from = stop + 1;
    }
  }

  private value(
    c: Piece,
    before: string,
    q: FoundQuantity,
    h: { index?: number; past: boolean },
    last?: DraftIndicator,
  ): Found | undefined {
    const subject = cleanSubject(before);
    // 到2024年突破1200家，到2025年达到1150家以上: a clause with a year and a verb but no subject goes on
    // with the sentence's subject, when its number is of the same kind.
    if (!subject && last && /^\s*(?:到|至)?\d{4}年(?:底|末)?\s*$/.test(before) && dimOf(q) === dimOf(last.unit)) {
      const year = this.targetYear(h);
      if (year === undefined || year < this.ctx.period[0]) return undefined;
      this.addTarget(last, 'value', q.text, year, c.start, q.end, c.text);
      return { ind: last, isNew: false };
    }
    if (!subject) return undefined;
    const start = c.start + subject.offset;
    // 目前, 现有, 当前 with no year of its own: a baseline for the year before the period, to check.
    if (this.current && this.year === undefined) {
      this.pastFact(subject.name, q, this.ctx.period[0] - 1, start, msg('draft.check.baselineYear'));
      return undefined;
    }
    const year = this.targetYear(h);
    if (year === undefined || year < this.ctx.period[0]) {
      this.pastFact(subject.name, q, year, start);
      return undefined;
    }
    const found = this.indicator(subject.name, q, start, h);
    if (found) this.addTarget(found.ind, 'value', q.text, year, start, q.end, c.text);
    return found;
  }

  /** The year a target without its own year takes: the governing 到N年, else the period's end (unless looking back). */
  private targetYear(h: { past: boolean }): number | undefined {
    if (this.year !== undefined) return this.year;
    return h.past ? undefined : this.ctx.period[1];
  }

  private indicator(name: string, q: FoundQuantity | undefined, at: number, h: { index?: number }): Found | undefined {
    const dim = q ? dimOf(q) : undefined;
    const same = (this.byName.get(name) ?? []).find(i => dim === undefined || dimOf(i.unit) === dim);
    if (same) return { ind: same, isNew: false };
    const unit = q ? unitText(q) : '';
    const ind: DraftIndicator = {
      name,
      unit: unit || (/指数/.test(name) ? '指数' : ''),
      direction: 'increase',
      targets: [],
      heading: h.index,
      at,
    };
    this.indicators.push(ind);
    this.byName.set(name, [...(this.byName.get(name) ?? []), ind]);
    return { ind, isNew: true };
  }

  private addTarget(
    ind: DraftIndicator,
    field: 'value' | 'change',
    value: string,
    year: number,
    start: number,
    end: number,
    clause: string,
  ): void {
    const doc = this.ctx.doc;
    const before = doc.text.slice(Math.max(0, end - value.length - 24), end - value.length);
    const at = { start: end - value.length, end };
    if (GAP.test(before)) {
      explainNumber(this.ctx.explain, at, 'left out', 'a gap or a completion share');
      return;
    }
    const { docYear, evaluation } = this.ctx;
    if (evaluation && docYear !== undefined && year > docYear && /预计|预期/.test(before)) {
      explainNumber(this.ctx.explain, at, 'left out', `a forecast for ${year} in an evaluation`);
      return;
    }
    const reached = (docYear !== undefined && year < docYear) || REACHED.test(before.slice(-12));
    if (reached && field === 'value') {
      if ((ind.actuals ??= []).some(a => a.year === year)) return;
      ind.actuals.push({ field, value, year, anchor: anchorFor(doc, start, end) });
      ind.actuals.sort((a, b) => a.year! - b.year!);
      explainNumber(this.ctx.explain, at, 'actual', `${year} is reported as reached`);
      return;
    }
    this.words.set(ind, (this.words.get(ind) ?? '') + clause);
    if (ind.targets.some(t => t.year === year)) return;
    ind.targets.push({ field, value, year, anchor: anchorFor(doc, start, end) });
    ind.targets.sort((a, b) => a.year! - b.year!);
    explainNumber(this.ctx.explain, at, 'target', `a value to reach in ${year}`);
  }

  private pastFact(name: string, q: FoundQuantity, year: number | undefined, start: number, check?: Msg): void {
    const why =
      year === undefined ? 'a figure under a heading that looks back' : `a figure of ${year}, before the period`;
    explainNumber(this.ctx.explain, q, 'history', why);
    this.past.push({
      name,
      dim: dimOf(q),
      value: q.text,
      year,
      anchor: anchorFor(this.ctx.doc, start, q.end),
      at: start,
      span: { start: q.start, end: q.end },
      ...(check ? { check } : {}),
    });
  }

  private startOf(ind: DraftIndicator): number {
    return ind.at;
  }

  /** Baselines from what the document says was reached, for indicators it sets targets for. */
  finish(): DraftIndicator[] {
    for (const ind of this.indicators) {
      if (!ind.baseline) {
        const first = ind.targets[0]?.year ?? Infinity;
        // A short name (利税) says too little to tie a figure stated elsewhere to this indicator.
        const fact =
          ind.name.length < 4
            ? undefined
            : this.past
                .filter(
                  p =>
                    (p.year === undefined || p.year < first) &&
                    (p.dim === dimOf(ind.unit) || (p.dim === '' && ind.unit === '指数')) &&
                    similarNames(p.name, ind.name),
                )
                .pop();
        if (fact) {
          ind.baseline = { value: fact.value, year: fact.year, anchor: fact.anchor, check: fact.check, fact: true };
          explainNumber(this.ctx.explain, fact.span, 'baseline', `a figure reached, named like ${ind.name}`);
        }
      }
      // Directions are set once the table rows are merged in (draft/index.ts), from these words.
      ind.words = this.words.get(ind) ?? '';
    }
    return this.indicators.filter(i => i.targets.length || i.growth);
  }
}
