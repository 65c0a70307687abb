/**
 * Resolves what a plan file can see: its own ids and those of the files it includes
 * (transitively, diamonds loaded once, cycles reported and not followed), and its source documents.
 */
import type { ItemDef, Located, OrgDef, PlanFile, SourceDef } from '../model/types';
import { MAX_PARAGRAPHS, type SourceDocument } from '../sources/document';
import { isAbsoluteRef, resolveUri } from '../text/paths';
import type { Encoding } from '../text/encoding';
import type { UnitTable } from '../quantity/units';
import type { Workspace } from '../workspace/workspace';
import type { Links } from '../model/links';
import { resolveLinks } from './links';
import { aliasMap, idMap, LayeredMap } from './layered';

export interface Scope {
  /** Indicators, goals, tasks and funding clauses: one namespace. The checked file's own come first. */
  items: ReadonlyMap<string, ItemDef>;
  organizations: ReadonlyMap<string, OrgDef>;
  /** Organization aliases (and ids) to organizations. */
  orgNames: ReadonlyMap<string, OrgDef>;
  sources: ReadonlyMap<string, SourceDef>;
  /** The checked file first, then every file it includes. */
  files: PlanFile[];
  /** Every file an include names, read or not (one missing now may be there later). */
  named: string[];
}

export type IncludeProblemKind = 'missing' | 'outside' | 'cycle' | 'not-text' | 'too-large' | 'broken';
export interface IncludeProblem {
  entry: Located<string>;
  kind: IncludeProblemKind;
  detail: string;
}
/** An id defined by two different included files: reported on the include entry that brought the second. */
export interface IncludeDuplicate {
  id: string;
  entry: Located<string>;
  first: { uri: string };
  second: { uri: string };
}

export interface SourceState {
  def: SourceDef;
  uri?: string;
  doc?: SourceDocument;
  problem?: { reason: string; detail: string };
  /** The encoding its file was read in (the hover names it when it is not UTF-8). */
  encoding?: Encoding;
}

export interface Resolution {
  scope: Scope;
  includeProblems: IncludeProblem[];
  includeDuplicates: IncludeDuplicate[];
  /** Source documents by id, each read once. */
  sourceStates: Map<string, SourceState>;
  /** The links of the file's own indicators to other plans' (or its own), and the plans read for them. */
  links: Links;
  /** The units of the file's effective config, which its linked plans are read with too. */
  units: UnitTable;
}

export async function resolve(ws: Workspace, file: PlanFile, units: UnitTable): Promise<Resolution> {
  const { scope, includeProblems, includeDuplicates } = await includeScope(ws, file);
  const sourceStates = await readSources(ws, scope);
  const links = await resolveLinks(ws, file, scope.items, scope.files, async f => {
    const linked = (await includeScope(ws, f)).scope;
    return { items: linked.items, files: linked.files, named: linked.named };
  });
  return { scope, includeProblems, includeDuplicates, sourceStates, links, units };
}

/** What a file and the files it includes define, and what is wrong with its includes. */
async function includeScope(
  ws: Workspace,
  file: PlanFile,
): Promise<Pick<Resolution, 'scope' | 'includeProblems' | 'includeDuplicates'>> {
  const files: PlanFile[] = [file];
  const named: string[] = [];
  /** The include entry of the checked file that brought each included file. */
  const broughtBy: Located<string>[] = [];
  const includeProblems: IncludeProblem[] = [];

  const visited = new Set<string>([file.uri]);
  const walk = async (from: PlanFile, top: Located<string> | undefined, stack: string[]): Promise<void> => {
    if (stack.length > ws.limits.maxIncludeDepth) return;
    for (const entry of from.includes) {
      const own = from === file;
      const topEntry = top ?? entry;
      const report = (kind: IncludeProblemKind, detail: string) => {
        if (own) includeProblems.push({ entry, kind, detail });
      };
      if (isAbsoluteRef(entry.value)) {
        report('outside', entry.value);
        continue;
      }
      const target = resolveUri(from.uri, entry.value);
      if (target === file.uri) {
        // Following includes from this entry leads back to the checked file: the cycle is reported here.
        if (!includeProblems.some(p => p.entry === topEntry))
          includeProblems.push({ entry: topEntry, kind: 'cycle', detail: [...stack, target].join(' → ') });
        continue;
      }
      if (stack.includes(target)) continue; // a cycle among included files: reported when they are checked
      if (visited.has(target)) continue; // a diamond: loaded once
      visited.add(target);
      named.push(target);
      const loaded = await ws.loadPlan(target);
      if (!loaded.ok) {
        // A plan is read as text: only a source document's reader refuses a file as unreadable.
        const r = loaded.reason;
        report(r === 'unreadable' || r === 'unsupported' ? 'broken' : r, loaded.detail);
        continue;
      }
      if (loaded.value.yaml.syntax.length) {
        report('broken', target);
        continue;
      }
      files.push(loaded.value);
      broughtBy.push(topEntry);
      await walk(loaded.value, topEntry, [...stack, target]);
    }
  };
  await walk(file, undefined, [file.uri]);

  // Each kind is the files' own maps, layered in include order: looked up in place, never copied.
  const itemLayers = files.map(f => idMap(f.items, f.items));
  const orgLayers = files.map(f => idMap(f.organizations, f.organizations.values()));
  const sourceLayers = files.map(f => idMap(f.sources, f.sources.values()));
  const scope: Scope = {
    items: new LayeredMap(itemLayers),
    organizations: new LayeredMap(orgLayers),
    // Ids first, in every file; then aliases, in include order.
    orgNames: new LayeredMap([...orgLayers, ...files.map(f => aliasMap(f.organizations))]),
    sources: new LayeredMap(sourceLayers),
    files,
    named,
  };
  return {
    scope,
    includeProblems,
    includeDuplicates: duplicates(files, broughtBy, [itemLayers, orgLayers, sourceLayers]),
  };
}

/**
 * Ids that two included files both define (the checked file's own may shadow any), on the include that
 * brought the second.
 */
function duplicates(
  files: PlanFile[],
  broughtBy: Located<string>[],
  kinds: ReadonlyMap<string, { uri: string }>[][],
): IncludeDuplicate[] {
  const out: IncludeDuplicate[] = [];
  // With one file included, there is nothing to compare: the common case costs nothing per plan.
  if (files.length < 3) return out;
  for (let i = 2; i < files.length; i++)
    for (const layers of kinds)
      for (const [id, def] of layers[i]) {
        if (layers[0].has(id)) continue;
        for (let j = 1; j < i; j++) {
          const prev = layers[j].get(id);
          if (!prev) continue;
          if (prev.uri !== def.uri) out.push({ id, entry: broughtBy[i - 1], first: prev, second: def });
          break;
        }
      }
  return out;
}

/** The source documents a scope names, each read once. */
async function readSources(ws: Workspace, scope: Scope): Promise<Map<string, SourceState>> {
  const sourceStates = new Map<string, SourceState>();
  await Promise.all(
    [...scope.sources.values()].map(async def => {
      const state: SourceState = { def };
      sourceStates.set(def.id, state);
      const path = def.path?.value;
      if (path === undefined) return;
      if (isAbsoluteRef(path)) {
        state.problem = { reason: 'outside', detail: path };
        return;
      }
      state.uri = resolveUri(def.uri, path);
      const loaded = await ws.loadSource(state.uri);
      if (!loaded.ok) {
        state.problem = { reason: loaded.reason, detail: loaded.detail };
        return;
      }
      if (loaded.value.tooManyParagraphs) {
        state.problem = { reason: 'too-many-paragraphs', detail: `more than ${MAX_PARAGRAPHS}` };
        return;
      }
      state.doc = loaded.value;
      state.encoding = ws.encodingOf(state.uri);
    }),
  );
  return sourceStates;
}
