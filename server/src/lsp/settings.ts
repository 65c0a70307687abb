/**
 * The `planlint.*` settings, with the extension's names, from wherever a client gives them: its
 * `initializationOptions` at start-up (an editor without `workspace/configuration` has only these),
 * then `workspace/configuration`, or the settings a `didChangeConfiguration` carries.
 */
import type { InitializeParams } from 'vscode-languageserver';
import { RULE_CODES, toLocale, type PlanlintConfig, type RuleSetting } from '../core/index';
import type { ServerContext } from './context';
import type { InitializationOptions, PlanlintSettings } from './protocol';

const LOCALES = ['auto', 'en', 'zh-cn'];
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The settings in `initializationOptions`: under `planlint` (as Helix's `config` answers both) or at its top. */
function initialSettings(o: InitializationOptions | undefined): PlanlintSettings {
  return mergeSettings({}, isObject(o?.planlint) ? o.planlint : o);
}

/**
 * Later settings over earlier ones, key by key; what is not an object (a client without any answers null)
 * changes nothing.
 */
function mergeSettings(base: PlanlintSettings, over: unknown): PlanlintSettings {
  if (!isObject(over)) return base;
  const o = over as PlanlintSettings;
  return {
    rules: { ...base.rules, ...(isObject(o.rules) ? o.rules : {}) },
    growthTolerance: typeof o.growthTolerance === 'number' ? o.growthTolerance : base.growthTolerance,
    locale: typeof o.locale === 'string' && LOCALES.includes(o.locale) ? o.locale : base.locale,
    hints: { ...base.hints, ...(isObject(o.hints) ? o.hints : {}) },
  };
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * The settings the server runs with: those at start-up, then the editor's (pulled with
 * `workspace/configuration` when the client answers it, else as `didChangeConfiguration` carries them),
 * applied to the session (rules, tolerance, locale) and to the source-document hints.
 */
export class ServerSettings {
  /** The settings from `initializationOptions`; `workspace/configuration` answers over them. */
  private start: PlanlintSettings = {};
  private editorLocale = 'en';
  /** What was applied last, to tell whether new settings change anything. */
  private applied = '';

  constructor(private readonly ctx: ServerContext) {}

  /** The start-up settings, applied as the session is made. */
  init(params: InitializeParams, init: InitializationOptions | undefined): void {
    // The extension's `locale` is its display language; another client's is the setting.
    this.editorLocale = init?.locale && init.locale !== 'auto' ? init.locale : (params.locale ?? 'en');
    this.start = initialSettings(init);
    this.apply(this.start);
  }

  /** The editor's settings over the start-up ones; whether they differ from those applied before. */
  async pull(): Promise<boolean> {
    let s: unknown = null;
    try {
      s = await this.ctx.connection.workspace.getConfiguration('planlint');
    } catch {
      /* a client without settings */
    }
    return this.apply(mergeSettings(this.start, s));
  }

  /** `didChangeConfiguration`: pulled, or (a client that cannot be asked) as it sends them along. */
  async changed(settings: unknown): Promise<void> {
    if (this.ctx.can.pullConfig) await this.pull();
    else this.apply(mergeSettings(this.start, (settings as { planlint?: unknown } | null)?.planlint));
  }

  private apply(s: PlanlintSettings): boolean {
    const rules: Record<string, RuleSetting> = {};
    for (const [code, v] of Object.entries(s.rules ?? {}))
      if (RULE_CODES.has(code) && SEVERITIES.includes(v)) rules[code] = v as RuleSetting;
    const overrides: Partial<PlanlintConfig> = { rules };
    if (typeof s.growthTolerance === 'number' && s.growthTolerance >= 0) overrides.growthTolerance = s.growthTolerance;
    const locale = !s.locale || s.locale === 'auto' ? toLocale(this.editorLocale) : toLocale(s.locale);
    this.ctx.session.applySettings({ locale, overrides });
    const h = s.hints;
    const hints = (this.ctx.sources.hints = {
      uncitedNumbers: h?.uncitedNumbers !== false,
      uncitedClauses: h?.uncitedClauses !== false,
      citationLens: h?.citationLens !== false,
      paragraphNumbers: h?.paragraphNumbers !== false,
      documentFindings: h?.documentFindings !== false,
    });
    const key = JSON.stringify([locale, overrides, hints]);
    const changed = key !== this.applied;
    this.applied = key;
    return changed;
  }
}
