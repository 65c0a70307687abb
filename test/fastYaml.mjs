// The fast YAML reader (server/src/core/yaml/fast/) against the `yaml` library's parseDocument: for a
// text it reads, the same nodes (kind, range, value, scalar type and source, format, flow) and no errors.
import { bundledWithYaml } from './helpers.mjs';

const {
  fastParse,
  parseDocument,
  PLAN_PARSE_OPTIONS: OPTIONS,
} = bundledWithYaml('yaml/fast/blocks.ts', ['fastParse', 'PLAN_PARSE_OPTIONS'], ['parseDocument']);
const SCALAR_FIELDS = ['value', 'type', 'source', 'format', 'minFractionDigits', 'tag', 'anchor'];

/** The first difference between two trees of nodes, as a path and the two values; undefined if none. */
function differ(a, b, path) {
  if (a === b) return;
  if (!a || !b || a.constructor !== b.constructor) return `${path}: ${a?.constructor?.name} ≠ ${b?.constructor?.name}`;
  if (String(a.range) !== String(b.range)) return `${path}.range: [${a.range}] ≠ [${b.range}]`;
  if (a.items === undefined) {
    for (const f of SCALAR_FIELDS)
      if (!Object.is(a[f], b[f])) return `${path}.${f}: ${JSON.stringify(a[f])} ≠ ${JSON.stringify(b[f])}`;
    return;
  }
  if (a.flow !== b.flow || a.tag !== b.tag || a.anchor !== b.anchor) return `${path}: flow, tag or anchor differ`;
  if (a.items.length !== b.items.length) return `${path}: ${a.items.length} ≠ ${b.items.length} items`;
  for (let i = 0; i < a.items.length; i++) {
    const x = a.items[i],
      y = b.items[i];
    if (x?.constructor !== y?.constructor) return `${path}[${i}]: ${x?.constructor?.name} ≠ ${y?.constructor?.name}`;
    const d =
      x && 'key' in x && !('range' in x)
        ? (differ(x.key, y.key, `${path}[${i}].key`) ?? differ(x.value, y.value, `${path}[${i}].value`))
        : differ(x, y, `${path}[${i}]`);
    if (d) return d;
  }
}

/**
 * How the fast reader did on a text: 'library' where it left the text to the library, 'same' where it
 * gave the library's document, or the first difference.
 */
export function compareFast(text) {
  const fast = fastParse(text);
  if (fast === undefined) return 'library';
  const lib = parseDocument(text, OPTIONS);
  if (lib.errors.length || lib.warnings.length)
    return `the library reports ${[...lib.errors, ...lib.warnings].map(e => e.code)}`;
  if (String(fast.range) !== String(lib.range)) return `document range: [${fast.range}] ≠ [${lib.range}]`;
  if (fast.errors.length || fast.warnings.length) return 'errors in the fast document';
  return differ(fast.contents, lib.contents, 'contents') ?? 'same';
}

// Random plan-shaped YAML for the fuzz suite: block mappings and sequences, flow collections, scalars of
// every kind the core schema resolves, and comments and blank lines at random indents.
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'id',
  'name',
  'value',
  '目标',
  'year',
  'a-b',
  'x_1',
  '2025',
  'true',
  'null',
  '"quoted key"',
  "'单引号'",
  'k.v',
];
const SCALARS = [
  '1',
  '-3',
  '+7',
  '0',
  '007',
  '0o17',
  '0x1F',
  '4323.9',
  '4323.90',
  '1e3',
  '.5',
  '.inf',
  '-.Inf',
  '.nan',
  'true',
  'False',
  'null',
  '~',
  'NULL',
  '2021-01-01',
  '6.4%',
  'main#p1',
  'a#b',
  '全省主营业务收入',
  '某省 科技厅',
  'year from ¶40 (“十三五”时期)',
  '"5896.4"',
  '"a\\"b"',
  '"tab\\there"',
  '"\\u4e2d"',
  '"\\x41"',
  "'it''s'",
  "''",
  '""',
  '-x',
  ':y',
  '?z',
  'a:b',
  'http://x.cn/a?b=1',
  'a: b',
  '- a',
  '[1]',
  'x,y',
  '%d',
  '@x',
  '&a',
  '*a',
  '!t',
  '|',
  '>-',
  'a #c',
];
const FLOW_SCALARS = SCALARS.filter(s => !/[,[\]{}]/.test(s));

function flow(r, depth) {
  const n = Math.floor(r() * 4);
  const sp = () =>
    r() < 0.7
      ? ' '
      : r() < 0.5
        ? ''
        : r() < 0.5
          ? '  '
          : `${r() < 0.2 ? ' # 注' : ''}\n${' '.repeat(Math.floor(r() * 9))}`;
  const brk = () =>
    r() < 0.1 ? `${r() < 0.5 ? ' ' : ''}\n${'\n'.repeat(r() < 0.2 ? 1 : 0)}${' '.repeat(Math.floor(r() * 9))}` : '';
  const item = () =>
    depth < 2 && r() < 0.2 ? flow(r, depth + 1) : FLOW_SCALARS[Math.floor(r() * FLOW_SCALARS.length)];
  if (r() < 0.5) return `[${sp()}${Array.from({ length: n }, item).join(`${brk()},${sp()}`)}${sp()}]`;
  const key = () => KEYS[Math.floor(r() * KEYS.length)];
  return `{${sp()}${Array.from({ length: n }, () => `${key()}:${r() < 0.9 ? ' ' : ''}${item()}`).join(`${brk()},${sp()}`)}${sp()}}`;
}
function leaf(r) {
  const v = r() < 0.25 ? flow(r, 0) : SCALARS[Math.floor(r() * SCALARS.length)];
  return v + (r() < 0.1 ? '  ' : '') + (r() < 0.15 ? ` # ${r() < 0.5 ? 'note' : '注'}` : '');
}
/** Lines of a block collection at `indent`, in a plan's shape. */
function block(r, indent, depth, lines) {
  const pad = ' '.repeat(indent);
  const seq = depth > 0 && r() < 0.3;
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(r() * KEYS.length)];
    const lead = seq ? `${pad}- ` : pad;
    const nested = depth < 3 && r() < 0.3;
    if (seq && r() < 0.4) {
      // a mapping in the item: `- k: v` then its other keys under k
      lines.push(`${lead}${key}: ${leaf(r)}`);
      if (r() < 0.5) lines.push(`${pad}  ${KEYS[Math.floor(r() * KEYS.length)]}: ${leaf(r)}`);
    } else if (r() < 0.12) blockScalar(r, lead + (seq ? '' : `${key}: `), indent + (seq ? 2 : 0), lines);
    else if (seq) lines.push(`${lead}${leaf(r)}`);
    else if (nested) {
      lines.push(`${lead}${key}:${r() < 0.2 ? ' # 说明' : ''}`);
      block(r, indent + (r() < 0.8 ? 2 : 4), depth + 1, lines);
    } else lines.push(`${lead}${key}: ${leaf(r)}`);
  }
}
const BODY = ['第一行', 'a: b', '# not a comment', '- item', '  more indented', '"q"', 'x  y', ''];
/** A block scalar (`|`, `>-`…) whose lines are indented past `indent`, some blank or more indented. */
function blockScalar(r, head, indent, lines) {
  const hdr = ['|', '|-', '>', '>-', '|+', '>2'][Math.floor(r() * 6)];
  lines.push(`${head}${hdr}${r() < 0.1 ? ' # 注' : ''}`);
  const pad = ' '.repeat(indent + (r() < 0.8 ? 2 : 4));
  for (let n = 1 + Math.floor(r() * 4); n > 0; n--) {
    const l = BODY[Math.floor(r() * BODY.length)];
    lines.push(l === '' && r() < 0.7 ? '' : pad + l);
  }
}
/** Blank lines, comment lines at random indents and stray spaces between the lines. */
function sprinkle(r, lines) {
  const out = [];
  for (const l of lines) {
    while (r() < 0.15)
      out.push(
        r() < 0.4 ? (r() < 0.8 ? '' : '   ') : `${' '.repeat(Math.floor(r() * 7))}# ${r() < 0.5 ? 'c' : '注释'}`,
      );
    out.push(l);
  }
  while (r() < 0.2) out.push(r() < 0.5 ? '' : `${' '.repeat(Math.floor(r() * 5))}# end`);
  return out.join('\n') + (r() < 0.85 ? '\n' : '');
}
export function randomPlanYaml(seed) {
  const r = rng(seed);
  const lines = [];
  block(r, r() < 0.15 ? 2 : 0, 0, lines); // an indented root too, as the editor cuts a plan into entries
  const text = sprinkle(r, lines);
  return r() < 0.2 ? text.replaceAll('\n', '\r\n') : text; // a file saved on Windows
}
