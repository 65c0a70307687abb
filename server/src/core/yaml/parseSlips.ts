/**
 * The parser's errors in a drafter's words, in both languages: an indentation slip named as one (the
 * yaml library reports it as "Nested mappings are not allowed in compact mappings" on the line above,
 * or "All mapping items must start at the same column"), and every other parser error by its code, so
 * that a Chinese UI never shows the parser's English.
 */
import type { Msg } from '../diagnostics';
import type { LineIndex } from '../text/lineIndex';

/** How far around the parser's line a slip is looked for: the line itself and the next content line. */
const LOOK_AHEAD = 2;
/** Lines read from the top to learn the open indentation levels (a plan's structure is shallow). */
const MAX_SCAN = 20_000;

const content = (l: string) => /\S/.test(l) && !/^\s*#/.test(l);
const indentOf = (l: string) => /^ */.exec(l)![0].length;
/** A line that opens a block under it: `key:` with no value, or `- ` / `- key:` with nothing after. */
const opensBlock = (l: string) => /:\s*(#.*)?$/.test(l) || /^\s*-\s*(#.*)?$/.test(l) || /[|>][-+]?\s*$/.test(l);

/**
 * The line the parser's error at `line` comes from when it is a line indented unlike its neighbours:
 * deeper than the line above though that line has its value, or at a column no enclosing entry starts at.
 * Undefined when every line near it lines up (the error is something else).
 */
export function indentationSlip(lines: LineIndex, line: number): { line: number; message: Msg } | undefined {
  if (line > MAX_SCAN) return undefined;
  // The open levels: the columns where the entries enclosing each line start (a list item's dash and its content).
  let levels: number[] = [0];
  let prev: string | undefined;
  let prevLine = 0;
  let seen = 0;
  for (let i = 0; i < lines.lineCount && seen <= LOOK_AHEAD; i++) {
    const text = lines.lineText(i).slice(0, 2000);
    if (!content(text) || /^\t/.test(text)) continue;
    if (i >= line) seen++;
    const at = indentOf(text);
    // A block scalar's lines (`note: |`) are text: they only have to be deeper than its key.
    if (prev !== undefined && /[|>][-+]?\s*$/.test(prev) && at > indentOf(prev)) continue;
    const top = levels[levels.length - 1];
    const opened = prev !== undefined && opensBlock(prev) && at > indentOf(prev);
    const inFlow = prev !== undefined && /[[{,]\s*(#.*)?$/.test(prev);
    const deeper = !opened && !inFlow && prev !== undefined && at > top;
    if (!opened && !inFlow && (deeper || !levels.includes(at))) {
      if (i >= line) {
        const want = deeper
          ? top
          : nearest(
              levels.filter(l => l <= top),
              at,
            );
        return { line: i, message: slipMessage(i + 1, at, want, deeper ? prevLine + 1 : undefined) };
      }
      continue; // an earlier slip (reported at its own line): the lines after it are read without it
    }
    if (opened) levels.push(at);
    else levels = levels.filter(l => l <= at);
    if (!levels.includes(at)) levels.push(at);
    // `- key: value`: the item's mapping starts after the dash.
    const dash = /^( *- +)(?=[^\s#])/.exec(text);
    if (dash && /:(\s|$)/.test(text)) levels.push(dash[1].length);
    levels.sort((x, y) => x - y);
    prev = text;
    prevLine = i;
  }
  return undefined;
}

function nearest(levels: number[], at: number): number {
  return levels.reduce((best, l) => (Math.abs(l - at) < Math.abs(best - at) ? l : best), levels[0] ?? 0);
}

/** `above`: the line it is deeper than (which has its value), when that is the slip. */
function slipMessage(line: number, at: number, want: number, above?: number): Msg {
  const why = above
    ? {
        en: `deeper than line ${above} above it, which already has its value`,
        zh: `比上方第${above}行缩进更深，而第${above}行已经有值`,
      }
    : { en: 'at a column where no entry around it starts', zh: '与周围任何一级条目都没有对齐' };
  return {
    en:
      `Line ${line} is indented by ${at} spaces, ${why.en}: YAML reads the structure from the indentation. ` +
      `Line it up with the entries it belongs with (${want} spaces)${above ? `, or indent line ${above} as it` : ''}.`,
    zh:
      `第${line}行缩进了${at}个空格，${why.zh}；YAML 按缩进判断层级。请将它与同级条目对齐（缩进${want}个空格）` +
      `${above ? `，或将第${above}行改为与它相同的缩进` : ''}。`,
  };
}

/** The yaml library's error codes in Chinese (the English text keeps the parser's own words, as it always has). */
const ZH_BY_CODE: Record<string, string> = {
  BAD_INDENT: '同一级的条目必须从同一列开始',
  BLOCK_AS_IMPLICIT_KEY: '已有值的键所在行不能再开始嵌套的映射',
  MULTILINE_IMPLICIT_KEY: '键必须写在同一行内',
  MISSING_CHAR: '缺少闭合的引号或括号',
  BAD_DQ_ESCAPE: '双引号中的反斜杠表示转义，反斜杠本身应写作 \\\\',
  BAD_SCALAR_START: '值以 YAML 保留的字符开头，请加引号',
  UNEXPECTED_TOKEN: '此处有 YAML 不允许出现的内容',
  BLOCK_IN_FLOW: '[ ] 或 { } 中不能包含缩进写法的列表或映射',
  MULTIPLE_DOCS: '规划文件只能有一个 YAML 文档，请删除 `---`',
  KEY_OVER_1024_CHARS: '键超过1024个字符',
  BAD_ALIAS: '别名（*名称）没有对应的锚点',
};

/** A parser error no slip explains: in Chinese by its code; in English the parser's own first line. */
export function parserMessage(code: string, raw: string): Msg {
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const zh = ZH_BY_CODE[code];
  return {
    en: `YAML syntax error: ${first}.`,
    zh: zh ? `YAML 语法错误：${zh}。` : `YAML 语法错误：文件无法解析（${code}）。`,
  };
}
