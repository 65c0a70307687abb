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

export type CompletionKind = 'reference' | 'unit' | 'value' | 'field' | 'snippet';
export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Shown beside the item; Markdown when `markdown` is set. */
  documentation?: string;
  markdown?: boolean;
  /** Text to insert; a snippet (with $1 tab stops) when `snippet` is set. */
  insertText: string;
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
}
