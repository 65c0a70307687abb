/**
 * What a plan's check read besides its own file and config, each with a key of what it gave: the files
 * it includes (their text), its source documents (their content) and the plans its links name (only what
 * the links use of them: the plan's meta, the indicators they name, and its ids when one names nothing).
 * After another file changes, a check whose every read still gives the same key is kept: the plans that
 * link to a plan are not checked again when an edit there touches nothing they use.
 */
import type { PlanFile } from '../model/types';
import { idMap } from '../resolve/layered';
import { hasYamlAnchors, outsideHash } from '../model/outside';
import type { Resolution } from '../resolve/scope';
import type { SourceDocument } from '../sources/document';
import { hashRange } from '../text/hash';
import type { Workspace } from '../workspace/workspace';

/** One thing a check read: a file by uri, how it was read, and the key of what it gave then. */
export interface Read {
  uri: string;
  /** `linked`: a plan a link names, keyed by the ids its links use (`all`: every id, one names nothing). */
  how: 'plan' | 'source' | 'linked';
  ids?: readonly string[];
  all?: boolean;
  key: string;
}

export class ReadKeys {
  private readonly textHashes = new WeakMap<PlanFile, number>();

  constructor(
    private readonly ws: Workspace,
    private readonly docHash: (doc: SourceDocument) => number,
  ) {}

  /** What a check with this resolution read, keyed as it stands now. */
  async of(uri: string, res: Resolution): Promise<Read[]> {
    const reads: Omit<Read, 'key'>[] = [];
    const plans = new Set<string>(res.scope.named);
    for (const s of res.sourceStates.values()) if (s.uri) reads.push({ uri: s.uri, how: 'source' });
    const used = new Map<string, { ids: Set<string>; all: boolean }>();
    for (const l of res.links.links) {
      if (!l.plan || !l.link.indicator) continue;
      let u = used.get(l.plan.uri);
      if (!u) used.set(l.plan.uri, (u = { ids: new Set(), all: false }));
      u.ids.add(l.link.indicator.value);
      if (l.problem === 'no-indicator') u.all = true;
    }
    for (const p of res.links.plans.values()) {
      const u = used.get(p.uri);
      reads.push({ uri: p.uri, how: 'linked', ids: [...(u?.ids ?? [])].sort(), all: u?.all ?? false });
      for (const f of p.files) if (f.uri !== p.uri) plans.add(f.uri);
    }
    plans.delete(uri);
    for (const p of plans) reads.push({ uri: p, how: 'plan' });
    return Promise.all(reads.map(async r => ({ ...r, key: await this.keyOf(r) })));
  }

  /** True when every read gives the key it gave. */
  async hold(reads: readonly Read[]): Promise<boolean> {
    for (const r of reads) if ((await this.keyOf(r)) !== r.key) return false;
    return true;
  }

  private async keyOf(r: Omit<Read, 'key'>): Promise<string> {
    if (r.how === 'source') {
      const doc = await this.ws.loadSource(r.uri);
      if (!doc.ok) return `!${doc.reason}:${doc.detail}`;
      return `${this.docHash(doc.value)}:${this.ws.encodingOf(r.uri) ?? ''}`;
    }
    const loaded = await this.ws.loadPlan(r.uri);
    if (!loaded.ok) return `!${loaded.reason}:${loaded.detail}`;
    const file = loaded.value;
    if (r.how === 'plan' || hasYamlAnchors(file.text) || file.yaml.syntax.length || file.yaml.limit)
      return `text:${this.textHash(file)}`;
    // A linked plan: its meta and kind, and each id the links name (its kind and text), as it is now.
    const items = idMap(file.items, file.items);
    const parts: (string | number)[] = [outsideHash(file)];
    for (const id of r.ids ?? []) {
      const it = items.get(id);
      parts.push(it ? `${it.kind}:${hashRange(file.text, it.keySpan.start, it.span.end)}` : '-');
    }
    // A link that names nothing is told the nearest indicator: every indicator id counts then.
    if (r.all) for (const it of file.items) if (it.kind === 'indicator') parts.push(it.id);
    return `linked:${hashRange(parts.join('\n'))}`;
  }

  private textHash(file: PlanFile): number {
    let h = this.textHashes.get(file);
    if (h === undefined) this.textHashes.set(file, (h = hashRange(file.text)));
    return h;
  }
}
