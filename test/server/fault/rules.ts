/** A rule set in which one rule throws: proves one broken rule cannot take the server down. */
import { ALL_RULES, type Rule } from '../../../server/src/core/index';

export const faultyRules = (code: string): readonly Rule[] =>
  ALL_RULES.map(r => (r.meta.code === code ? { meta: r.meta, check() { throw new Error('injected fault'); } } : r));
