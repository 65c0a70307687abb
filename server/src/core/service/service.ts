/**
 * The language service facade: one object per workspace root over the checker core, holding the
 * parsed files and answering validation, hover, definition and citation queries. All I/O comes
 * from the injected host; results use the core's own types (the LSP adapter converts them).
 */
import { checkFile, type CheckOptions } from '../check/check';
import { resolve, type Resolution } from '../check/scope';
import { CONFIG_FILE, DEFAULT_CONFIG, mergeConfig, parseConfig, type PlanlintConfig } from '../config';
import type { Locale, PlanDiagnostic } from '../diagnostics';
import type { PlanFile } from '../model/types';
import type { Range } from '../text/lineIndex';
import { dirnameUri, isInside, normalizeUri } from '../text/paths';
import type { FileHost, Limits } from '../workspace/host';
import { Workspace } from '../workspace/workspace';
import { hoverAt } from './hover';
import { definitionAt } from './definition';
import { citationsOf, type SourceCitations } from './citations';

export interface Location { uri: string; range: Range }
export interface Hover { markdown: string; range: Range }
export interface ServiceSettings { locale: Locale; overrides: Partial<PlanlintConfig> }

export class PlanService {
  readonly ws: Workspace;
  private generation = 0;
  private readonly resolutions = new WeakMap<PlanFile, { generation: number; res: Promise<Resolution> }>();
  /** Every plan file known in the workspace (for citations and dependents). */
  readonly planUris = new Set<string>();
  private readonly deps = new Map<string, Set<string>>();
  settings: ServiceSettings = { locale: 'en', overrides: {} };

  constructor(host: FileHost, readonly root: string, limits: Partial<Limits> = {}) {
    this.ws = new Workspace(host, normalizeUri(root), limits);
  }

  owns(uri: string): boolean { return isInside(this.root, uri); }

  setOverlay(uri: string, text: string): void { this.ws.setOverlay(uri, text); this.generation++; }
  clearOverlay(uri: string): void { this.ws.clearOverlay(uri); this.generation++; }
  /** A file changed on disk. Returns the plans that depend on it and must be checked again. */
  invalidate(uri: string): string[] {
    this.ws.invalidate(uri);
    this.generation++;
    return [...this.deps].filter(([, d]) => d.has(uri)).map(([p]) => p);
  }

  async file(uri: string): Promise<PlanFile | undefined> {
    const loaded = await this.ws.loadPlan(uri);
    return loaded.ok ? loaded.value : undefined;
  }

  resolution(file: PlanFile): Promise<Resolution> {
    const hit = this.resolutions.get(file);
    if (hit && hit.generation === this.generation) return hit.res;
    const res = resolve(this.ws, file);
    this.resolutions.set(file, { generation: this.generation, res });
    return res;
  }

  /** The config for a plan: the nearest planlint.config.yaml up to the root, then editor overrides. */
  async configFor(uri: string): Promise<PlanlintConfig> {
    for (let dir = dirnameUri(uri); isInside(this.root, dir); dir = dirnameUri(dir)) {
      const cfg = `${dir.replace(/\/$/, '')}/${CONFIG_FILE}`;
      const t = await this.ws.readText(cfg, 1 << 20);
      if (t.ok) return mergeConfig(parseConfig(t.value).config, this.settings.overrides);
      if (dir === this.root || dirnameUri(dir) === dir) break;
    }
    return mergeConfig(DEFAULT_CONFIG, this.settings.overrides);
  }

  async validate(uri: string, extra: Partial<CheckOptions> = {}): Promise<PlanDiagnostic[] | undefined> {
    const file = await this.file(uri);
    if (!file) return undefined;
    this.planUris.add(uri);
    const config = await this.configFor(uri);
    const result = await checkFile(this.ws, file, { config, locale: this.settings.locale, ...extra });
    if (!result.ok) return undefined;
    if (result.resolution) {
      this.resolutions.set(file, { generation: this.generation, res: Promise.resolve(result.resolution) });
      const d = new Set<string>(result.resolution.scope.files.map(f => f.uri));
      for (const s of result.resolution.sourceStates.values()) if (s.uri) d.add(s.uri);
      for (let dir = dirnameUri(uri); isInside(this.root, dir) && dir !== dirnameUri(dir); dir = dirnameUri(dir)) d.add(`${dir}/${CONFIG_FILE}`);
      this.deps.set(uri, d);
    }
    return result.diagnostics;
  }

  async hover(uri: string, offset: number): Promise<Hover | undefined> {
    const file = await this.file(uri);
    return file && hoverAt(file, await this.resolution(file), offset, this.settings.locale);
  }

  async definition(uri: string, offset: number): Promise<Location[]> {
    const file = await this.file(uri);
    return file ? definitionAt(this.ws, file, await this.resolution(file), offset) : [];
  }

  /** Which plan items cite a source document, and the numbers of its cited paragraphs no item cites. */
  async citations(docUri: string): Promise<SourceCitations> {
    const plans: { file: PlanFile; res: Resolution }[] = [];
    for (const uri of this.planUris) {
      const file = await this.file(uri);
      if (file && !file.yaml.syntax.length) plans.push({ file, res: await this.resolution(file) });
    }
    const doc = await this.ws.loadSource(docUri);
    return citationsOf(docUri, doc.ok ? doc.value : undefined, plans, this.settings.locale);
  }
}
