/** Find references and rename, across every plan file of the workspace that can see the id. */
import type { Resolution } from '../resolve/scope';
import type { Locale } from '../diagnostics';
import { t, tWord } from '../l10n/index';
import type { PlanFile } from '../model/types';
import type { Span } from '../text/lineIndex';
import { spotAt, spotsOf, type Spot } from './spots';

export type Namespace = 'item' | 'organization' | 'source';
/** A definition, identified by where it stands. */
export interface Target {
  ns: Namespace;
  id: string;
  uri: string;
  keyStart: number;
}
export interface Occurrence {
  uri: string;
  span: Span;
  file: PlanFile;
  declaration: boolean;
}

function nsOf(expect: string): Namespace {
  return expect === 'organization' ? 'organization' : expect === 'source' ? 'source' : 'item';
}

function defOf(res: Resolution, ns: Namespace, id: string): { uri: string; keySpan: Span; id: string } | undefined {
  if (ns === 'organization') return res.scope.orgNames.get(id);
  if (ns === 'source') return res.sourceStates.get(id)?.def;
  return res.scope.items.get(id);
}

/** The definition the spot at an offset names or is. */
export function targetAt(file: PlanFile, res: Resolution, offset: number): { target: Target; span: Span } | undefined {
  const spot = spotAt(file, offset);
  if (!spot) return undefined;
  let ns: Namespace, id: string;
  if (spot.kind === 'item') {
    ns = 'item';
    id = spot.item.id;
  } else if (spot.kind === 'org') {
    ns = 'organization';
    id = spot.org.id;
  } else if (spot.kind === 'source' && spot.span === spot.def.keySpan) {
    ns = 'source';
    id = spot.def.id;
  } else if (spot.kind === 'ref') {
    ns = nsOf(spot.expect);
    id = spot.id;
  } else return undefined;
  const def = defOf(res, ns, id);
  return def ? { target: { ns, id: def.id, uri: def.uri, keyStart: def.keySpan.start }, span: spot.span } : undefined;
}

function isDeclaration(s: Spot): s is Extract<Spot, { kind: 'item' | 'org' | 'source' }> {
  return s.kind === 'item' || s.kind === 'org' || (s.kind === 'source' && s.span === s.def.keySpan);
}

/** Every occurrence of a definition in the given files (declaration included). */
export function occurrences(target: Target, files: { file: PlanFile; res: Resolution }[]): Occurrence[] {
  const out: Occurrence[] = [];
  const seen = new Set<string>();
  for (const { file, res } of files) {
    for (const s of spotsOf(file)) {
      let ns: Namespace | undefined, id: string | undefined;
      if (s.kind === 'ref') {
        ns = nsOf(s.expect);
        id = s.id;
      } else if (isDeclaration(s)) {
        ns = s.kind === 'item' ? 'item' : s.kind === 'org' ? 'organization' : 'source';
        id = s.kind === 'item' ? s.item.id : s.kind === 'org' ? s.org.id : s.def.id;
      }
      if (ns !== target.ns || id === undefined) continue;
      const def = defOf(res, ns, id);
      if (!def || def.uri !== target.uri || def.keySpan.start !== target.keyStart) continue;
      // An alias names the organization, but is not its id.
      if (ns === 'organization' && id !== target.id && s.kind === 'ref') continue;
      const key = `${file.uri}:${s.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ uri: file.uri, span: s.span, file, declaration: isDeclaration(s) });
    }
  }
  return out;
}

const BAD_ID = /[\s#:,[\]{}"'&*!|>%@`]/;

/** Why a new name cannot be used, or undefined when it can. */
export function renameProblem(
  target: Target,
  newName: string,
  files: { res: Resolution }[],
  locale: Locale,
): string | undefined {
  if (!newName || BAD_ID.test(newName) || /^[-?]/.test(newName)) return t(locale, 'rename.badId', { id: newName });
  for (const { res } of files) {
    const taken =
      target.ns === 'organization'
        ? res.scope.orgNames.get(newName)
        : target.ns === 'source'
          ? res.sourceStates.get(newName)?.def
          : res.scope.items.get(newName);
    if (taken && !(taken.uri === target.uri && taken.keySpan.start === target.keyStart)) {
      const kind = target.ns === 'item' && 'kind' in taken ? (taken as { kind: string }).kind : target.ns;
      const what = `kind.${kind}`;
      return t(locale, 'rename.taken', { id: newName, what: tWord(locale, what, kind) });
    }
  }
  return undefined;
}
