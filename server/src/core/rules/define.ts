/** The shape of a rule module and of the rule table; how a message id and its values become a message. */
import { ruleDocUrl, type FixData, type FixKind, type Msg, type Severity } from '../diagnostics';
import type { Fill, Messages, RuleContext } from './context';
import { joined, type Joined } from '../text/joined';
import type { FundingDef, GoalDef, IndicatorDef, ItemDef, TaskDef } from '../model/types';
import type { Join } from '../model/groups';

/** A code's row in the rule table: what `planlint rules`, SARIF, JUnit and the docs index show. */
export interface CodeMeta {
  code: string;
  severity: Severity;
  summary: Msg;
  /** Its section of docs/rules.md. */
  docs: string;
}

/** A rule module's meta: its row, its message texts, and the kinds of quick fix its reports carry. */
export interface RuleMeta extends CodeMeta {
  messages: Messages;
  fixes: readonly FixKind[];
}

/**
 * A rule's checks of one item each, as ESLint rules visit nodes by type. An item's check reads the
 * item and what lies outside every item (the file's meta, its includes, sources, links, config, the
 * kinds and ids of other items, and the names of those it refers to), never another item's other
 * fields, and reports inside the item: so
 * its reports are kept while the item's text and that context are unchanged (`check/itemCache.ts`).
 */
export interface ItemChecks<C = RuleContext> {
  indicator?(ctx: C, def: IndicatorDef): void;
  goal?(ctx: C, def: GoalDef): void;
  task?(ctx: C, def: TaskDef): void;
  funding?(ctx: C, def: FundingDef): void;
}

type ItemCheck<C = RuleContext> = (ctx: C, item: ItemDef) => void;
const visitors = (each: ItemChecks | ItemCheck): ItemChecks =>
  typeof each === 'function' ? { indicator: each, goal: each, task: each, funding: each } : each;

/** One group: the items that joined it (in include order, then document order) and those they name, in scope. */
export interface Group {
  key: string;
  joined: readonly ItemDef[];
  named: readonly ItemDef[];
}

/**
 * A rule's checks across items, group by group: a total and its parts, the items of one id, an
 * indicator and the goals that list it. Each item says which groups it joins from itself alone (its
 * summary); a group's check reads its members and what lies outside every item (not linked plans),
 * and reports inside members of the checked file. So a group whose members are unchanged keeps
 * its reports (`check/groupCache.ts`): an edit in one indicator runs its groups' checks, not every sum.
 */
export interface GroupChecks<C = RuleContext> {
  /** The groups an item joins, from the item alone (its summary): `join` each one. */
  groups(item: ItemDef, join: Join): void;
  check(ctx: C, group: Group): void;
  /** Groups of fewer items are not checked (the items of one id: two at least). */
  minMembers?: number;
  /** Its messages name members' lines: a member moved to another line checks the group again. */
  lines?: boolean;
  /**
   * False when its check costs less than comparing a group's stamp (a look at two items, no values
   * resolved): its groups are checked at every check, still gathered from the items' summaries.
   */
  kept?: boolean;
}

export interface Rule {
  meta: RuleMeta;
  /** What reads the file outside its items, or across plans (links): runs at each check. */
  check?(ctx: RuleContext): void;
  each?: ItemChecks;
  across?: GroupChecks;
}

/**
 * A rule module, in the style of ESLint's: its meta and its check. The compiler holds each report to
 * the meta: a message id the rule has, a value for each of its placeholders, a fix of a declared kind.
 */
export function defineRule<const M extends Messages, const K extends FixKind = never>(rule: {
  meta: Omit<CodeMeta, 'docs'> & { messages: M; fixes?: readonly K[] };
  check?(ctx: RuleContext<M, Extract<FixData, { kind: K }>>): void;
  /** Visitors by kind, or one check for items of every kind. */
  each?:
    | ItemChecks<RuleContext<M, Extract<FixData, { kind: K }>>>
    | ItemCheck<RuleContext<M, Extract<FixData, { kind: K }>>>;
  across?: GroupChecks<RuleContext<M, Extract<FixData, { kind: K }>>>;
}): Rule {
  const { messages, fixes = [], ...row } = rule.meta;
  return {
    meta: { ...defineCode(row), messages, fixes },
    ...(rule.check ? { check: rule.check as Rule['check'] } : {}),
    ...(rule.each ? { each: visitors(rule.each as ItemChecks | ItemCheck) } : {}),
    ...(rule.across ? { across: rule.across as GroupChecks } : {}),
  };
}

/** The row of a code; its docs are its section of docs/rules.md unless it says otherwise. */
export function defineCode(row: Omit<CodeMeta, 'docs'> & { docs?: string }): CodeMeta {
  return { ...row, docs: row.docs ?? ruleDocUrl(row.code) };
}

/**
 * A message text too long for one source line, written in parts and joined as they are (no space
 * added). The compiler still reads its placeholders: the joined text keeps its literal type.
 */
export function longText<const P extends readonly string[]>(...parts: P): Joined<P> {
  return joined(...parts);
}

/** A message with its placeholders filled. A placeholder without a value is a bug in the rule: it throws. */
export function fillMessage(m: Msg, values: Record<string, Fill>): Msg {
  const fill = (lang: keyof Msg) =>
    m[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = values[name];
      if (v === undefined) throw new Error(`no value for the placeholder {${name}}`);
      return typeof v === 'object' ? v[lang] : String(v);
    });
  return { en: fill('en'), zh: fill('zh') };
}
