/**
 * Resolves the links of a plan's own indicators (`aligns`, `allocated_to`) to the indicators they name.
 * A linked plan is read once per check, with its includes, confined to the workspace as an include is;
 * its own links are not followed (so chains and cycles need no rule), and its ids stay its own.
 */
import type { LinkedPlan, LinkProblemKind, Links, ResolvedLink } from '../model/links';
import type { ItemDef, PlanFile } from '../model/types';
import { isAbsoluteRef, resolveUri } from '../text/paths';
import { NotAFile } from '../workspace/host';
import type { Workspace } from '../workspace/workspace';

/** A linked plan's includes, read the way the checked file's are (transitively, diamonds once, no cycles). */
export type IncludeReader = (
  file: PlanFile,
) => Promise<{ items: ReadonlyMap<string, ItemDef>; files: PlanFile[]; named: string[] }>;

const PLAN_NAME = /\.plan\.ya?ml$/;

export async function resolveLinks(
  ws: Workspace,
  file: PlanFile,
  ownItems: ReadonlyMap<string, ItemDef>,
  ownFiles: readonly PlanFile[],
  readIncludes: IncludeReader,
): Promise<Links> {
  const plans = new Map<string, LinkedPlan>();
  const planAt = (uri: string): Promise<LinkedPlan> | LinkedPlan => {
    const hit = plans.get(uri);
    if (hit) return hit;
    return loadLinked(ws, uri, readIncludes).then(p => {
      plans.set(uri, p);
      return p;
    });
  };
  const links: ResolvedLink[] = [];
  for (const owner of file.indicators.values()) {
    const all = [
      ...owner.aligns.map(link => ({ role: 'aligns' as const, link })),
      ...owner.allocatedTo.map(link => ({ role: 'allocated_to' as const, link })),
    ];
    for (const { role, link } of all) {
      if (!link.indicator) continue; // a schema problem
      const out: ResolvedLink = { role, link, owner };
      links.push(out);
      let items = ownItems,
        files: readonly PlanFile[] = ownFiles;
      const path = link.plan?.value;
      if (path !== undefined) {
        const uri = isAbsoluteRef(path) ? undefined : resolveUri(file.uri, path);
        if (uri === undefined) {
          out.problem = 'outside';
          continue;
        }
        if (uri !== file.uri) {
          const plan = await planAt(uri);
          out.plan = plan;
          if (plan.problem) {
            out.problem = plan.problem;
            continue;
          }
          items = plan.items;
          files = plan.files;
        }
      }
      const target = items.get(link.indicator.value);
      if (target?.kind !== 'indicator') out.problem = 'no-indicator';
      else if (target === owner) out.problem = 'self';
      else {
        out.target = target;
        out.targetFile = files.find(f => f.uri === target.uri);
      }
    }
  }
  return { links, plans };
}

async function loadLinked(ws: Workspace, uri: string, readIncludes: IncludeReader): Promise<LinkedPlan> {
  const bare = (problem: LinkProblemKind): LinkedPlan => ({ uri, items: new Map(), files: [], problem });
  const loaded = await ws.loadPlan(uri);
  if (!loaded.ok) {
    const r = loaded.reason;
    if (r === 'missing') return bare(loaded.detail === NotAFile.MESSAGE ? 'not-a-file' : 'missing');
    return bare(r === 'outside' || r === 'not-text' || r === 'too-large' ? r : 'broken');
  }
  const file = loaded.value;
  if (file.yaml.syntax.length || file.yaml.limit) return { ...bare('broken'), files: [file] };
  if (!PLAN_NAME.test(uri) || !file.meta || file.isRegistry) return { ...bare('not-a-plan'), files: [file] };
  const { items, files, named } = await readIncludes(file);
  return { uri, file, items, files, named };
}
