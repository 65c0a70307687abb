/**
 * What a plan's check read besides its own file and config: the files it includes, its source documents
 * and the plans its links name. After another file changes, a check is kept while each of them gives
 * what it gave: the same object from the workspace (which makes a new one only when a file's content
 * changes), or, for a plan file, content with the same key: an included file's text, and of a linked
 * plan only what the links use
 * (its meta, the indicators they name, and its ids when one names nothing). So the plans that link to a
 * plan are not checked again when an edit there touches nothing they use. Keys are computed only then:
 * a check that is never asked to be kept (the command line's) costs a lookup per file it read.
 */
import type { PlanFile } from '../model/types';
import { hasYamlAnchors, outsideHash } from '../model/outside';
import { nameOf } from '../model/names';
import { idMap } from '../resolve/layered';
import type { Resolution } from '../resolve/scope';
import type { SourceDocument } from '../sources/document';
import { hashRange } from '../text/hash';
import type { Workspace } from '../workspace/workspace';

/** One thing a check read: a file by uri, how it was read, and what it gave (an object, or why none). */
export interface Read {
  uri: string;
  /** `linked`: a plan a link names, keyed by the ids its links use (`all`: every id, one names nothing). */
  how: 'plan' | 'source' | 'linked';
  ids?: readonly string[];
  all?: boolean;
  got: PlanFile | SourceDocument | string;
  /** A source document's encoding (the hover names it). */
  encoding?: string;
}

const NONE = new Map();

export class ReadKeys {
  private readonly textHashes = new WeakMap<PlanFile, number>();

  constructor(private readonly ws: Workspace) {}

  /** What a check with this resolution read, as the workspace gives it now (each read is cached). */
  async of(uri: string, res: Resolution): Promise<Read[]> {
    const reads: Omit<Read, 'got'>[] = [];
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
      for (const f of p.named ?? []) plans.add(f);
    }
    plans.delete(uri);
    for (const p of plans) reads.push({ uri: p, how: 'plan' });
    return Promise.all(reads.map(async r => ({ ...r, ...(await this.read(r)) })));
  }

  /**
   * The reads as they stand now when every one gives what it gave, or content with the same key (kept for
   * the next time, so a key is computed once a change); none when one does not.
   */
  async hold(reads: readonly Read[]): Promise<Read[] | undefined> {
    const out: Read[] = [];
    for (const r of reads) {
      const now = await this.read(r);
      out.push({ ...r, ...now });
      if (now.got === r.got && now.encoding === r.encoding) continue;
      // A source document's reading (paragraphs, tables) is more than its text: a new one is a change.
      if (r.how === 'source' || this.keyOf(r, now.got) !== this.keyOf(r, r.got)) return undefined;
    }
    return out;
  }

  private async read(r: Omit<Read, 'got'>): Promise<Pick<Read, 'got' | 'encoding'>> {
    const loaded = r.how === 'source' ? await this.ws.loadSource(r.uri) : await this.ws.loadPlan(r.uri);
    if (!loaded.ok) return { got: `!${loaded.reason}:${loaded.detail}` };
    return r.how === 'source' ? { got: loaded.value, encoding: this.ws.encodingOf(r.uri) } : { got: loaded.value };
  }

  private keyOf(r: Omit<Read, 'got'>, got: Read['got']): string {
    if (typeof got === 'string') return got;
    const file = got as PlanFile;
    if (r.how === 'plan' || hasYamlAnchors(file.text) || file.yaml.syntax.length || file.yaml.limit)
      return `text:${this.textHash(file)}`;
    // A linked plan: its meta and kind, and each id the links name: its kind, text and place (the features
    // of the linking plan go to it), and how it is named (with its id when another item shares its name).
    const items = idMap(file.items, file.items);
    const parts: (string | number)[] = [outsideHash(file)];
    const pool = { items, organizations: NONE, sources: NONE };
    for (const id of r.ids ?? []) {
      const it = items.get(id);
      const start = it?.keySpan.start ?? 0;
      const where = it && `${start}:${file.lines.positionAt(start).line}:${nameOf(it, pool).en}`;
      parts.push(it ? `${it.kind}:${hashRange(file.text, start, it.span.end)}:${where}` : '-');
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
