/**
 * Which `planlint.config.yaml` applies to a plan: the nearest one upward from it, up to the
 * workspace root, read through the workspace (so it is confined like any file) and parsed once per
 * text. A config with a problem is not applied; its problems are shown on the config file itself.
 */
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type ConfigProblem, type PlanlintConfig } from '../config';
import { pickLocale, type Locale, type Msg, type PlanDiagnostic } from '../diagnostics';
import { msg, t } from '../l10n/index';
import { LineIndex } from '../text/lineIndex';
import { dirnameUri, isInside } from '../text/paths';
import { NotAFile } from '../workspace/host';
import type { Workspace } from '../workspace/workspace';

/** A config file is small; anything larger is refused unread. */
export const MAX_CONFIG_BYTES = 1 << 20;

export interface AppliedConfig {
  /** What applies: the file's settings, or the defaults when it has problems or there is none. */
  config: PlanlintConfig;
  /** The config file, when one was found. */
  uri?: string;
  text?: string;
  problems: ConfigProblem[];
}

const NONE: AppliedConfig = { config: DEFAULT_CONFIG, problems: [] };

/** Reads a config text into what applies. */
export function applyConfigText(uri: string, text: string): AppliedConfig {
  const { config, problems } = parseConfig(text);
  return { config: problems.length ? DEFAULT_CONFIG : config, uri, text, problems };
}

/** A config file that exists but cannot be used (a link out of the workspace, too large, not text). */
export function unreadableConfig(uri: string, why: Msg): AppliedConfig {
  return {
    config: DEFAULT_CONFIG,
    uri,
    text: '',
    problems: [
      {
        span: { start: 0, end: 0 },
        message: {
          en: t('en', 'config.cannotBeRead', { why: why.en }),
          zh: t('zh-cn', 'config.cannotBeRead', { why: why.zh }),
        },
      },
    ],
  };
}

/** A config's problems as diagnostics on the config file (code `config`). */
export function configDiagnostics(applied: AppliedConfig, locale: Locale): PlanDiagnostic[] {
  if (!applied.uri || !applied.problems.length) return [];
  const lines = new LineIndex(applied.text ?? '');
  return applied.problems.map(p => ({
    uri: applied.uri!,
    range: lines.rangeOf(p.span),
    severity: 'error' as const,
    code: 'config',
    message: pickLocale(p.message, locale),
  }));
}

export class ConfigFinder {
  private readonly parsed = new Map<string, AppliedConfig>();

  constructor(
    private readonly ws: Workspace,
    private readonly explicit?: Promise<AppliedConfig>,
  ) {}

  /** The config at one folder, if there is one there. */
  async at(dir: string): Promise<AppliedConfig | undefined> {
    const uri = `${dir.replace(/\/$/, '')}/${CONFIG_FILE}`;
    const read = await this.ws.readText(uri, MAX_CONFIG_BYTES);
    if (!read.ok) {
      if (read.reason === 'missing' && read.detail !== NotAFile.MESSAGE) return undefined;
      return unreadableConfig(uri, whyUnreadable(read.reason, read.detail, MAX_CONFIG_BYTES));
    }
    const hit = this.parsed.get(uri);
    if (hit && hit.text === read.value.text) return hit;
    const applied = applyConfigText(uri, read.value.text);
    this.parsed.set(uri, applied);
    return applied;
  }

  /** The config that applies to a plan: the explicit one, else the nearest upward, else none. */
  async for(uri: string): Promise<AppliedConfig> {
    if (this.explicit) return await this.explicit;
    const root = this.ws.root;
    for (let dir = dirnameUri(uri); isInside(root, dir); dir = dirnameUri(dir)) {
      const found = await this.at(dir);
      if (found) return found;
      if (dir === root || dirnameUri(dir) === dir) break;
    }
    return NONE;
  }

  /** The config whose limits hold for the whole workspace: the explicit one, else the root's. */
  async rootConfig(): Promise<AppliedConfig> {
    return (this.explicit && (await this.explicit)) ?? (await this.at(this.ws.root)) ?? NONE;
  }
}

/**
 * Why a file was not read, in every locale; an operating system's own words stay as they are, and so
 * does a size refusal's detail when the limit is not given.
 */
export function whyUnreadable(reason: string, detail: string, maxBytes?: number): Msg {
  if (reason === 'outside') return msg('reason.outside');
  if (reason === 'too-large' && maxBytes !== undefined) return msg('reason.tooLarge', { bytes: maxBytes });
  if (reason === 'not-text') return msg('reason.notText');
  return { en: detail, zh: detail };
}
