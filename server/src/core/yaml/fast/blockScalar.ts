/**
 * Block scalars for the fast reader (`note: >-` and the like, as plan authors write long notes): a
 * header of `|` or `>` with `-` or nothing, then lines indented past the collection, the first one not
 * blank. Read as the library's lexer cuts them and its composer folds them; anything else (`+`, an
 * indentation digit, lines indented unevenly in a folded block, trailing lines with spaces) bails.
 */
import { Scalar } from 'yaml';
import { bail } from './leaves';
import { SPACE, CR, DASH, GT, isBreak } from './chars';

/**
 * The block scalar whose header is at `at`, in a collection at column `col`; `bodyStart` is past the
 * header's line. Its range ends past the last line that is not blank.
 */
export function blockScalar(text: string, at: number, bodyStart: number, col: number): Scalar {
  const folded = text.charCodeAt(at) === GT;
  const strip = text.charCodeAt(at + 1) === DASH;
  const lines: string[] = [];
  let indent = -1,
    pos = bodyStart,
    end = bodyStart;
  while (pos < text.length) {
    let i = pos;
    while (text.charCodeAt(i) === SPACE) i++;
    const nl = text.indexOf('\n', i);
    const next = nl < 0 ? text.length : nl + 1;
    if (i === text.length || isBreak(text.charCodeAt(i))) {
      if (indent < 0) bail(); // a blank first line
      if (i - pos > indent) bail(); // a blank line with more spaces than the block's indentation
      lines.push('');
    } else {
      if (indent < 0) {
        if (i - pos <= col) bail(); // no line in the block
        indent = i - pos;
      }
      if (i - pos < indent) {
        if (i - pos > col) bail(); // less indented than the block, more than its collection
        break;
      }
      if (folded && i - pos > indent) bail(); // a more-indented line in a folded block
      const lineEnd = nl < 0 ? text.length : text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      lines.push(text.slice(pos + indent, lineEnd));
      end = next;
    }
    pos = next;
  }
  if (indent < 0) bail();
  while (lines[lines.length - 1] === '') lines.pop(); // trailing blank lines are not the block's
  let value = folded ? fold(lines) : lines.join('\n');
  if (!strip) value += '\n';
  const node = new Scalar(value);
  node.range = [at, end, end];
  node.source = value;
  node.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
  return node;
}

/** Lines joined by a space, a blank line kept as a line break (the lines are at one indentation). */
function fold(lines: string[]): string {
  let value = '',
    sep = '';
  for (const line of lines)
    if (line === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + line;
      sep = ' ';
    }
  return value;
}
