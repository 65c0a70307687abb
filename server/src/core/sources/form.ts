/**
 * What every source-document reader gives (the contract's *Source documents*): the document's text,
 * one paragraph a line for the forms read by a reader (Word, web page, PDF), a table row's cells
 * joined by tabs; the form, which says how paragraphs and table cells are told apart; and, for Word,
 * the paragraphs that are headings by style or outline level.
 */
import type { Msg } from '../diagnostics';

export type SourceForm = 'text' | 'markdown' | 'docx' | 'html' | 'pdf';

export interface DocumentText {
  text: string;
  form: SourceForm;
  /** Paragraph numbers (from 1) that the document marks as headings (Word styles, HTML h1–h6). */
  headings?: readonly number[];
  /** What the reader could not read, for the draft to name (`pages 12–14 are images`). */
  notes?: readonly Msg[];
}

/** The form a plain-text document takes by its name: Markdown by extension, else one paragraph a line. */
export const textFormOf = (name: string): SourceForm => (/\.(md|markdown)$/i.test(name) ? 'markdown' : 'text');
