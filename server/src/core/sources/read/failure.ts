/**
 * Why a reader could not read a document: a code, whose words live in the l10n catalogues
 * (`read.<code>`), so `source-missing` and the CLI can say it in either language.
 */
export type ReadFailureCode =
  | 'notText'
  | 'notZip'
  | 'word97'
  | 'encrypted'
  | 'tooManyEntries'
  | 'unpackedTooLarge'
  | 'noMainPart'
  | 'xmlDoctype'
  | 'xmlTooDeep'
  | 'xmlMalformed'
  | 'textTooLarge'
  | 'pdfInvalid'
  | 'pdfPassword'
  | 'pdfScan'
  | 'pdfTooManyPages'
  | 'pdfTooManyObjects'
  | 'pdfTimeout';

export class ReadFailure extends Error {
  constructor(readonly code: ReadFailureCode) {
    super(code);
  }
}
