/** One PlanService per workspace folder; a file outside every folder gets a service rooted at its own folder. */
import { PlanService, paths, type FileHost, type Rule, type ServiceSettings } from '../core/index';

export class Services {
  private readonly byRoot = new Map<string, PlanService>();
  settings: ServiceSettings = { locale: 'en', overrides: {} };

  constructor(private readonly host: FileHost, folders: string[], private readonly rules?: readonly Rule[]) {
    for (const f of folders) this.byRoot.set(paths.normalizeUri(f), this.make(f));
  }

  private make(root: string): PlanService {
    const s = new PlanService(this.host, root);
    s.settings = this.settings;
    s.rules = this.rules;
    return s;
  }

  get all(): PlanService[] { return [...this.byRoot.values()]; }

  for(uri: string): PlanService {
    let best: PlanService | undefined;
    for (const s of this.byRoot.values()) if (s.owns(uri) && (!best || s.root.length > best.root.length)) best = s;
    if (best) return best;
    const root = paths.dirnameUri(uri);
    const s = this.make(root);
    this.byRoot.set(root, s);
    return s;
  }

  applySettings(settings: ServiceSettings): void {
    this.settings = settings;
    for (const s of this.byRoot.values()) s.settings = settings;
  }
}
