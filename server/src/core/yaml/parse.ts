/**
 * Parses YAML once, keeping every node's source range, and explains the syntax slips plan
 * authors make (an unquoted `value: >= 60`, a `: ` inside a title, a full-width colon).
 */
import {
  parseDocument,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node as YamlNode,
  type YAMLMap,
} from 'yaml';
import type { Msg } from '../diagnostics';
import { LineIndex, type Span } from '../text/lineIndex';
import { duplicatesIn, spanOf, type DuplicateKey } from './nodes';
import { parseIncremental, type ChunkCache } from './incremental';
import { flowDepthExceeded } from './flowDepth';
import { fastParse, PLAN_PARSE_OPTIONS } from './fast/blocks';
import { indentationSlip, parserMessage } from './parseSlips';

export interface SyntaxProblem {
  span: Span;
  message: Msg;
}
export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineIndex;
  syntax: SyntaxProblem[];
  /** A resource limit the file exceeds: like a syntax error, nothing else is checked. */
  limit?: SyntaxProblem;
  duplicateKeys: DuplicateKey[];
  /** The document as plain data, for schema validation (assembled from cached chunks when it can be). */
  js?: () => unknown;
  /** Parsed by chunks: each section entry's text by the offset of its line, one string while it is unchanged. */
  entries?: ReadonlyMap<number, string>;
}
export interface YamlLimits {
  maxNestingDepth: number;
  maxAliasExpansions: number;
}
const DEFAULT_YAML_LIMITS: YamlLimits = { maxNestingDepth: 64, maxAliasExpansions: 10_000 };

export function parseYaml(
  text: string,
  lines = new LineIndex(text),
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
  chunks?: { cache: ChunkCache },
): ParsedYaml {
  const deep = flowDepthExceeded(text, limits.maxNestingDepth);
  if (deep >= 0) {
    if (chunks) chunks.cache = new Map();
    const limit = { span: { start: deep, end: deep }, message: nestingMessage(limits.maxNestingDepth) };
    return { doc: parseDocument(''), lines, syntax: [], duplicateKeys: [], limit };
  }
  // The editor's path: re-parse only the chunks an edit touched (see incremental.ts).
  if (chunks) {
    const inc = parseIncremental(text, chunks.cache);
    if (inc && inc.depth <= limits.maxNestingDepth) {
      chunks.cache = inc.cache;
      return { doc: inc.doc, lines, syntax: [], duplicateKeys: inc.duplicateKeys, js: inc.js, entries: inc.entries };
    }
    chunks.cache = inc?.cache ?? new Map();
  }
  // The plan subset read fast (yaml/fast/), else the library; outside the catch, so a bug there is a crash.
  let doc = fastParse(text);
  try {
    doc ??= parseDocument(text, PLAN_PARSE_OPTIONS);
  } catch {
    // The yaml library's parser can overflow its stack on pathological nesting: a limit, not a crash.
    return {
      doc: parseDocument(''),
      lines,
      syntax: [],
      duplicateKeys: [],
      limit: { span: { start: 0, end: 0 }, message: nestingMessage(limits.maxNestingDepth) },
    };
  }
  const syntax: SyntaxProblem[] = [];
  const seenLines = new Set<number>(),
    slipLines = new Set<number>();
  // The yaml library stops where nesting overflows its stack: that is a limit, not a slip.
  const exhausted = doc.errors.find(e => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) {
    const start = Math.min(exhausted.pos[0], text.length);
    return {
      doc,
      lines,
      syntax,
      duplicateKeys: [],
      limit: { span: { start, end: start }, message: nestingMessage(limits.maxNestingDepth) },
    };
  }
  for (const err of doc.errors) {
    const start = Math.min(err.pos[0], text.length);
    const end = Math.max(start, Math.min(err.pos[1], text.length));
    const line = lines.positionAt(start).line;
    // After an indentation slip, the parser's further errors are its echoes: the slip is what to fix.
    if (slipLines.size) break;
    if (seenLines.has(line)) continue; // one explanation per line: the yaml library often reports a slip twice
    seenLines.add(line);
    // Looking for a slip reads the file from the top: for its first errors only, so that a file of errors stays linear.
    const why = explain(err.code, err.message, lines, line, seenLines.size <= SLIP_TRIES);
    if (why.slipAt === undefined) {
      syntax.push({ span: { start, end: end > start ? end : lineEndOffset(lines, line) }, message: why });
      continue;
    }
    slipLines.add(why.slipAt);
    const from = lines.lineStart(why.slipAt) + /^ */.exec(lines.lineText(why.slipAt))![0].length;
    syntax.push({ span: { start: from, end: lineEndOffset(lines, why.slipAt) }, message: { en: why.en, zh: why.zh } });
  }
  if (syntax.length) return { doc, lines, syntax, duplicateKeys: [] };
  const { limit, duplicateKeys } = checkLimits(doc, limits);
  return { doc, lines, syntax, limit, duplicateKeys: limit ? [] : duplicateKeys };
}

function nestingMessage(max: number): Msg {
  return {
    en:
      `mappings and lists nest more than ${max} levels deep here; a plan never needs that, and the file is not ` +
      `checked (limit: limits.max_nesting_depth)`,
    zh: `此处映射和列表嵌套超过 ${max} 层，规划文件不需要如此深的嵌套，不予检查（限制：limits.max_nesting_depth）`,
  };
}

/**
 * Nesting depth and alias expansion, checked before anything walks or expands the tree, and in the same
 * walk the keys a map defines twice (as `findDuplicateKeys` finds them: not in maps used as keys).
 */
function checkLimits(
  doc: Document.Parsed,
  limits: YamlLimits,
): { limit?: SyntaxProblem; duplicateKeys: DuplicateKey[] } {
  // Two stacks, not one of pairs: a plan has thousands of nodes. A depth is negative below a key.
  const nodes: unknown[] = [doc.contents];
  const depths: number[] = [1];
  const duplicateKeys: DuplicateKey[] = [];
  let firstAlias: YamlNode | undefined;
  while (nodes.length) {
    const node = nodes.pop();
    const signed = depths.pop()!;
    if (isScalar(node)) continue; // most nodes: nothing below them, and tested once instead of three times
    const depth = Math.abs(signed);
    if (isAlias(node)) {
      if (!firstAlias || (node.range?.[0] ?? 0) < (firstAlias.range?.[0] ?? 0)) firstAlias = node;
      continue;
    }
    const map = isMap(node);
    if (!map && !isSeq(node)) continue;
    if (depth > limits.maxNestingDepth) {
      const s = spanOf(node as YamlNode) ?? { start: 0, end: 0 };
      return {
        limit: { span: { start: s.start, end: s.start }, message: nestingMessage(limits.maxNestingDepth) },
        duplicateKeys,
      };
    }
    if (map && signed > 0) duplicatesIn(node as YAMLMap, duplicateKeys);
    const below = signed > 0 ? depth + 1 : -(depth + 1);
    for (const item of (node as { items: unknown[] }).items) {
      if (isPair(item)) {
        nodes.push(item.key, item.value);
        depths.push(-(depth + 1), below);
      } else {
        nodes.push(item);
        depths.push(below);
      }
    }
  }
  duplicateKeys.sort((a, b) => a.span.start - b.span.start);
  return { limit: aliasLimit(doc, firstAlias, limits), duplicateKeys };
}

/** Whether aliases expand past the limit ("billion laughs"), said at the first alias. */
function aliasLimit(
  doc: Document.Parsed,
  firstAlias: YamlNode | undefined,
  limits: YamlLimits,
): SyntaxProblem | undefined {
  if (firstAlias) {
    try {
      doc.toJS({ maxAliasCount: limits.maxAliasExpansions });
    } catch {
      const s = spanOf(firstAlias) ?? { start: 0, end: 0 };
      return {
        span: s,
        message: {
          en:
            `YAML aliases here expand to more than ${limits.maxAliasExpansions} nodes ("billion laughs"); the file ` +
            `is not checked (limit: limits.max_alias_expansions)`,
          zh: `此处 YAML 别名展开后超过 ${limits.maxAliasExpansions} 个节点（“十亿笑声”攻击），不予检查（限制：limits.max_alias_expansions）`,
        },
      };
    }
  }
  return undefined;
}

function lineEndOffset(lines: LineIndex, line: number): number {
  return lines.lineStart(line) + lines.lineText(line).length;
}

const SLIP_TRIES = 10;
const GT_VALUE = /:\s+>\s*[=\d.０-９]/;
/** `unit: %` or `{ unit: %, …`: the key and the unquoted value that starts with %. */
const PERCENT_VALUE = /(?:^|[\s{,])([^\s#'"{}[\],:]+):[ \t]+(%[^,}\]#]*)/;
const FULLWIDTH_COLON_KEY = /^\s*(?:-\s+)?[^\s#'"{[][^:：#]*：/;
const COLON_IN_VALUE = /^\s*(?:-\s+)?[^\s#'"{[][^:#]*:\s+[^'"\s{[|>&*!#][^#]*?:(\s|$)/;

/** The explanation of the parser's error at `line`; `slipAt` when it is an indentation slip, on that line. */
function explain(code: string, raw: string, lines: LineIndex, line: number, slips: boolean): Msg & { slipAt?: number } {
  // Only the start of a line is looked at: a pasted 1 MB line must not cost more than a short one.
  const text = lines.lineText(line).slice(0, 2000);
  const prev = line > 0 ? lines.lineText(line - 1).slice(0, 2000) : '';
  if (GT_VALUE.test(text)) {
    const m = /:\s+(>\s*=?\s*[^,}\]#]*)/.exec(text);
    const v = (m?.[1] ?? '>= 60').trim();
    return {
      en:
        `A value that starts with '>' must be quoted: write "${v}". Unquoted, '>' starts a folded block and the ` +
        `file does not parse.`,
      zh: `以“>”开头的值必须加引号，应写作 "${v}"。不加引号时“>”表示折叠块，文件无法解析。`,
    };
  }
  const pct = PERCENT_VALUE.exec(text);
  if (pct) {
    // `unit: %` is the most common slip: % starts a YAML directive, so the value needs quotes.
    const key = pct[1],
      v = pct[2].trim();
    return {
      en:
        `A value that starts with '%' must be quoted: write ${key}: "${v}". ` +
        "Unquoted, '%' starts a YAML directive and the file does not parse.",
      zh: `以“%”开头的值必须加引号，应写作 ${key}: "${v}"。不加引号时“%”表示 YAML 指令，文件无法解析。`,
    };
  }
  for (const t of [text, prev]) {
    if (FULLWIDTH_COLON_KEY.test(t) && !/:\s/.test(t.split('：')[0])) {
      const key = t.trim().replace(/^-\s+/, '').split('：')[0];
      return {
        en:
          `"${key}" is followed by a full-width colon '：'. YAML needs an ASCII colon and a space after a key: ` +
          `write "${key}: ...".`,
        zh: `“${key}”后面是全角冒号“：”。YAML 的键后面必须是半角冒号加空格，应写作 "${key}: ..."。`,
      };
    }
  }
  if (code === 'TAB_AS_INDENT' || /^\t/.test(text)) {
    return {
      en: 'Tabs are not allowed for indentation in YAML: indent with spaces.',
      zh: 'YAML 不允许用制表符缩进，请改用空格。',
    };
  }
  // Before the quoting advice: a line indented unlike its neighbours is an indentation slip, not a value to quote.
  const slip = slips ? indentationSlip(lines, line) : undefined;
  if (slip) return { ...slip.message, slipAt: slip.line };
  if (COLON_IN_VALUE.test(text)) {
    const key = text.trim().replace(/^-\s+/, '').split(':')[0];
    return {
      en:
        `The value of "${key}" contains ': ', which YAML reads as a nested key. Quote the whole value: ${key}: ` +
        `"...".`,
      zh: `“${key}”的值中含有“: ”，YAML 会把它当作嵌套的键。请给整个值加引号：${key}: "..."。`,
    };
  }
  return parserMessage(code, raw);
}
