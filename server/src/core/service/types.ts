/** What the language features answer with: protocol-neutral, positions 0-based. */
import type { Range } from '../text/lineIndex';

export interface Location {
  uri: string;
  range: Range;
}
export interface Hover {
  markdown: string;
  range: Range;
}
