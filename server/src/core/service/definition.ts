/** Go to definition: from a reference to its definition, from a source anchor (or a cited number) to the exact text. */
import type { Resolution } from '../resolve/scope';
import type { AnchorDef, PlanFile } from '../model/types';
import { resolveAnchor } from '../resolve/anchors';
import { isAbsoluteRef, resolveUri } from '../text/paths';
import type { Workspace } from '../workspace/workspace';
import type { Location } from './types';
import { spotAt } from './spots';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function anchorTarget(a: AnchorDef, res: Resolution): Location[] {
  const r = resolveAnchor(a, res.sourceStates);
  if (r.status !== 'ok') return [];
  return r.matches.map(m => ({ uri: r.state.uri!, range: r.doc.lines.rangeOf(m) }));
}

export async function definitionAt(
  ws: Workspace,
  file: PlanFile,
  res: Resolution,
  offset: number,
): Promise<Location[]> {
  const spot = spotAt(file, offset);
  if (!spot) return [];
  const fileOf = (uri: string) => res.scope.files.find(f => f.uri === uri);
  switch (spot.kind) {
    case 'anchor':
      return anchorTarget(spot.anchor, res);
    case 'value':
      return spot.anchor ? anchorTarget(spot.anchor, res) : [];
    case 'ref': {
      if (spot.expect === 'source') {
        const s = res.sourceStates.get(spot.id);
        const f = s && fileOf(s.def.uri);
        return s && f ? [{ uri: f.uri, range: f.lines.rangeOf(s.def.keySpan) }] : [];
      }
      const def = spot.expect === 'organization' ? res.scope.orgNames.get(spot.id) : res.scope.items.get(spot.id);
      const f = def && fileOf(def.uri);
      return def && f ? [{ uri: f.uri, range: f.lines.rangeOf(def.keySpan) }] : [];
    }
    case 'source': {
      const s = res.sourceStates.get(spot.def.id);
      return s?.uri && s.doc ? [{ uri: s.uri, range: START }] : [];
    }
    case 'include': {
      if (isAbsoluteRef(spot.path)) return [];
      const uri = resolveUri(file.uri, spot.path);
      return (await ws.confine(uri)).ok && fileOf(uri) ? [{ uri, range: START }] : [];
    }
    default:
      return [];
  }
}
