/**
 * Funding clauses from support measures (给予…补贴/奖励/贴息/补助): a rate (`按…的N%`), amounts
 * (`一次性N万元`, `A万元至B万元`, `分别给予A万元、B万元`: tiers), caps with their `per`
 * (`最高不超过N万元`, `每户企业每年…`), thresholds (`N万元（含）以上的`), `补贴期不超过N年`, cost shares.
 */
import type { SourceDocument } from '../sources/document';
import { anchorFor } from './anchors';
import { magnitude, quantityAt } from './quantities';
import type { Piece, Sentence } from './text';
import type { DraftCap, DraftFunding } from './types';

const MEASURE =
  /(给予|予以|补贴|补助|奖补|奖励|贴息|目标电价为|设立[^，。；]{0,30}基金|安排[^，。；0-9]{0,20}?(?:不少于|不低于)?[0-9.]+(?:万|亿)元)/;
/** 由省、市、县（市、区）三级按照5:2:3的比例: the levels, then their shares. */
const LEVEL = '[\\u4e00-\\u9fff]{1,3}(?:（[^）]*）)?';
const SHARE = new RegExp(
  `(?:由|，|^)((?:${LEVEL}、)+${LEVEL})(?:[三四五两二]级)?(?:财政)?按照?([0-9]+(?:\\s*[:：∶暶]\\s*[0-9]+)+)的?比例`,
);
const MONEY = /[0-9０-９.]+(?:万|亿)?元|[0-9０-９.]+%|百分之/;
const CAP_SCOPE =
  '单个企业每年|每家企业每年|单个主体|单个企业|单个平台|每户企业每年|每家每年|每人每年|每人次|每场活动|每个基地每年|每个平台每年|同一企业年度|总额';
const CAP = (): RegExp =>
  new RegExp(
    `(${CAP_SCOPE}|每个基地|每个平台|每个|同一个项目[^，。；]{0,8}|单个项目|每年)?最高(?:奖励|补助|补贴)?(?:不超过|不超)?` +
      `|(${CAP_SCOPE})(?:奖励|补助|补贴)?不超过|(?:补助|补贴|奖补)不超过`,
    'g',
  );

const PER: [RegExp, string][] = [
  [/每户企业每年|每家每年|同一企业年度|企业每年/, 'enterprise-year'],
  [/单个企业|单个主体|同一企业/, 'enterprise'],
  [/每人每年/, 'person-year'],
  [/每人次/, 'person'],
  [/每场活动/, 'event'],
  [/每个(?:基地|平台)每年/, 'item-year'],
  [/每个(?:基地|平台)?/, 'item'],
  [/同一个项目|总额|项目/, 'project'],
  [/每户企业|每家/, 'enterprise'],
];

export function readFunding(doc: SourceDocument, sentences: Sentence[], heading: number | undefined): DraftFunding[] {
  const out: DraftFunding[] = [];
  for (const s of sentences) {
    if (!MONEY.test(s.text) && !SHARE.test(s.text)) continue;
    // A sentence of caps alone belongs to the measure before it (同一企业年度最高奖励300万元).
    const last = out[out.length - 1];
    const caps = capsIn(s);
    // 同一企业累计获得示范类奖励最高不超过300万元: caps alone (no 给予, no amount but the cap's) join the measure.
    // A cap of its own scope (累计, 同一企业, 单个…) limits what came before; 一次性补助不超过N is a measure.
    const capsOnly =
      !/给予|予以|一次性/.test(s.text) &&
      /累计|同一|单个|每(?:家|个|户|人|年)|总额/.test(s.text) &&
      (s.text.match(/[0-9.]+(?:万|亿)?元/g) ?? []).length === caps.length;
    if (last && caps.length && (capsOnly || !MEASURE.test(s.text.replace(/最高奖励|奖励不超过/g, '')))) {
      last.caps.push(...caps);
      last.anchor = anchorFor(doc, last.at, s.end);
      continue;
    }
    const clause = MEASURE.test(s.text) ? measure(doc, s, heading) : undefined;
    // 由省、市、县三级按照5:2:3的比例给予相应支持: who pays for the measure before it.
    const onlyShare = clause?.costShare && !clause.rate && !clause.amount && !clause.tiers && !clause.caps.length;
    if (clause && onlyShare && last) {
      last.costShare = clause.costShare;
      last.anchor = anchorFor(doc, last.at, s.start + lastNumberEnd(s.text));
    } else if (clause) out.push(clause);
  }
  return out;
}

function measure(doc: SourceDocument, s: Sentence, heading: number | undefined): DraftFunding | undefined {
  const t = s.text;
  const lead = /^\s*[0-9]+[.．、]\s*/.exec(t)?.[0].length ?? 0;
  const f: DraftFunding = {
    title: titleOf(t),
    caps: capsIn(s),
    heading,
    anchor: { quote: '' },
    at: s.start + lead,
  };
  f.instrument = /贴息/.test(t)
    ? 'interest-subsidy'
    : /电价/.test(t)
      ? 'price-support'
      : /奖励|奖补/.test(t)
        ? 'award'
        : /补贴|补助/.test(t)
          ? 'subsidy'
          : undefined;
  const rate = /(?:按照?|给予(?:不超过)?|对)([^，。；按对]{2,20}?)的\s*([0-9.]+\s*%)/.exec(t);
  const rateFirst = /给予([0-9.]+\s*%)的([^，。；]{2,20}?)(?:补贴|奖励|补助)/.exec(t);
  if (rate) {
    f.basis = rate[1].replace(/^其/, '');
    f.rate = rate[2].replace(/\s/g, '');
  } else if (rateFirst) {
    f.basis = rateFirst[2];
    f.rate = rateFirst[1].replace(/\s/g, '');
  }
  const price = /电价为?([0-9.]+元\/千瓦时)/.exec(t);
  if (price) f.amount = price[1];
  const threshold = /([0-9.]+(?:万|亿)元)(?:（含）|\(含\))?(?:及)?以上的/.exec(t);
  if (threshold && !/至/.test(t.slice(0, threshold.index))) f.threshold = threshold[1];
  // A condition that qualifies the beneficiary, in any unit: 年用电量超过1000万千瓦时, 连片100亩以上.
  const condition =
    /(超过|达到|不低于)?([0-9.]+(?:万|亿)?(?:千瓦时|亩|吨标准煤|吨|平方米|人|家|元))(?:（含）)?(以上)?(?=[^，。；]{0,20}?(?:的|，))/.exec(
      t.slice(0, Math.max(0, t.search(/给予|按照?[0-9每百]/))),
    );
  if (!f.threshold && condition && (condition[1] || condition[3]))
    f.threshold = `${condition[1] ?? ''}${condition[2]}${condition[3] ?? ''}`;
  const range = /([0-9.]+(?:万|亿)元)至([0-9.]+(?:万|亿)元)(?:奖励|补贴|补助)/.exec(t);
  const tiers = /分别给予(?:一次性)?(?:奖补|奖励|补助|补贴|资助)?\s*((?:[0-9.]+万?元[、和]\s*)+[0-9.]+万?元)/.exec(t);
  const once =
    /(?:给予|补助|奖补|补贴|奖励)(?:一次性)?(?:奖补|奖励|补助|补贴|资助)?\s*([0-9.]+(?:-[0-9.]+)?万元)(?!至)/.exec(t);
  // The payment's period, and its bound (连续补贴不超过3年, 贴息期限最长2年, 补贴期不超过3年): the years it is paid.
  const years =
    /(?:(?:补贴|贴息|补助|支持|奖补)期限?|连续(?:补贴|奖励|贴息|支持|补助|给予)?)(?:不超过|最长|最多|为)?([0-9]+)年/.exec(
      t,
    );
  if (years) f.durationYears = Number(years[1]);
  // An amount per unit of the basis: 每亩800元 (800元/亩), 0.1元/千瓦时, 每人每年3万元.
  const perUnit =
    /按?每(亩|人|户|吨|平方米|千瓦时|千瓦|标箱|辆|台|套)(?:每年)?([0-9.]+(?:万)?元)/.exec(t) ??
    /按?([0-9.]+(?:万)?元)\/(千瓦时|平方米|立方米|公里|人次|千瓦|标箱|亩|吨|人|户|座|个|家|辆|台|套|张|床|米)/.exec(t);
  if (perUnit && !f.amount) {
    f.amount =
      perUnit[0].startsWith('按每') || perUnit[0].startsWith('每')
        ? `${perUnit[2]}/${perUnit[1]}`
        : `${perUnit[1]}/${perUnit[2]}`;
  }
  // A fund of stated size: 设立规模50亿元的…基金, 每年安排不少于5亿元.
  const fund =
    /设立(?:总)?规模(?:为|达)?([0-9.]+(?:万|亿)元)|安排[^，。；0-9]{0,20}?((?:不少于|不低于)?[0-9.]+(?:万|亿)元)/.exec(
      t,
    );
  if (fund && !f.rate && !f.tiers) {
    f.amount = fund[1] ?? fund[2];
    f.instrument = 'fund';
  }
  const cn = /(?:按照?|给予)?[^，。；]{0,16}?的?(百分之[一二三四五六七八九十百]+)/.exec(t);
  if (cn && !f.rate) f.rate = cn[1];
  const share = SHARE.exec(t);
  if (share) {
    const levels = share[1]
      .replace(/（[^）]*）|\([^)]*\)/g, '')
      .split('、')
      .map(x => x.replace(/^由/, ''))
      .filter(Boolean);
    const parts = share[2].split(/\s*[:：∶暶]\s*/).map(Number);
    if (levels.length === parts.length) f.costShare = levels.map((l, i) => [l, parts[i]]);
  }
  if (tiers) {
    const amounts = tiers[1].split(/[、和]\s*/).map(a => a.trim());
    const levels = levelsBefore(t.slice(0, tiers.index), amounts.length);
    f.tiers = amounts.map((amount, i) => ({ level: levels[i] ?? `第${i + 1}档`, amount }));
    f.tiersOrder = orderOf(levels) ?? orderOf(amounts);
  } else if (range) f.amount = { min: range[1], max: range[2] };
  else if (once && !f.amount && !f.caps.some(c => c.amount === once[1])) f.amount = once[1];
  if (!f.rate && !f.amount && !f.tiers && !f.caps.length && !f.costShare && !f.durationYears) return undefined;
  const last = lastNumberEnd(t);
  f.anchor = anchorFor(doc, f.at, s.start + last);
  return f;
}

/**
 * How a list runs: graded levels with numbers (突破5亿元、10亿元、20亿元) say how their awards must run;
 * else the amounts themselves, where they run one way.
 */
function orderOf(list: string[]): DraftFunding['tiersOrder'] {
  const m = list.map(a => {
    const at = a.search(/[0-9]/);
    const q = at < 0 ? undefined : quantityAt(a, at);
    return q ? magnitude(q.quantity) : Number.NaN;
  });
  if (m.length < 2 || m.some(Number.isNaN)) return undefined;
  if (m.every((v, i) => i === 0 || v >= m[i - 1])) return 'ascending';
  if (m.every((v, i) => i === 0 || v <= m[i - 1])) return 'descending';
  return undefined;
}

/** Caps in a sentence, each with the `per` its words give. */
function capsIn(s: Piece): DraftCap[] {
  const out: DraftCap[] = [];
  const cap = CAP();
  const t = s.text;
  for (let m = cap.exec(t); m; m = cap.exec(t)) {
    const q = /^\s*([0-9.]+(?:万|亿)?元)/.exec(t.slice(m.index + m[0].length));
    if (!q) continue;
    const scope = m[1] ?? m[2] ?? t.slice(Math.max(0, m.index - 10), m.index);
    const per = PER.find(([re]) => re.test(scope))?.[1];
    out.push({ amount: q[1], ...(per ? { per } : {}) });
    cap.lastIndex = m.index + m[0].length + q[0].length;
  }
  return out;
}

/** The names of the grades a `分别` list pays: the last run of `、`-separated items before it. */
function levelsBefore(text: string, count: number): string[] {
  const lists = text.split(/[，,；]/).reverse();
  for (const part of lists) {
    const items = part
      .replace(/^\s*[0-9]+[.．、]\s*/, '')
      .replace(/^(?:对|对于)?(?:首次)?(?:通过|认定为|进入)?/, '')
      .split('、');
    if (items.length === count) return items.map(i => i.replace(/(?:认证|的).*$/, '').slice(0, 30)).filter(Boolean);
  }
  return [];
}

function titleOf(sentence: string): string {
  const t = sentence.replace(/^[0-9]+[.．、]\s*/, '').replace(/^(?:同时|其中)[，,]?/, '');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

function lastNumberEnd(t: string): number {
  let end = t.length;
  const re = /[0-9０-９.]+\s*(?:万元|亿元|元|%|年)?/g;
  for (let m = re.exec(t); m; m = re.exec(t)) end = m.index + m[0].length;
  return end;
}
