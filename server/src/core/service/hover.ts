/** Hovers: the source paragraph behind a number, and what an id, organization or unit stands for. */
import type { Resolution, SourceState } from '../check/scope';
import type { Locale } from '../diagnostics';
import { resolveIndicator, type ResolvedValue } from '../model/analysis';
import { showValue } from '../model/show';
import { impliedGrowth, paceKind, showPace } from '../model/growth';
import type { AnchorDef, IndicatorDef, ItemDef, OrgDef, PlanFile } from '../model/types';
import { fmt, showQuantity } from '../quantity/quantity';
import { dimensionLabel, parseUnit } from '../quantity/units';
import { resolveAnchor } from '../sources/anchors';
import { encodingLabel } from '../workspace/host';
import { docLink, escapeMarkdown as esc } from './markdown';
import type { Hover } from './types';
import { spotAt } from './spots';
import { keyAt } from './keyAt';
import { fieldOf, fieldsAt } from './planSchema';
import { fieldMarkdown } from './fieldDocs';
import { readingMarkdown } from './readingHover';

const T = (locale: Locale, en: string, zh: string) => (locale === 'zh-cn' ? zh : en);
const EXCERPT = 160;

/** ` · GB18030 text` for a document that is not UTF-8: anchors match its decoded text. */
function encodingNote(state: SourceState | undefined, locale: Locale): string {
  const e = state?.encoding;
  return e && e !== 'utf-8' ? T(locale, ` · ${encodingLabel(e)} text`, ` · ${encodingLabel(e)} 编码`) : '';
}

/** A source entry: its title, a link to the document, how many paragraphs it has, its encoding. */
function sourceMarkdown(s: SourceState, locale: Locale): string {
  const head = `**${esc(s.def.title?.value ?? s.def.id)}**  \n`;
  if (!s.doc) return head + T(locale, 'cannot be read', '无法读取');
  const n = s.doc.paragraphCount;
  const count = T(locale, ` · ${n} paragraphs`, ` · 共 ${n} 段`);
  return head + docLink(s.def.path?.value ?? s.def.id, s.uri!) + count + encodingNote(s, locale);
}

/** The cited paragraph, the quoted span in bold, with a link that opens the document there. */
export function anchorMarkdown(a: AnchorDef, res: Resolution, locale: Locale): string {
  const r = resolveAnchor(a, res.sourceStates);
  const state = a.doc && res.sourceStates.get(a.doc.id);
  const title = state?.def.title?.value ?? a.doc?.id ?? '?';
  if (r.status === 'unresolved') return `**${esc(title)}**: ${T(locale, 'document not available', '文档不可用')}`;
  if (r.status === 'para-out-of-range')
    return `**${esc(title)}**: ${T(locale, `no ¶${r.para} (${r.count} paragraphs)`, `没有第 ${r.para} 段（共 ${r.count} 段）`)}`;
  if (r.status === 'quote-not-found') return `**${esc(title)}**: ${T(locale, 'quote not found', '未找到引文')}`;
  const m = r.matches[0];
  const p = r.doc.paragraph(m.para)!;
  const line = r.doc.lines.positionAt(p.start).line;
  const before = r.doc.text.slice(Math.max(p.start, m.start - EXCERPT), m.start).trimStart();
  const after = r.doc.text.slice(m.end, Math.min(p.end, m.end + EXCERPT));
  const whole = m.start === p.start && m.end === p.end;
  const body = whole
    ? esc(r.doc.text.slice(p.start, Math.min(p.end, p.start + 2 * EXCERPT))) +
      (p.end - p.start > 2 * EXCERPT ? '…' : '')
    : `${m.start - EXCERPT > p.start ? '…' : ''}${esc(before)}**${esc(r.doc.text.slice(m.start, m.end))}**${esc(after)}${m.end + EXCERPT < p.end ? '…' : ''}`;
  const more =
    r.matches.length > 1
      ? T(locale, ` (1 of ${r.matches.length} matches)`, `（共 ${r.matches.length} 处匹配，显示第 1 处）`)
      : '';
  const enc = encodingNote(state, locale);
  // "Open ¶N" opens the document with the quoted span selected.
  const open = docLink(
    T(locale, `Open ¶${m.para}`, `打开第 ${m.para} 段`),
    r.state.uri!,
    line,
    r.doc.lines.rangeOf({ start: m.start, end: m.end }),
  );
  return `**${esc(title)}** · ¶${m.para}${more}${enc}\n\n> ${body}\n\n${open}`;
}

function orgMarkdown(org: OrgDef, res: Resolution, locale: Locale): string {
  const lines = [`**${esc(org.name?.value ?? org.id)}** (\`${esc(org.id)}\`)`];
  if (org.aliases.length) lines.push(`${T(locale, 'Also', '别名')}: ${org.aliases.map(a => esc(a.value)).join(', ')}`);
  if (org.until) {
    const succ = org.successor && res.scope.orgNames.get(org.successor.id);
    lines.push(
      T(locale, `Existed until ${org.until.value}`, `存续至 ${org.until.value} 年`) +
        (succ
          ? T(
              locale,
              `; successor: **${esc(succ.name?.value ?? succ.id)}** (\`${esc(succ.id)}\`)`,
              `；继任机构：**${esc(succ.name?.value ?? succ.id)}**（\`${esc(succ.id)}\`）`,
            )
          : ''),
    );
  }
  return lines.join('  \n');
}

export function indicatorMarkdown(ind: IndicatorDef, res: Resolution, locale: Locale): string {
  const r = resolveIndicator(
    ind,
    res.scope.files.find(f => f.uri === ind.uri),
  );
  const unit = ind.unit?.value ?? '';
  const dim = r.unit ? ` (${T(locale, dimensionLabel(r.unit.dim).en, dimensionLabel(r.unit.dim).zh)})` : '';
  const type = ind.type === 'binding' ? T(locale, 'binding', '约束性') : T(locale, 'expected', '预期性');
  const lines = [
    `**${esc(ind.name?.value ?? ind.id)}** (\`${esc(ind.id)}\`) · ${esc(unit)}${esc(dim)} · ${type} · ${esc(ind.direction?.value ?? '')}`,
  ];
  const show = (v: ResolvedValue | undefined) => showValue(v, r.unit);
  const path: string[] = [];
  if (r.baseline?.value) path.push(`${show(r.baseline.value)} (${r.baselineYear ?? '?'})`);
  for (const t of r.targets) {
    path.push(
      `${t.value ? show(t.value) : String(t.def.change?.value ?? t.def.text?.value ?? '?')} (${t.year ?? '?'})`,
    );
  }
  if (path.length) lines.push(esc(path.join(' → ')));
  // A stated growth is compared in its own kind; without one, the pace is shown as plans state it.
  const kind = r.growth?.kind ?? paceKind(r.unit?.dim);
  const imp = impliedGrowth(r, kind);
  const stated = r.growth ? showQuantity(r.growth.quantity) : undefined;
  if (stated || imp) {
    const implied = imp ? showPace(imp.interval, imp.kind, locale) : '—';
    lines.push(
      T(
        locale,
        `Growth a year: stated ${esc(stated ?? '—')}, implied ${esc(implied)}`,
        `年均增长：所述 ${esc(stated ?? '—')}，推算 ${esc(implied)}`,
      ),
    );
  }
  const owners = ind.responsible.map(x => res.scope.orgNames.get(x.id)?.name?.value ?? x.id);
  if (owners.length) lines.push(`${T(locale, 'Responsible', '责任单位')}: ${owners.map(esc).join('、')}`);
  return lines.join('  \n');
}

function itemMarkdown(item: ItemDef, res: Resolution, locale: Locale): string {
  if (item.kind === 'indicator') return indicatorMarkdown(item, res, locale);
  const title = item.title?.value ?? item.id;
  const kind = {
    goal: T(locale, 'Goal', '目标'),
    task: T(locale, 'Task', '任务'),
    funding: T(locale, 'Funding clause', '资金条款'),
  }[item.kind];
  const lines = [`${kind} **${esc(title)}** (\`${esc(item.id)}\`)`];
  if (item.kind === 'task') {
    const names = (refs: { id: string }[]) =>
      refs.map(x => esc(res.scope.orgNames.get(x.id)?.name?.value ?? x.id)).join('、');
    lines.push(
      `${T(locale, 'Lead', '牵头单位')}: ${names(item.lead)}${item.support.length ? `  \n${T(locale, 'Support', '配合单位')}: ${names(item.support)}` : ''}${item.due ? `  \n${T(locale, 'Due', '完成年份')}: ${item.due.value}` : ''}`,
    );
  }
  if (item.kind === 'goal' && item.indicators.length)
    lines.push(`${T(locale, 'Indicators', '指标')}: ${item.indicators.map(x => `\`${esc(x.id)}\``).join(', ')}`);
  if (item.source) lines.push('', anchorMarkdown(item.source, res, locale));
  return lines.join('  \n');
}

/** A hover on a field's key (not an id): the field explained from the schema, as yaml-language-server does. */
function keyHover(file: PlanFile, offset: number, locale: Locale): Hover | undefined {
  const k = keyAt(file, offset);
  const f = k && fieldOf(k.path, k.key);
  if (!k || !f?.declared) return undefined;
  const required = fieldsAt(k.path)?.required.has(k.key) ?? false;
  return { markdown: fieldMarkdown(k.key, f.def, locale, required), range: file.lines.rangeOf(k.span) };
}

export function hoverAt(file: PlanFile, res: Resolution, offset: number, locale: Locale): Hover | undefined {
  const onKey = keyHover(file, offset, locale);
  if (onKey) return onKey;
  const spot = spotAt(file, offset);
  if (!spot) return undefined;
  let md: string | undefined;
  switch (spot.kind) {
    case 'anchor':
      md = anchorMarkdown(spot.anchor, res, locale);
      break;
    case 'value': {
      const what = spot.indicator
        ? indicatorMarkdown(spot.indicator, res, locale)
        : spot.funding
          ? itemMarkdown(spot.funding, res, locale)
          : '';
      md = spot.anchor && !spot.funding ? `${anchorMarkdown(spot.anchor, res, locale)}\n\n---\n\n${what}` : what;
      const reading = readingMarkdown(spot.field, spot.role, spot.indicator, res, locale);
      if (reading) md = md ? `${reading}\n\n---\n\n${md}` : reading;
      break;
    }
    case 'item':
      md = itemMarkdown(spot.item, res, locale);
      break;
    case 'org':
      md = orgMarkdown(spot.org, res, locale);
      break;
    case 'ref': {
      if (spot.expect === 'organization') {
        const o = res.scope.orgNames.get(spot.id);
        md = o && orgMarkdown(o, res, locale);
      } else if (spot.expect === 'source') {
        const s = res.sourceStates.get(spot.id);
        md = s && sourceMarkdown(s, locale);
      } else {
        const it = res.scope.items.get(spot.id);
        md = it && itemMarkdown(it, res, locale);
      }
      break;
    }
    case 'source': {
      const s = res.sourceStates.get(spot.def.id);
      md = s && sourceMarkdown(s, locale);
      break;
    }
    case 'unit': {
      const u = parseUnit(spot.unit);
      md = u
        ? `**${esc(u.text)}**: ${T(locale, dimensionLabel(u.dim).en, dimensionLabel(u.dim).zh)}${u.prefix !== 1 ? T(locale, `, scale ×${fmt(u.prefix)}`, `，量级 ×${fmt(u.prefix)}`) : ''}`
        : undefined;
      break;
    }
    case 'include':
      md = `\`${esc(spot.path)}\``;
      break;
  }
  return md ? { markdown: md, range: file.lines.rangeOf(spot.span) } : undefined;
}
