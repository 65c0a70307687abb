/** Hovers: the source paragraph behind a number, and what an id, organization or unit stands for. */
import type { Resolution, SourceState } from '../resolve/scope';
import { pickLocale, type Locale } from '../diagnostics';
import { t, tn, tWord, type MessageKey } from '../l10n/index';
import { resolveIndicator, type ResolvedValue } from '../model/analysis';
import { showValue } from '../model/show';
import { impliedGrowth, paceKind, showPace } from '../model/growth';
import type { AnchorDef, IndicatorDef, ItemDef, OrgDef, PlanFile } from '../model/types';
import { fmt, showQuantity } from '../quantity/quantity';
import { dimensionLabel, parseUnit } from '../quantity/units';
import { resolveAnchor } from '../resolve/anchors';
import { encodingLabel } from '../text/encoding';
import { docLink, escapeMarkdown as esc } from './markdown';
import type { Hover } from './types';
import { spotAt } from './spots';
import { keyAt } from './keyAt';
import { fieldOf, fieldsAt } from './planSchema';
import { fieldMarkdown } from './fieldDocs';
import { readingMarkdown } from './readingHover';

/** A label and the locale's colon: `Lead: ` / `牵头单位：`. */
const label = (locale: Locale, key: Extract<MessageKey, `item.${string}` | 'org.aliases'>) =>
  t(locale, key) + t(locale, 'punct.colon');

const EXCERPT = 160;

/** ` · GB18030 text` for a document that is not UTF-8: anchors match its decoded text. */
function encodingNote(state: SourceState | undefined, locale: Locale): string {
  const e = state?.encoding;
  return e && e !== 'utf-8' ? t(locale, 'source.encoding', { e: encodingLabel(e) }) : '';
}

/** A source entry: its title, a link to the document, how many paragraphs it has, its encoding. */
function sourceMarkdown(s: SourceState, locale: Locale): string {
  const head = `**${esc(s.def.title?.value ?? s.def.id)}**  \n`;
  if (!s.doc) return head + t(locale, 'source.cannotBeRead');
  const n = s.doc.paragraphCount;
  const count = tn(locale, 'source.paragraphs', n);
  return head + docLink(s.def.path?.value ?? s.def.id, s.uri!) + count + encodingNote(s, locale);
}

/** The cited paragraph, the quoted span in bold, with a link that opens the document there. */
function anchorMarkdown(a: AnchorDef, res: Resolution, locale: Locale): string {
  const r = resolveAnchor(a, res.sourceStates);
  const state = a.doc && res.sourceStates.get(a.doc.id);
  const title = state?.def.title?.value ?? a.doc?.id ?? '?';
  const head = `**${esc(title)}**${t(locale, 'punct.colon')}`;
  if (r.status === 'unresolved') return head + t(locale, 'source.notAvailable');
  if (r.status === 'para-out-of-range') return head + t(locale, 'source.noParagraph', { para: r.para, count: r.count });
  if (r.status === 'quote-not-found') return head + t(locale, 'source.quoteNotFound');
  const m = r.matches[0];
  const p = r.doc.paragraph(m.para)!;
  const line = r.doc.lines.positionAt(p.start).line;
  const before = r.doc.text.slice(Math.max(p.start, m.start - EXCERPT), m.start).trimStart();
  const after = r.doc.text.slice(m.end, Math.min(p.end, m.end + EXCERPT));
  const whole = m.start === p.start && m.end === p.end;
  const body = whole
    ? esc(r.doc.text.slice(p.start, Math.min(p.end, p.start + 2 * EXCERPT))) +
      (p.end - p.start > 2 * EXCERPT ? '…' : '')
    : `${m.start - EXCERPT > p.start ? '…' : ''}${esc(before)}**${esc(r.doc.text.slice(m.start, m.end))}*` +
      `*${esc(after)}${m.end + EXCERPT < p.end ? '…' : ''}`;
  const more = r.matches.length > 1 ? t(locale, 'source.firstOfMatches', { matches: r.matches.length }) : '';
  const enc = encodingNote(state, locale);
  // "Open ¶N" opens the document with the quoted span selected.
  const open = docLink(
    t(locale, 'source.openParagraph', { para: m.para }),
    r.state.uri!,
    line,
    r.doc.lines.rangeOf({ start: m.start, end: m.end }),
  );
  return `**${esc(title)}** · ¶${m.para}${more}${enc}\n\n> ${body}\n\n${open}`;
}

function orgMarkdown(org: OrgDef, res: Resolution, locale: Locale): string {
  const lines = [`**${esc(org.name?.value ?? org.id)}** (\`${esc(org.id)}\`)`];
  if (org.aliases.length) lines.push(`${label(locale, 'org.aliases')}${org.aliases.map(a => esc(a.value)).join(', ')}`);
  if (org.until) {
    const succ = org.successor && res.scope.orgNames.get(org.successor.id);
    lines.push(
      t(locale, 'org.existedUntil', { until: org.until.value }) +
        (succ ? t(locale, 'org.successor', { name: esc(succ.name?.value ?? succ.id), id: esc(succ.id) }) : ''),
    );
  }
  return lines.join('  \n');
}

function indicatorMarkdown(ind: IndicatorDef, res: Resolution, locale: Locale): string {
  const r = resolveIndicator(
    ind,
    res.scope.files.find(f => f.uri === ind.uri),
    res.units,
  );
  const unit = ind.unit?.value ?? '';
  // An aside in the locale's parentheses: ` (…)` in English, `（…）` in Chinese.
  const aside = (text: string | number) => t(locale, 'hover.aside', { text });
  const dim = r.unit ? aside(pickLocale(dimensionLabel(r.unit.dim), locale)) : '';
  const type = ind.type === 'binding' ? t(locale, 'indicator.binding') : t(locale, 'indicator.expected');
  // The contract's keyword in English (what the file says), its meaning in Chinese.
  const dir = ind.direction?.value;
  const lines = [
    `**${esc(ind.name?.value ?? ind.id)}**${aside(`\`${esc(ind.id)}\``)} · ${esc(unit)}${esc(dim)} · ${type} · ` +
      `${esc(dir ? tWord(locale, `direction.${dir}`, dir) : '')}`,
  ];
  const show = (v: ResolvedValue | undefined) => showValue(v, r.unit);
  const path: string[] = [];
  if (r.baseline?.value) path.push(`${show(r.baseline.value)}${aside(r.baselineYear ?? '?')}`);
  for (const t of r.targets) {
    path.push(
      `${t.value ? show(t.value) : String(t.def.change?.value ?? t.def.text?.value ?? '?')}${aside(t.year ?? '?')}`,
    );
  }
  if (path.length) lines.push(esc(path.join(' → ')));
  // A stated growth is compared in its own kind; without one, the pace is shown as plans state it.
  const kind = r.growth?.kind ?? paceKind(r.unit?.dim);
  const imp = impliedGrowth(r, kind);
  const stated = r.growth ? showQuantity(r.growth.quantity) : undefined;
  if (stated || imp) {
    const implied = imp ? showPace(imp.interval, imp.kind, locale) : '—';
    lines.push(t(locale, 'indicator.growth', { stated: esc(stated ?? '—'), implied: esc(implied) }));
  }
  const owners = ind.responsible.map(x => res.scope.orgNames.get(x.id)?.name?.value ?? x.id);
  if (owners.length) lines.push(`${label(locale, 'item.responsible')}${owners.map(esc).join('、')}`);
  return lines.join('  \n');
}

function itemMarkdown(item: ItemDef, res: Resolution, locale: Locale): string {
  if (item.kind === 'indicator') return indicatorMarkdown(item, res, locale);
  const title = item.title?.value ?? item.id;
  const kind = {
    goal: t(locale, 'item.goal'),
    task: t(locale, 'item.task'),
    funding: t(locale, 'item.fundingClause'),
  }[item.kind];
  const lines = [`${kind} **${esc(title)}** (\`${esc(item.id)}\`)`];
  if (item.kind === 'task') {
    const names = (refs: { id: string }[]) =>
      refs.map(x => esc(res.scope.orgNames.get(x.id)?.name?.value ?? x.id)).join('、');
    const rows = [`${label(locale, 'item.lead')}${names(item.lead)}`];
    if (item.support.length) rows.push(`${label(locale, 'item.support')}${names(item.support)}`);
    if (item.due) rows.push(`${label(locale, 'item.due')}${item.due.value}`);
    lines.push(rows.join('  \n'));
  }
  if (item.kind === 'goal' && item.indicators.length)
    lines.push(`${label(locale, 'item.indicators')}${item.indicators.map(x => `\`${esc(x.id)}\``).join(', ')}`);
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
      const u = parseUnit(spot.unit, res.units);
      const scale = u && u.prefix !== 1 ? t(locale, 'unit.scale', { prefix: fmt(u.prefix) }) : '';
      md = u
        ? `**${esc(u.text)}**${t(locale, 'punct.colon')}${pickLocale(dimensionLabel(u.dim), locale)}${scale}`
        : undefined;
      break;
    }
    case 'include':
      md = `\`${esc(spot.path)}\``;
      break;
  }
  return md ? { markdown: md, range: file.lines.rangeOf(spot.span) } : undefined;
}
