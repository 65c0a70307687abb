/**
 * Text for a terminal or a CI log: file names and text from plans never reach it as control
 * sequences (ESC, BEL, OSC 52 clipboard writes, bidirectional overrides); they show as `\u001b`.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Every control character as `\uXXXX`; a tab as a space. */
export const printable = (s: string) => s.replace(CONTROL, c => (c === '\t' ? ' ' : hex(c)));

/** Control characters as `\uXXXX`, except line breaks (formats that have their own escape for them). */
export const printableKeepingLines = (s: string) =>
  s.replace(CONTROL, c => (c === '\n' || c === '\r' ? c : c === '\t' ? ' ' : hex(c)));
