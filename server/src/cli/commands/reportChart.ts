/**
 * A small inline SVG per indicator, scaled to its own values: a y axis with the lowest and highest
 * value as ticks in the indicator's unit, an x axis with the years, each point labelled with its
 * value as written; a range drawn as a band, an open-ended value (`≥60%`) with an arrow the way it
 * runs on; the baseline and milestones joined (solid), the stated growth's path (dashed).
 */
import type { Locale } from '../../core/index';
import { t } from '../../core/l10n/index';
import { esc } from './reportHtml';
import type { IndicatorView, PointView } from './reportModel';

const W = 320,
  H = 150;
/** Room for the y axis's tick labels (left), the x axis's years (bottom), the points' labels (top). */
const L = 64,
  R = 16,
  TOP = 22,
  B = 30;
/** The schema's year range (plan.schema.json: 1900–2200): a chart walks no year outside it. */
const FIRST_YEAR = 1900,
  LAST_YEAR = 2200;
const inRange = (y: number) => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;
const GREY = '#57606a',
  AXIS = '#8c959f',
  BLUE = '#0969da';

/** A tick's number: four significant digits, never in exponent notation for the magnitudes plans use. */
function tickNumber(n: number): string {
  if (n === 0) return '0';
  const r = Number(n.toPrecision(4));
  return Math.abs(r) >= 1e15 || Math.abs(r) < 1e-6 ? r.toExponential(2) : String(r);
}

/** At most `max` of the years, always the first and the last. */
function yearTicks(years: number[], max: number): number[] {
  if (years.length <= max) return years;
  const step = Math.ceil((years.length - 1) / (max - 1));
  const out = years.filter((_, i) => i % step === 0);
  if (out[out.length - 1] !== years[years.length - 1]) {
    if (out.length >= max) out.pop();
    out.push(years[years.length - 1]);
  }
  return out;
}

const svgText = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="9" fill="${GREY}"${attrs}>${s}</text>`;

/** What a monitoring chart adds: the path year by year (dashed green) and the actuals (orange). */
export interface ChartMonitoring {
  path: { x: number; y: number }[];
  actuals: { x: number; y: number; text: string }[];
}

export function chartSvg(v: IndicatorView, locale: Locale, monitoring?: ChartMonitoring): string {
  const seen = [...(monitoring?.path ?? []), ...(monitoring?.actuals ?? [])].filter(
    p => inRange(p.x) && Number.isFinite(p.y),
  );
  const pts = v.points
    .filter(p => p.year !== undefined && inRange(p.year) && p.number !== undefined && Number.isFinite(p.number))
    .map(p => ({ x: p.year!, y: p.number!, p }));
  const label = `${v.name}: ${pts.map(p => `${p.x} ${p.p.text}`).join(', ')}`;
  const open =
    `<svg class="chart" role="img" aria-label="${esc(label)}" width="${W}" height="${H}" ` +
    `viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">`;
  if (!pts.length) {
    const none = t(locale, 'chart.noMilestones');
    const growth = v.growth ? ` · ${esc(v.growth)}` : '';
    return `${open}<text x="4" y="${H / 2}" font-size="11" fill="${GREY}">${none}${growth}</text></svg>`;
  }
  // The stated growth's path from the baseline, year by year.
  const base = pts.find(p => p.p.kind === 'baseline')?.p;
  const stated: { x: number; y: number }[] = [];
  if (base && v.growthRate !== undefined && pts.length > 1) {
    const last = pts.reduce((m, p) => Math.max(m, p.x), FIRST_YEAR);
    for (let y = base.year!; y <= last; y++) {
      const n = y - base.year!;
      const at =
        v.growthKind === 'linear' ? base.number! + v.growthRate * n : base.number! * (1 + v.growthRate / 100) ** n;
      if (Number.isFinite(at)) stated.push({ x: y, y: at });
    }
  }
  // The values' own extent (ranges' ends included) gives the ticks; the stated path may widen the scale.
  let x0 = Infinity,
    x1 = -Infinity,
    lo = Infinity,
    hi = -Infinity;
  for (const p of [...pts, ...seen.map(q => ({ ...q, p: {} as Partial<PointView> }))]) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    for (const y of [p.y, p.p.lo, p.p.hi]) {
      if (y !== undefined && Number.isFinite(y)) {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
    }
  }
  let s0 = lo,
    s1 = hi;
  for (const p of stated) {
    s0 = Math.min(s0, p.y);
    s1 = Math.max(s1, p.y);
  }
  // Amounts, counts and shares start at zero, so a rise from 35.5 to 45.84 looks unlike one from 127 to 1700.
  const fromZero = s0 >= 0;
  if (fromZero) s0 = 0;
  const margin = (s1 - s0) * 0.08 || Math.abs(s1) * 0.1 || 1;
  const y0 = fromZero ? 0 : s0 - margin,
    y1 = s1 + margin;
  const sx = (x: number) => (x1 === x0 ? (L + W - R) / 2 : L + ((x - x0) / (x1 - x0)) * (W - L - R));
  const sy = (y: number) => H - B - ((y - y0) / (y1 - y0 || 1)) * (H - B - TOP);
  const line = (ps: { x: number; y: number }[]) => ps.map(p => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
  const parts = [open];
  // The axes: y with the lowest and highest value in the indicator's unit, x with the years.
  parts.push(`<g class="axis y-axis"><line x1="${L}" y1="${TOP - 6}" x2="${L}" y2="${H - B}" stroke="${AXIS}"/>`);
  // Ticks at zero (when the axis starts there), the lowest and the highest value; none crowding another.
  const ticks: number[] = [];
  for (const y of [...(fromZero ? [0] : []), hi, lo]) {
    if (ticks.every(k => Math.abs(sy(k) - sy(y)) >= 11)) ticks.push(y);
  }
  for (const y of ticks) {
    const py = sy(y);
    parts.push(
      `<line x1="${L - 4}" y1="${py.toFixed(1)}" x2="${W - R}" y2="${py.toFixed(1)}" stroke="#eaeef2"/>` +
        `<line x1="${L - 4}" y1="${py.toFixed(1)}" x2="${L}" y2="${py.toFixed(1)}" stroke="${AXIS}"/>` +
        svgText(L - 6, py + 3, esc(`${tickNumber(y)}${v.unit ? ` ${v.unit}` : ''}`), ' class="tick" text-anchor="end"'),
    );
  }
  parts.push('</g>');
  parts.push(`<g class="axis x-axis"><line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="${AXIS}"/>`);
  const years = [...new Set([...pts, ...(monitoring?.actuals ?? [])].map(p => p.x))].sort((a, b) => a - b);
  for (const y of yearTicks(years, 6)) {
    const px = sx(y);
    parts.push(
      `<line x1="${px.toFixed(1)}" y1="${H - B}" x2="${px.toFixed(1)}" y2="${H - B + 4}" stroke="${AXIS}"/>` +
        svgText(px, H - B + 14, String(y), ' class="tick" text-anchor="middle"'),
    );
  }
  parts.push('</g>');
  if (stated.length) {
    const what = t(locale, 'chart.statedGrowth', { growth: v.growth ?? '' });
    parts.push(
      `<polyline class="stated" points="${line(stated)}" fill="none" stroke="#9a6700" stroke-dasharray="4 3">` +
        `<title>${esc(what)}</title></polyline>`,
    );
  }
  if (pts.length > 1) {
    parts.push(`<polyline class="implied" points="${line(pts)}" fill="none" stroke="${BLUE}" stroke-width="2"/>`);
  }
  if (monitoring) parts.push(monitoringSvg(monitoring, line, sx, sy));
  const labelled = new Set<string>();
  pts.forEach((p, i) => {
    const key = `${p.x}:${p.y}:${chartLabel(p.p.text)}`; // one label for a value stated twice
    parts.push(pointSvg(p, sx, sy, i, locale, !labelled.has(key)));
    labelled.add(key);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The path (dashed green) and the actuals (orange diamonds, each titled with its year and value). */
function monitoringSvg(
  m: ChartMonitoring,
  line: (ps: { x: number; y: number }[]) => string,
  sx: (x: number) => number,
  sy: (y: number) => number,
): string {
  const out: string[] = [];
  const path = m.path.filter(p => inRange(p.x) && Number.isFinite(p.y));
  if (path.length > 1)
    out.push(`<polyline class="path" points="${line(path)}" fill="none" stroke="#1a7f37" stroke-dasharray="2 2"/>`);
  for (const a of m.actuals) {
    if (!inRange(a.x) || !Number.isFinite(a.y)) continue;
    const cx = sx(a.x),
      cy = sy(a.y);
    out.push(
      `<path class="actual" d="M${cx.toFixed(1)},${(cy - 5).toFixed(1)} L${(cx + 5).toFixed(1)},${cy.toFixed(1)} ` +
        `L${cx.toFixed(1)},${(cy + 5).toFixed(1)} L${(cx - 5).toFixed(1)},${cy.toFixed(1)} Z" fill="#bc4c00">` +
        `<title>${esc(`${a.x}: ${a.text}`)}</title></path>`,
    );
  }
  return out.join('');
}

/** A point: a band for a range, an arrow for an open end, its value as written beside it. */
function pointSvg(
  p: { x: number; y: number; p: PointView },
  sx: (x: number) => number,
  sy: (y: number) => number,
  i: number,
  locale: Locale,
  withLabel: boolean,
): string {
  const cx = sx(p.x),
    cy = sy(p.y),
    fill = p.p.kind === 'baseline' ? GREY : BLUE;
  const out: string[] = [];
  const { lo, hi, open } = p.p;
  if (lo !== undefined && hi !== undefined && hi > lo) {
    const top = sy(hi),
      bottom = sy(lo);
    out.push(
      `<rect class="range" x="${(cx - 4).toFixed(1)}" y="${top.toFixed(1)}" width="8" ` +
        `height="${Math.max(bottom - top, 1).toFixed(1)}" fill="${BLUE}" fill-opacity=".25" ` +
        `stroke="${BLUE}" stroke-width=".5"/>`,
    );
  }
  if (open) {
    const dir = open === 'up' ? -1 : 1,
      end = cy + dir * 14;
    const what = t(locale, open === 'up' ? 'chart.orMore' : 'chart.orLess');
    out.push(
      `<g class="open ${open}"><title>${esc(what)}</title>` +
        `<line x1="${cx.toFixed(1)}" y1="${cy.toFixed(1)}" x2="${cx.toFixed(1)}" y2="${end.toFixed(1)}" ` +
        `stroke="${fill}" stroke-width="1.5"/>` +
        `<path d="M${(cx - 3.5).toFixed(1)},${(end - dir * 0.5).toFixed(1)} ` +
        `L${cx.toFixed(1)},${(end + dir * 5).toFixed(1)} ` +
        `L${(cx + 3.5).toFixed(1)},${(end - dir * 0.5).toFixed(1)} Z" fill="${fill}"/></g>`,
    );
  }
  out.push(
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="3.5" fill="${fill}">` +
      `<title>${esc(`${p.x}: ${p.p.text}`)}</title></circle>`,
  );
  if (!withLabel) return out.join('');
  // Labels alternate above and below the line, so neighbours do not overwrite each other.
  const below = open === 'up' ? true : open === 'down' ? false : i % 2 === 1;
  const ly = Math.min(Math.max(below ? cy + 14 : cy - 7, 9), H - B - 3);
  const anchor = cx < L + 30 ? 'start' : cx > W - R - 30 ? 'end' : 'middle';
  out.push(
    `<text class="value" x="${cx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="9" fill="#1f2328" ` +
      `text-anchor="${anchor}">${esc(chartLabel(p.p.text))}</text>`,
  );
  return out.join('');
}

/**
 * A value's label on the chart: a value written in words (`'超过0.8' (> 0.8指数)`) by how it was read,
 * cut short when long (the point's title has it in full).
 */
function chartLabel(text: string): string {
  const s = /^'.*' \((?:→ )?(.*)\)$/s.exec(text)?.[1] ?? text;
  return s.length > 16 ? `${s.slice(0, 15)}…` : s;
}
