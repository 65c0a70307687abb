import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Reporter } from './types';

/** Output formats by name. */
export const REPORTERS: Record<string, Reporter> = { stylish, json, sarif, github, junit, gitlab };
export type { Reporter, FileReport, ReportContext } from './types';
