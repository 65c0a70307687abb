/** A small inline SVG per indicator: baseline and milestones (solid), the stated growth's path (dashed). */
import type { Locale } from '../../core/index';
import { esc } from './report';
import type { IndicatorView } from './reportModel';

const W = 220, H = 84, PAD = 18;
/** The schema's year range (plan.schema.json: 1900–2200): a chart walks no year outside it. */
export const FIRST_YEAR = 1900, LAST_YEAR = 2200;
const inRange = (y: number) => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

export function chartSvg(v: IndicatorView, locale: Locale): string {
  const pts = v.points
    .filter(p => p.year !== undefined && inRange(p.year) && p.number !== undefined && Number.isFinite(p.number))
    .map(p => ({ x: p.year!, y: p.number!, p }));
  const label = `${v.name}: ${pts.map(p => `${p.x} ${p.p.text}`).join(', ')}`;
  const open = `<svg class="chart" role="img" aria-label="${esc(label)}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">`;
  if (!pts.length) {
    return `${open}<text x="4" y="${H / 2}" font-size="11" fill="#57606a">${locale === 'zh-cn' ? '无数值目标' : 'no numeric milestones'}${v.growth ? ` · ${esc(v.growth)}` : ''}</text></svg>`;
  }
  // The stated growth's path from the baseline, year by year.
  const base = pts.find(p => p.p.kind === 'baseline')?.p;
  const stated: { x: number; y: number }[] = [];
  if (base && v.growthRate !== undefined && pts.length > 1) {
    const last = pts.reduce((m, p) => Math.max(m, p.x), FIRST_YEAR);
    for (let y = base.year!; y <= last; y++) {
      const n = y - base.year!;
      stated.push({ x: y, y: v.growthKind === 'linear' ? base.number! + v.growthRate * n : base.number! * Math.pow(1 + v.growthRate / 100, n) });
    }
  }
  const all = [...pts, ...stated];
  let x0 = Infinity, x1 = -Infinity, lo = Infinity, hi = -Infinity;
  for (const p of all) {
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); lo = Math.min(lo, p.y); hi = Math.max(hi, p.y);
  }
  // Scaled to the data (with a margin), so a trajectory's direction shows.
  const margin = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  const y0 = lo - margin, y1 = hi + margin;
  const sx = (x: number) => x1 === x0 ? W / 2 : PAD + (x - x0) / (x1 - x0) * (W - 2 * PAD);
  const sy = (y: number) => H - PAD - (y - y0) / (y1 - y0 || 1) * (H - 2 * PAD);
  const line = (ps: { x: number; y: number }[]) => ps.map(p => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
  const parts = [open, `<line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" stroke="#d0d7de"/>`];
  if (stated.length) parts.push(`<polyline class="stated" points="${line(stated)}" fill="none" stroke="#9a6700" stroke-dasharray="4 3"><title>${esc(`${locale === 'zh-cn' ? '所述增速' : 'stated growth'} ${v.growth}`)}</title></polyline>`);
  if (pts.length > 1) parts.push(`<polyline class="implied" points="${line(pts)}" fill="none" stroke="#0969da" stroke-width="2"/>`);
  for (const p of pts) parts.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${p.p.kind === 'baseline' ? '#57606a' : '#0969da'}"><title>${esc(`${p.x}: ${p.p.text}`)}</title></circle>`);
  parts.push(`<text x="${PAD}" y="${H - 4}" font-size="10" fill="#57606a">${x0}</text>`);
  if (x1 !== x0) parts.push(`<text x="${W - PAD}" y="${H - 4}" font-size="10" fill="#57606a" text-anchor="end">${x1}</text>`);
  const last = pts[pts.length - 1];
  parts.push(`<text x="${Math.min(sx(last.x), W - 4).toFixed(1)}" y="${Math.max(sy(last.y) - 6, 10).toFixed(1)}" font-size="10" text-anchor="end" fill="#1f2328">${esc(last.p.text)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
