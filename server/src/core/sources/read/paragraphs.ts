/**
 * The paragraphs a reader finds, in order, written one a line (the `DocumentText` every reader gives):
 * blank ones are skipped, so the headings' numbers are the `¶N` numbers a `SourceDocument` gives the text.
 */
import type { Msg } from '../../diagnostics';
import type { DocumentText, SourceForm } from '../form';
import { ReadFailure } from './failure';

/** Line breaks of any kind inside a paragraph would split it: they read as spaces. */
const BREAKS = /[\r\n\u0085\u2028\u2029]/g;
/** What SourceDocument counts as blank (a line of only whitespace, U+3000 and U+00A0 included). */
const BLANK = /^[\s\u0085\u200b\ufeff]*$/;

export class Paragraphs {
  private readonly lines: string[] = [];
  private readonly headings: number[] = [];
  private readonly notes: Msg[] = [];
  private size = 0;

  /** `budget`: the most UTF-16 units of text the document may give (the source-size limit). */
  constructor(private readonly budget: number) {}

  get count(): number {
    return this.lines.length;
  }

  add(text: string, heading = false): void {
    if (BLANK.test(text)) return;
    const line = text.replace(BREAKS, ' ');
    this.size += line.length + 1;
    if (this.size > this.budget) throw new ReadFailure('textTooLarge');
    this.lines.push(line);
    if (heading) this.headings.push(this.lines.length);
  }

  note(text: Msg): void {
    this.notes.push(text);
  }

  result(form: SourceForm): DocumentText {
    const out: DocumentText = { text: this.lines.join('\n'), form };
    if (this.headings.length) out.headings = this.headings;
    if (this.notes.length) out.notes = this.notes;
    return out;
  }
}
