/**
 * The `planlint.*` settings, with the extension's names, from wherever a client gives them: its
 * `initializationOptions` at start-up (an editor without `workspace/configuration` has only these),
 * then `workspace/configuration`, or the settings a `didChangeConfiguration` carries.
 */
import type { InitializationOptions, PlanlintSettings } from './protocol';

const LOCALES = ['auto', 'en', 'zh-cn'];
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The settings in `initializationOptions`: under `planlint` (as Helix's `config` answers both) or at its top. */
export function initialSettings(o: InitializationOptions | undefined): PlanlintSettings {
  return mergeSettings({}, isObject(o?.planlint) ? o.planlint : o);
}

/**
 * Later settings over earlier ones, key by key; what is not an object (a client without any answers null)
 * changes nothing.
 */
export function mergeSettings(base: PlanlintSettings, over: unknown): PlanlintSettings {
  if (!isObject(over)) return base;
  const o = over as PlanlintSettings;
  return {
    rules: { ...base.rules, ...(isObject(o.rules) ? o.rules : {}) },
    growthTolerance: typeof o.growthTolerance === 'number' ? o.growthTolerance : base.growthTolerance,
    locale: typeof o.locale === 'string' && LOCALES.includes(o.locale) ? o.locale : base.locale,
    hints: { ...base.hints, ...(isObject(o.hints) ? o.hints : {}) },
  };
}
