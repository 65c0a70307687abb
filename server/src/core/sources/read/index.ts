/**
 * One entry for every source document that is not plain text: bytes in, the document's paragraphs
 * (`DocumentText`) or why it cannot be read out. Pure, so the CLI, the node server and the browser
 * worker number paragraphs alike. The form goes by the extension, in any case.
 */
import type { DocumentText } from '../form';
import { ReadFailure, type ReadFailureCode } from './failure';

export type { ReadFailureCode } from './failure';

/** The forms a reader reads, by extension. */
export const READ_FORM = /\.(docx|html?|pdf)$/i;
/** Office forms PlanLint does not read: `source-missing` names the form. */
export const UNREAD_FORM = /\.(doc|wps|xls|xlsx)$/i;

export type ReadResult = { ok: true; value: DocumentText } | { ok: false; code: ReadFailureCode };

/**
 * `budget`: the source-size limit, for the bytes a Word file unpacks to and the text any form gives. Each
 * reader is imported when a document of its form is first read: a check of plans citing text sources (the
 * CLI's every run and checking thread) never evaluates them, nor loads pdf.js (a file apart in the CLI).
 */
export async function readDocument(name: string, bytes: Uint8Array, budget: number): Promise<ReadResult> {
  const ext = READ_FORM.exec(name)?.[1].toLowerCase();
  try {
    if (ext === 'docx') return { ok: true, value: (await import('./docx')).readDocx(bytes, budget) };
    if (ext === 'pdf') return { ok: true, value: await (await import('./pdf')).readPdf(bytes, budget) };
    return { ok: true, value: (await import('./html')).readHtml(bytes, budget) };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, code: e.code };
    // A reader's own fault on hostile input is still only a document that cannot be read.
    if (e instanceof RangeError) return { ok: false, code: 'textTooLarge' };
    return { ok: false, code: ext === 'pdf' ? 'pdfInvalid' : ext === 'docx' ? 'xmlMalformed' : 'notText' };
  }
}
