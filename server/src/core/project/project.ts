/**
 * A project: one workspace root and everything checked in it. The one engine behind the command
 * line, the node server and the browser worker: it owns config discovery, limits, includes,
 * sources, checking and suppressions, and answers the editor's queries. All I/O comes from the
 * injected host; results use the core's own types (each host adapts them).
 */
import { checkUri, unusedDisableDiagnostics, type CheckOptions, type CheckResult } from '../check/check';
import type { Resolution } from '../resolve/scope';
import { ReadKeys, type Read } from './reads';
import { CONFIG_FILE, mergeConfig, type PlanlintConfig } from '../config';
import type { Locale } from '../diagnostics';
import { t } from '../l10n/index';
import type { PlanFile } from '../model/types';
import type { SourceDocument } from '../sources/document';
import type { Range } from '../text/lineIndex';
import { SOURCE_FILE } from '../text/fileKinds';
import { dirnameUri, isInside, normalizeUri, resolveUri } from '../text/paths';
import type { FileHost, Limits } from '../workspace/host';
import { Workspace } from '../workspace/workspace';
import { definitionAt } from '../service/definition';
import { completeAt, type CompletionResult } from '../service/completion';
import { quickFixes, type DiagnosticRef, type QuickFix, type TextEdit } from '../service/codeActions';
import { occurrences, renameProblem, targetAt } from '../service/references';
import { workspaceSymbols, type PlanSymbol } from '../service/symbols';
import type { InlayHint } from '../service/inlayHints';
import { indexOf as indexSpots } from '../service/spots';
import { relocationEdits } from '../service/relocate';
import type { Hover, Location } from '../service/types';
import { ConfigFinder, type AppliedConfig } from './configs';
import { SourceDocuments } from './documents';
import { UnitTable, type UserUnits } from '../quantity/units';
import { linkAt, linkDefinition, linksTo } from '../service/links';
import { isAbsoluteRef } from '../text/paths';
import { ItemCache } from '../check/itemCache';
import { snapshotOf, type PlanSnapshot } from '../check/snapshot';
import { hoverOf, inlayHintsOf, symbolsOf } from '../service/snapshotFeatures';
import { hashRange } from '../text/hash';

export interface ServiceSettings {
  locale: Locale;
  overrides: Partial<PlanlintConfig>;
}
/** What every project of a session shares: set by the host that starts the session. */
export interface ProjectOptions {
  /** A config named by the operator (`--config`): it replaces every config of the workspace. */
  explicit?: Promise<AppliedConfig>;
  /** Limits the workspace's own config may lower but not raise (`--max-limits`). */
  ceilings?: Partial<Limits>;
  /** Also report suppression comments that silence nothing (`unused-disable`). */
  reportUnusedDisable?: boolean;
  /** The rules to run (tests inject a failing one); default: all. */
  rules?: CheckOptions['rules'];
  /**
   * Each file is checked once (the command line): keep no item's reports for a next check. Keying and
   * keeping them was work and garbage for every item of every plan, with no next check to use them.
   */
  once?: boolean;
}
/** A plan's check for one generation and settings, and its snapshot once it is done. */
interface CheckEntry {
  generation: number;
  settings: ServiceSettings;
  /** The plan file's own version when the check started. */
  own: number;
  result: Promise<ProjectCheck>;
  snapshot?: PlanSnapshot;
  /** What it read besides its file and configs (the configs: `applied`, `root`); none: it cannot be kept. */
  reads?: Read[];
  applied?: AppliedConfig;
  root?: AppliedConfig;
}
/** A check's result with the config it was checked under. */
export type ProjectCheck = CheckResult & { config: AppliedConfig };

export class Project {
  private readonly ws: Workspace;
  private readonly configs: ConfigFinder;
  /** Counts every change; `versions`, the changes of each file. */
  private generation = 0;
  private readonly versions = new Map<string, number>();
  private readonly reads: ReadKeys;
  /** Every plan file known in the workspace (for citations and dependents). */
  private readonly planUris = new Set<string>();
  private readonly deps = new Map<string, Set<string>>();
  settings: ServiceSettings = { locale: 'en', overrides: {} };
  /** The queries on source documents: what cites them, their paragraphs, their direct check, their drafts. */
  readonly documents: SourceDocuments;
  /**
   * Each plan's check of its current version and settings, and its snapshot once done: asked again
   * meanwhile (the editor's features, a dependent, the document view), it is not checked again.
   */
  private readonly checks = new Map<string, CheckEntry>();
  /** Source documents' content hashes, computed once a document. */
  private readonly docHashes = new WeakMap<SourceDocument, number>();
  /** The last snapshot of each plan that parsed: completion still knows its ids while a line is half typed. */
  private readonly lastGood = new Map<string, PlanSnapshot>();
  private readonly unitTables = new Map<string, UnitTable>();
  private readonly merged = new WeakMap<AppliedConfig, { overrides: object; config: PlanlintConfig }>();
  /** Each plan's item reports from its last check: an edit runs again only the checks of what it changed. */
  private readonly itemCaches = new Map<string, ItemCache>();

  constructor(
    host: FileHost,
    readonly root: string,
    private readonly options: ProjectOptions = {},
  ) {
    this.root = normalizeUri(root);
    this.ws = new Workspace(host, this.root);
    this.configs = new ConfigFinder(this.ws, options.explicit);
    this.reads = new ReadKeys(this.ws);
    this.documents = new SourceDocuments(this, this.ws, {
      applyLimits: () => this.applyLimits(),
      configFor: uri => this.configs.for(uri),
      rules: options.rules,
    });
  }

  get limits(): Readonly<Limits> {
    return this.ws.limits;
  }

  owns(uri: string): boolean {
    return isInside(this.root, uri);
  }

  /** The plan files this project knows: found on disk, opened, or checked. */
  get plans(): string[] {
    return [...this.planUris];
  }
  addPlan(uri: string): void {
    this.planUris.add(uri);
  }
  removePlan(uri: string): void {
    this.planUris.delete(uri);
    this.checks.delete(uri);
    this.deps.delete(uri);
    this.lastGood.delete(uri);
    this.itemCaches.delete(uri);
  }

  setOverlay(uri: string, text: string): void {
    this.ws.setOverlay(uri, text);
    this.changed(uri);
  }
  hasOverlay(uri: string, text: string): boolean {
    return this.ws.hasOverlay(uri, text);
  }
  clearOverlay(uri: string): void {
    this.ws.clearOverlay(uri);
    this.changed(uri);
  }
  /** Lets go of all the project holds of a file: its read, its parse and its check (the command line). */
  release(uri: string): void {
    this.ws.release(uri);
    this.removePlan(uri);
  }
  /** A file changed on disk. Returns the plans that depend on it and must be checked again. */
  invalidate(uri: string): string[] {
    this.ws.invalidate(uri);
    this.changed(uri);
    return [...this.deps].filter(([, d]) => d.has(uri)).map(([p]) => p);
  }

  private changed(uri: string): void {
    this.generation++;
    this.versions.set(uri, (this.versions.get(uri) ?? 0) + 1);
    this.documents.changed(uri);
  }

  /**
   * How many of a plan's items its last check ran the checks of, and how many it kept the reports of;
   * the same for the groups of the checks across items.
   */
  lastItemCounts(uri: string): { ran: number; reused: number; groups: { ran: number; reused: number } } | undefined {
    const c = this.itemCaches.get(uri);
    return c && { ran: c.ran, reused: c.reused, groups: { ran: c.groups.ran, reused: c.groups.reused } };
  }

  /** A file's text as the checker reads it (the editor's buffer while open), under its kind's size limit. */
  async text(uri: string): Promise<string | undefined> {
    await this.applyLimits();
    const max = SOURCE_FILE.test(uri) ? this.ws.limits.maxSourceBytes : this.ws.limits.maxPlanBytes;
    const t = await this.ws.readText(uri, max);
    return t.ok ? t.value.text : undefined;
  }

  async file(uri: string): Promise<PlanFile | undefined> {
    await this.applyLimits();
    // A buffer the editor decoded wrongly: its offsets are not the file's, so no hovers or edits on it.
    if (await this.ws.misread(uri)) return undefined;
    const loaded = await this.ws.loadPlan(uri);
    return loaded.ok ? loaded.value : undefined;
  }

  /** Every known plan that parses, with what it can see (for references, rename, symbols), from its snapshot. */
  async allFiles(extra?: string): Promise<{ file: PlanFile; res: Resolution }[]> {
    const out: { file: PlanFile; res: Resolution }[] = [];
    for (const uri of new Set([...(extra ? [extra] : []), ...this.planUris])) {
      const snap = await this.snapshot(uri);
      if (snap?.resolution) out.push({ file: snap.file, res: snap.resolution });
    }
    return out;
  }

  /** A plan's snapshot when it parses, else none (the features that need what its ids name). */
  private async resolved(uri: string): Promise<(PlanSnapshot & { resolution: Resolution }) | undefined> {
    const snap = await this.snapshot(uri);
    return snap?.resolution ? (snap as PlanSnapshot & { resolution: Resolution }) : undefined;
  }

  /** The root's config sets the limits, before any file is read under them. */
  private async applyLimits(): Promise<void> {
    const limits: Partial<Limits> = { ...(await this.configs.rootConfig()).config.limits };
    for (const [k, max] of Object.entries(this.options.ceilings ?? {}) as [keyof Limits, number][]) {
      limits[k] = Math.min(limits[k] ?? max, max);
    }
    this.ws.setLimits(limits);
  }

  /**
   * Checks one plan or registry file: what every host reports for it. A check of the same settings is
   * kept while nothing changed since, or while the plan itself did not and every other file it read
   * gives what it gave (a plan it links to was edited where its links do not look).
   */
  check(uri: string): Promise<ProjectCheck> {
    const kept = this.checks.get(uri);
    const same = kept?.settings === this.settings;
    if (kept && same && kept.generation === this.generation) return kept.result;
    const own = this.versions.get(uri) ?? 0;
    const entry = { generation: this.generation, settings: this.settings, own } as CheckEntry;
    entry.result =
      kept && same && kept.reads && kept.own === own ? this.keptOrNew(uri, kept, entry) : this.checkNow(uri, entry);
    this.checks.set(uri, entry);
    return entry.result;
  }

  /** The kept check when what it read holds (and nothing changed while that was asked), else a new one. */
  private async keptOrNew(uri: string, kept: CheckEntry, entry: CheckEntry): Promise<ProjectCheck> {
    const reads =
      (await this.configs.rootConfig()) === kept.root &&
      (await this.configs.for(uri)) === kept.applied &&
      (await this.reads.hold(kept.reads!));
    if (!reads || entry.generation !== this.generation) return this.checkNow(uri, entry);
    Object.assign(entry, { snapshot: kept.snapshot, reads, applied: kept.applied, root: kept.root });
    return kept.result;
  }

  /** The snapshot of a plan's current version, checked if it was not yet; none when it cannot be read. */
  async snapshot(uri: string): Promise<PlanSnapshot | undefined> {
    const result = await this.check(uri);
    return result.ok ? this.checks.get(uri)?.snapshot : undefined;
  }

  private async checkNow(uri: string, entry: CheckEntry): Promise<ProjectCheck> {
    await this.applyLimits();
    const root = await this.configs.rootConfig();
    const applied = await this.configs.for(uri);
    const config = this.effective(applied);
    const locale = this.settings.locale;
    const units = this.unitTable(config.units);
    let items = this.itemCaches.get(uri);
    if (!items && !this.options.once) this.itemCaches.set(uri, (items = new ItemCache()));
    const result = await checkUri(this.ws, uri, { config, locale, rules: this.options.rules, units, items });
    if (!result.ok) return { ...result, config: applied };
    this.planUris.add(uri);
    // What it read: a change to any of it checks the plan again; unless a change came while it ran, the check
    // is kept while each read gives what it gave.
    const reads = result.file.yaml.syntax.length
      ? []
      : result.resolution && (await this.reads.of(uri, result.resolution));
    if (reads) this.deps.set(uri, new Set([...reads.map(r => r.uri), ...this.configsOver(uri)]));
    const diagnostics = this.options.reportUnusedDisable
      ? [...result.diagnostics, ...unusedDisableDiagnostics(result.file, result.unusedSuppressions, locale)].sort(
          (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
        )
      : result.diagnostics;
    const snapshot = snapshotOf(result, config, locale, diagnostics, doc => this.hashOf(doc));
    if (snapshot.resolution) this.lastGood.set(uri, snapshot);
    Object.assign(entry, { snapshot, applied, root }, entry.generation === this.generation ? { reads } : {});
    return { ...result, diagnostics, config: applied };
  }

  /** A source document's content hash, computed once a document. */
  private hashOf(doc: SourceDocument): number {
    let h = this.docHashes.get(doc);
    if (h === undefined) this.docHashes.set(doc, (h = hashRange(doc.text)));
    return h;
  }

  /** Where a config that applies to a file may be: each folder from its own up to the root. */
  private configsOver(uri: string): string[] {
    const out: string[] = [];
    for (let dir = dirnameUri(uri); isInside(this.root, dir) && dir !== dirnameUri(dir); dir = dirnameUri(dir)) {
      out.push(`${dir}/${CONFIG_FILE}`);
      if (dir === this.root) break;
    }
    out.push(`${this.root.replace(/\/$/, '')}/${CONFIG_FILE}`);
    return out;
  }

  /**
   * Every file a plan's last check read or looked for, itself included: its includes, sources, linked
   * plans and the configs over it (a check that stopped before resolving read only these and itself).
   */
  dependenciesOf(uri: string): string[] {
    return [...new Set([uri, ...(this.deps.get(uri) ?? this.configsOver(uri))])];
  }

  /**
   * A config with the editor's settings over it, the same object while both hold: what is keyed by it
   * (the item cache's context) is not computed again on every check.
   */
  private effective(applied: AppliedConfig): PlanlintConfig {
    const { overrides } = this.settings;
    const hit = this.merged.get(applied);
    if (hit?.overrides === overrides) return hit.config;
    const config = mergeConfig(applied.config, overrides);
    this.merged.set(applied, { overrides, config });
    return config;
  }

  /** The units of the config that applies to a file, for editor queries that read its quantities. */
  private async unitsOf(uri: string): Promise<UnitTable> {
    return this.unitTable(this.effective(await this.configs.for(uri)).units);
  }

  /**
   * One unit table per set of user units, kept while the project lives so its parses are shared
   * across checks and queries; a few sets at most (a config edited many times starts afresh).
   */
  private unitTable(units: UserUnits | undefined): UnitTable {
    const key = units?.key ?? '';
    let table = this.unitTables.get(key);
    if (!table) {
      if (this.unitTables.size >= 16) this.unitTables.clear();
      this.unitTables.set(key, (table = new UnitTable(units)));
    }
    return table;
  }

  async hover(uri: string, offset: number): Promise<Hover | undefined> {
    const snap = await this.snapshot(uri);
    return snap && hoverOf(snap, offset);
  }

  async definition(uri: string, offset: number): Promise<Location[]> {
    const snap = await this.resolved(uri);
    if (!snap) return [];
    const l = linkAt(snap.resolution, offset);
    if (l?.target) return linkDefinition(l);
    return definitionAt(this.ws, snap.file, snap.resolution, offset);
  }

  /** Builds the position index of a plan ahead of the first hover. */
  async prepare(uri: string): Promise<void> {
    const snap = await this.resolved(uri);
    if (snap) indexSpots(snap.file);
  }

  async completion(uri: string, offset: number): Promise<CompletionResult> {
    const file = await this.file(uri);
    const snap = await this.snapshot(uri);
    // While a line is half typed, the ids of the last version that parsed.
    const res = (snap?.resolution ? snap : this.lastGood.get(uri))?.resolution;
    const units = snap ? this.unitTable(snap.config.units) : await this.unitsOf(uri);
    const linked = await this.linkCompletion(uri, file?.text ?? '', offset, res);
    if (linked) return linked;
    return completeAt(file?.text ?? '', offset, res, units, this.settings.locale);
  }

  /** In a link's `indicator:`, the indicators of the plan its `plan:` names (on its line or the one before). */
  private async linkCompletion(
    uri: string,
    text: string,
    offset: number,
    res: Resolution | undefined,
  ): Promise<CompletionResult | undefined> {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const typed = /\bindicator:\s*([^\s,{}[\]]*)$/.exec(text.slice(lineStart, offset));
    if (!typed) return undefined;
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const lineEnd = text.indexOf('\n', offset);
    const near = text.slice(prevStart, lineEnd < 0 ? text.length : lineEnd);
    const path = /\bplan:\s*['"]?([^\s,'"{}]+)/.exec(near)?.[1];
    let items = res?.scope.items;
    if (path !== undefined) {
      const target = isAbsoluteRef(path) ? undefined : resolveUri(uri, path);
      const linked = target && (await this.ws.confine(target)).ok ? await this.resolved(target) : undefined;
      items = linked?.resolution.scope.items;
    } else if (!/\b(aligns|allocated_to)\b|^\s*-\s*\{/.test(near)) return undefined;
    if (!items) return undefined;
    const entries = [...items.values()]
      .filter(i => i.kind === 'indicator')
      .map(i => ({
        label: i.id,
        kind: 'reference' as const,
        detail: i.kind === 'indicator' ? i.name?.value : undefined,
        insertText: i.id,
      }));
    return { replaceStart: offset - typed[1].length, items: entries };
  }

  async codeActions(uri: string, diagnostics: DiagnosticRef[]): Promise<QuickFix[]> {
    const snap = await this.snapshot(uri);
    // A misread buffer's offsets are not the file's: no edits on it.
    if (!snap || (await this.ws.misread(uri))) return [];
    const units = this.unitTable(snap.config.units);
    return quickFixes(snap.file, snap.resolution, units, diagnostics, this.settings.locale);
  }

  async references(uri: string, offset: number, includeDeclaration: boolean): Promise<Location[]> {
    const snap = await this.resolved(uri);
    if (!snap) return [];
    const t = this.targetOrLink(snap, offset);
    if (!t) return [];
    const files = await this.allFiles(uri);
    // The plans that carry the indicator down, or split a total into it, name it in their links.
    const links = linksTo(files, t.target.uri, t.target.id).map(l => ({
      uri: l.file.uri,
      range: l.file.lines.rangeOf(l.span),
    }));
    return [
      ...occurrences(t.target, files)
        .filter(o => includeDeclaration || !o.declaration)
        .map(o => ({ uri: o.uri, range: o.file.lines.rangeOf(o.span) })),
      ...links,
    ];
  }

  /** The definition at an offset, or the indicator a link there names (in its own plan). */
  private targetOrLink({ file, resolution: res }: PlanSnapshot, offset: number): ReturnType<typeof targetAt> {
    const l = linkAt(res!, offset);
    const span = l?.link.indicator?.span;
    if (l?.target && span && offset >= span.start && offset <= span.end)
      return { target: { ns: 'item', id: l.target.id, uri: l.target.uri, keyStart: l.target.keySpan.start }, span };
    return targetAt(file, res!, offset);
  }

  async prepareRename(uri: string, offset: number): Promise<{ range: Range; placeholder: string } | undefined> {
    const snap = await this.resolved(uri);
    const t = snap && targetAt(snap.file, snap.resolution, offset);
    return t && { range: snap.file.lines.rangeOf(t.span), placeholder: t.target.id };
  }

  /** The edits of a rename, by file; a string when the new name cannot be used. */
  async rename(uri: string, offset: number, newName: string): Promise<Map<string, TextEdit[]> | string> {
    const snap = await this.resolved(uri);
    if (!snap) return t(this.settings.locale, 'rename.yamlErrors');
    const target = this.targetOrLink(snap, offset);
    if (!target) return t(this.settings.locale, 'rename.nothing');
    const files = await this.allFiles(uri);
    const occ = occurrences(target.target, files);
    // Links in other plans (and this one) that name the indicator are renamed with it.
    for (const l of linksTo(files, target.target.uri, target.target.id))
      occ.push({ uri: l.file.uri, span: l.span, file: l.file, declaration: false });
    const problem = renameProblem(
      target.target,
      newName,
      files.filter(f => occ.some(o => o.uri === f.file.uri)),
      this.settings.locale,
    );
    if (problem) return problem;
    const edits = new Map<string, TextEdit[]>();
    for (const o of occ)
      edits.set(o.uri, [...(edits.get(o.uri) ?? []), { range: o.file.lines.rangeOf(o.span), newText: newName }]);
    return edits;
  }

  async documentSymbols(uri: string): Promise<PlanSymbol[]> {
    const snap = await this.snapshot(uri);
    if (snap && !snap.file.yaml.syntax.length) return symbolsOf(snap);
    // While a line is half typed, the outline of the last version that parsed.
    const good = this.lastGood.get(uri);
    return good ? symbolsOf(good) : [];
  }

  async workspaceSymbols(query: string): Promise<{ uri: string; symbol: PlanSymbol }[]> {
    return workspaceSymbols(
      (await this.allFiles()).map(f => f.file),
      query,
    );
  }

  async inlayHints(uri: string, range?: Range): Promise<InlayHint[]> {
    const snap = await this.snapshot(uri);
    return snap ? inlayHintsOf(snap, range) : [];
  }

  /**
   * A plan (`from`, as the editor holds it) saved as `to`: the edits that keep its relative source and
   * include paths naming the same files from there. Nothing is written: the client applies them.
   */
  async relocate(from: string, to: string): Promise<TextEdit[]> {
    const file = await this.file(from);
    return file ? relocationEdits(file, normalizeUri(to)) : [];
  }
}
