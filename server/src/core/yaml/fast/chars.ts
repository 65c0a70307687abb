/** The character codes the fast reader looks at (it reads by `charCodeAt`, not by one-character strings). */
export const SPACE = 32,
  NL = 10,
  CR = 13,
  HASH = 35,
  DASH = 45,
  QUESTION = 63,
  COLON = 58,
  COMMA = 44,
  DQUOTE = 34,
  SQUOTE = 39,
  BACKSLASH = 92,
  GT = 62,
  PIPE = 124,
  LBRACKET = 91,
  RBRACKET = 93,
  LBRACE = 123,
  RBRACE = 125;

/** A line break starts here: LF, or the CR of a CRLF (a file with a CR elsewhere is the library's). */
export function isBreak(c: number): boolean {
  return c === NL || c === CR;
}

/** Whether the character at `i` ends a token: a space, a line break, or the end of the text. */
export function separates(t: string, i: number): boolean {
  return i >= t.length || t.charCodeAt(i) === SPACE || isBreak(t.charCodeAt(i));
}
