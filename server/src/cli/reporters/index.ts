import { neutralJson, neutralMarkup } from '../../core/text/printer';
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Reporter } from './types';

/** A format whose whole text goes through the printer for its syntax (see core/text/printer.ts). */
const through =
  (reporter: Reporter, neutral: (text: string) => string): Reporter =>
  (reports, ctx) =>
    neutral(reporter(reports, ctx));

/**
 * Output formats by name. `stylish` and `github` print each piece through `printable` themselves (the
 * github format's own `::warning …::` must stay a command); the file formats are neutralised whole.
 */
export const REPORTERS: Record<string, Reporter> = {
  stylish,
  json: through(json, neutralJson),
  sarif: through(sarif, neutralJson),
  github,
  junit: through(junit, neutralMarkup),
  gitlab: through(gitlab, neutralJson),
};
export type { Reporter, FileReport, ReportContext } from './types';
