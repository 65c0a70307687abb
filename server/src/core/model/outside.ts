/**
 * What a plan file holds outside its items, as content keys: a cache keyed by them is kept while a
 * file's items move or change elsewhere.
 */
import { hashRange } from '../text/hash';
import type { PlanFile } from './types';

/**
 * A file's uri and kind, plan meta, includes, sources and organizations, as parsed and without their
 * positions, as one hash: a line added above them moves them and changes nothing they say.
 */
export function outsideHash(file: PlanFile): number {
  const { uri, isRegistry, meta, includes, sources, organizations } = file;
  const parts = [uri, isRegistry, meta, includes, [...sources.values()], [...organizations.values()]];
  return hashRange(JSON.stringify(parts, (key, value) => (key === 'span' || key === 'keySpan' ? undefined : value)));
}

/** YAML anchors let one item's text change another's values: keys by item do not hold in such a file. */
export const hasYamlAnchors = (text: string): boolean => /(?:^|[\s,[{])&[^\s,[\]{}]/m.test(text);
