/**
 * Parses YAML once, keeping every node's source range, and explains the syntax slips plan
 * authors make (an unquoted `value: >= 60`, a `: ` inside a title, a full-width colon).
 */
import { parseDocument, type Document, isMap, isSeq, isPair, isScalar, type Node as YamlNode } from 'yaml';
import type { Msg } from '../diagnostics';
import { LineIndex, type Span } from '../text/lineIndex';

export interface SyntaxProblem { span: Span; message: Msg }
export interface DuplicateKey { key: string; span: Span; firstSpan: Span }
export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineIndex;
  syntax: SyntaxProblem[];
  duplicateKeys: DuplicateKey[];
}

export function parseYaml(text: string, lines = new LineIndex(text)): ParsedYaml {
  // uniqueKeys off: a duplicate map key is the checker's `duplicate-id`, not a syntax error.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  const syntax: SyntaxProblem[] = [];
  const seenLines = new Set<number>();
  for (const err of doc.errors) {
    const start = Math.min(err.pos[0], text.length);
    const end = Math.max(start, Math.min(err.pos[1], text.length));
    const line = lines.positionAt(start).line;
    if (seenLines.has(line)) continue; // one explanation per line: the yaml library often reports a slip twice
    seenLines.add(line);
    syntax.push({ span: { start, end: end > start ? end : lineEndOffset(lines, line) }, message: explain(err.code, err.message, lines, line) });
  }
  return { doc, lines, syntax, duplicateKeys: syntax.length ? [] : findDuplicateKeys(doc) };
}

function lineEndOffset(lines: LineIndex, line: number): number {
  return lines.lineStart(line) + lines.lineText(line).length;
}

const GT_VALUE = /:\s+>\s*[=\d.０-９]/;
const FULLWIDTH_COLON_KEY = /^\s*(?:-\s+)?[^\s#'"{[][^:：#]*：/;
const COLON_IN_VALUE = /^\s*(?:-\s+)?[^\s#'"{[][^:#]*:\s+[^'"\s{[|>&*!#][^#]*?:(\s|$)/;

function explain(code: string, raw: string, lines: LineIndex, line: number): Msg {
  const text = lines.lineText(line);
  const prev = line > 0 ? lines.lineText(line - 1) : '';
  if (GT_VALUE.test(text)) {
    const m = /:\s+(>\s*=?\s*[^,}\]#]*)/.exec(text);
    const v = (m?.[1] ?? '>= 60').trim();
    return {
      en: `A value that starts with '>' must be quoted: write "${v}". Unquoted, '>' starts a folded block and the file does not parse.`,
      zh: `以“>”开头的值必须加引号，应写作 "${v}"。不加引号时“>”表示折叠块，文件无法解析。`,
    };
  }
  for (const t of [text, prev]) {
    if (FULLWIDTH_COLON_KEY.test(t) && !/:\s/.test(t.split('：')[0])) {
      const key = t.trim().replace(/^-\s+/, '').split('：')[0];
      return {
        en: `"${key}" is followed by a full-width colon '：'. YAML needs an ASCII colon and a space after a key: write "${key}: ...".`,
        zh: `“${key}”后面是全角冒号“：”。YAML 的键后面必须是半角冒号加空格，应写作 "${key}: ..."。`,
      };
    }
  }
  if (code === 'TAB_AS_INDENT' || /^\t/.test(text)) {
    return { en: 'Tabs are not allowed for indentation in YAML: indent with spaces.', zh: 'YAML 不允许用制表符缩进，请改用空格。' };
  }
  if (COLON_IN_VALUE.test(text)) {
    const key = text.trim().replace(/^-\s+/, '').split(':')[0];
    return {
      en: `The value of "${key}" contains ': ', which YAML reads as a nested key. Quote the whole value: ${key}: "...".`,
      zh: `“${key}”的值中含有“: ”，YAML 会把它当作嵌套的键。请给整个值加引号：${key}: "..."。`,
    };
  }
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { en: `YAML syntax error: ${first}.`, zh: `YAML 语法错误：${first}。` };
}

export function spanOf(node: { range?: [number, number, number] | null } | null | undefined): Span | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

/** Every map key that a map defines twice, anywhere in the document. */
function findDuplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, Span>();
      for (const pair of node.items) {
        const keySpan = spanOf(pair.key as YamlNode);
        if (isScalar(pair.key) && keySpan) {
          const key = String(pair.key.value);
          const first = seen.get(key);
          if (first) out.push({ key, span: keySpan, firstSpan: first }); else seen.set(key, keySpan);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.value);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
