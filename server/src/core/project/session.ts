/**
 * A session: the projects one host drives. The editor names its workspace folders; the command
 * line finds each file's root as the contract says (the nearest folder above it that holds
 * `planlint.config.yaml` or `.git`, else the current folder). Both then check through `Project`.
 */
import { CONFIG_FILE } from '../config';
import { dirnameUri, isInside, normalizeUri } from '../text/paths';
import type { FileHost } from '../workspace/host';
import { decodeText } from '../text/encoding';
import { FileTooLarge } from '../workspace/host';
import { applyConfigText, MAX_CONFIG_BYTES, unreadableConfig, whyUnreadable, type AppliedConfig } from './configs';
import { Project, type ProjectOptions, type ServiceSettings } from './project';

export interface SessionOptions extends Omit<ProjectOptions, 'explicit'> {
  /** The editor's workspace folders: each is a root. */
  folders?: string[];
  /** The command line's current folder: the root of a file below it with no marked root above. */
  cwd?: string;
  /** A config file named by the operator; it replaces the workspace's own and pins its limits. */
  configFile?: string;
}

export class Session {
  private readonly byRoot = new Map<string, Project>();
  private settings: ServiceSettings = { locale: 'en', overrides: {} };
  private readonly explicit?: Promise<AppliedConfig>;
  /** Folder → root, so that a thousand files in one folder look for their root once. */
  private readonly roots = new Map<string, Promise<string>>();

  constructor(
    private readonly host: FileHost,
    private readonly options: SessionOptions = {},
  ) {
    const file = options.configFile;
    // The operator's config may lie anywhere: they chose it. It is still bounded and must be text.
    this.explicit =
      file === undefined
        ? undefined
        : host.readFile(file, MAX_CONFIG_BYTES).then(
            bytes => {
              const decoded = decodeText(bytes);
              return decoded
                ? applyConfigText(file, decoded.text)
                : unreadableConfig(file, whyUnreadable('not-text', ''));
            },
            e =>
              unreadableConfig(
                file,
                whyUnreadable(
                  e instanceof FileTooLarge ? 'too-large' : 'missing',
                  (e as Error).message,
                  MAX_CONFIG_BYTES,
                ),
              ),
          );
    for (const f of options.folders ?? []) this.project(normalizeUri(f));
  }

  get projects(): Project[] {
    return [...this.byRoot.values()];
  }

  /** The project a file belongs to: the innermost workspace folder holding it, else its own root. */
  async projectFor(uri: string): Promise<Project> {
    let best: Project | undefined;
    for (const f of this.options.folders ?? []) {
      const p = this.byRoot.get(normalizeUri(f));
      if (p?.owns(uri) && (!best || p.root.length > best.root.length)) best = p;
    }
    if (best) return best;
    const dir = dirnameUri(uri);
    let root = this.roots.get(dir);
    if (!root) this.roots.set(dir, (root = this.findRoot(dir)));
    return this.project(await root);
  }

  /** The operator's config (`--config`), if one was named. */
  explicitConfig(): Promise<AppliedConfig> | undefined {
    return this.explicit;
  }

  applySettings(settings: ServiceSettings): void {
    this.settings = settings;
    for (const p of this.byRoot.values()) p.settings = settings;
  }

  get locale(): ServiceSettings['locale'] {
    return this.settings.locale;
  }

  private async findRoot(folder: string): Promise<string> {
    const exists = this.host.exists?.bind(this.host);
    if (exists) {
      for (let dir = folder; ; dir = dirnameUri(dir)) {
        if (
          (await exists(`${dir.replace(/\/$/, '')}/${CONFIG_FILE}`)) ||
          (await exists(`${dir.replace(/\/$/, '')}/.git`))
        )
          return dir;
        if (dirnameUri(dir) === dir) break;
      }
    }
    const cwd = this.options.cwd;
    return cwd && isInside(cwd, folder) ? normalizeUri(cwd) : folder;
  }

  private project(root: string): Project {
    let p = this.byRoot.get(root);
    if (p) return p;
    p = new Project(this.host, root, { ...this.options, explicit: this.explicit });
    p.settings = this.settings;
    this.byRoot.set(root, p);
    return p;
  }
}
