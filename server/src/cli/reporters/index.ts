import { json } from './json';
import { stylish } from './stylish';
import type { Reporter } from './types';

/** Output formats by name. */
export const REPORTERS: Record<string, Reporter> = { stylish, json };
export type { Reporter, FileReport, ReportContext } from './types';
