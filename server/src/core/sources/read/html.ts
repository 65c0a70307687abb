/**
 * Web pages (`.html`, `.htm`) as the contract's *Source documents* reads them, with htmlparser2's
 * streaming tokenizer (no tree is built, no script runs, nothing is fetched): the text of each block
 * element, each line of a `pre`, a table row as tab-joined cells (`colspan` and `rowspan` expanded),
 * a layout table's blocks as paragraphs, and nothing a browser would not show.
 */
import { Parser } from 'htmlparser2';
import { decodeAny, isText } from '../../text/encoding';
import type { DocumentText } from '../form';
import { ReadFailure } from './failure';
import { Paragraphs } from './paragraphs';

const MAX_HTML_DEPTH = 256;
const BLOCKS = new Set(
  (
    'p div li h1 h2 h3 h4 h5 h6 section article blockquote center dd dt caption pre ul ol dl main header ' +
    'footer nav aside figure figcaption address hr table tbody thead tfoot tr td th form fieldset details summary'
  ).split(' '),
);
/** What may open inside a cell without making it a layout table (a cell's own paragraphs, the next cell). */
const TABLE_PARTS = new Set(['p', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot']);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
const HEADING = /^h[1-6]$/;
/** HTML's whitespace and U+00A0 read as one space; a paragraph keeps what is left. */
const SPACES = /[\t\n\f\r \u00a0]+/g;
const UTF8_LABELS = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'];
const GBK_LABELS = ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58'];
const GB_LABELS = [...GBK_LABELS, 'x-gbk', 'gb18030'];

/** The page's text: by its BOM, else its prescanned `<meta>` charset when that decodes, else *Text encodings*. */
function decodeHtml(bytes: Uint8Array): string {
  const label = prescanCharset(bytes);
  const encoding = UTF8_LABELS.includes(label ?? '') ? 'utf-8' : GB_LABELS.includes(label ?? '') ? 'gb18030' : '';
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (encoding && !hasBom) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // The page says one charset and is in another: *Text encodings* decides.
    }
  }
  const decoded = decodeAny(bytes);
  if (!decoded) throw new ReadFailure('notText');
  return decoded.text;
}

/** The HTML prescan, in short: the first `<meta>` in the first 1,024 bytes that names a charset. */
function prescanCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/<!--[\s\S]*?(-->|$)/g, '');
  for (const m of head.matchAll(/<meta[\s/]([^>]*)>?/gi)) {
    const attrs = m[1];
    const charset = /(?:^|[\s/])charset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(attrs);
    if (charset) return charset[1].toLowerCase();
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(attrs)) {
      const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const inner = content && /charset\s*=\s*["']?([^\s"';]+)/i.exec(content[1] ?? content[2] ?? content[3]);
      if (inner) return inner[1].toLowerCase();
    }
  }
  return undefined;
}

interface Sink {
  out: Paragraphs;
  cur: string;
  heading: boolean;
}
interface Table {
  flat: Sink;
  /** A data table's paragraphs: captions and rows. */
  data: Paragraphs;
  row?: { text: string; colspan: number; rowspan: number }[];
  cell?: { text: string; colspan: number; rowspan: number };
  /** Rows still covered by a `rowspan`, by column. */
  covered: number[];
  width: number;
  layout: boolean;
  caption?: string;
}
interface Open {
  name: string;
  skip: boolean;
  /** Past the nesting limit: read as if flat (no block, no table). */
  flat: boolean;
}

export function readHtml(bytes: Uint8Array, budget: number): DocumentText {
  const reader = new HtmlReader(budget);
  const parser = new Parser(reader, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(decodeHtml(bytes));
  const result = reader.finish();
  if (!isText(result.text)) throw new ReadFailure('notText');
  return result;
}

class HtmlReader {
  private readonly doc: Sink;
  private readonly tables: Table[] = [];
  private readonly stack: Open[] = [];
  private skipping = 0;
  private pre = 0;

  constructor(private readonly budget: number) {
    this.doc = { out: new Paragraphs(budget), cur: '', heading: false };
  }

  finish(): DocumentText {
    while (this.tables.length) this.closeTable();
    this.flush(this.doc);
    return this.doc.out.result('html');
  }

  private get table(): Table | undefined {
    return this.tables[this.tables.length - 1];
  }
  private get sink(): Sink {
    return this.table?.flat ?? this.doc;
  }

  private flush(sink: Sink): void {
    sink.out.add(sink.cur.trim(), sink.heading);
    sink.cur = '';
    sink.heading = false;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    const flat = this.stack.length >= MAX_HTML_DEPTH;
    const skip = HIDDEN.has(name) || 'hidden' in attribs || /(^|;)\s*display\s*:\s*none/i.test(attribs.style ?? '');
    this.stack.push({ name, skip, flat });
    if (skip) this.skipping++;
    if (this.skipping || flat) return;
    const table = this.table;
    if (name === 'br') {
      if (table?.cell) table.cell.text += ' ';
      else if (this.pre === 0) this.flush(this.sink);
      else this.sink.cur += ' ';
      return;
    }
    if (!BLOCKS.has(name)) return;
    this.flush(this.sink);
    if (table?.cell) {
      table.cell.text += ' ';
      if (!TABLE_PARTS.has(name)) table.layout = true;
    }
    if (HEADING.test(name)) this.sink.heading = true;
    if (name === 'pre') this.pre++;
    if (name === 'table') this.tables.push(newTable(this.budget));
    else if (table && (name === 'tr' || name === 'td' || name === 'th')) this.openTablePart(table, name, attribs);
    else if (table && name === 'caption' && !table.cell) table.caption = '';
  }

  private openTablePart(table: Table, name: string, attribs: Record<string, string>): void {
    if (name === 'tr') {
      this.endRow(table);
      table.row = [];
      return;
    }
    if (table.cell) this.endCell(table);
    if (!table.row) table.row = [];
    const span = (v: string | undefined, max: number) => Math.max(1, Math.min(max, Number.parseInt(v ?? '1', 10) || 1));
    const rowspan = attribs.rowspan === '0' ? 1000 : span(attribs.rowspan, 1000);
    table.cell = { text: '', colspan: span(attribs.colspan, 1000), rowspan };
  }

  onclosetag(name: string): void {
    let open = this.stack.pop();
    // htmlparser2 closes every element it opened, implied ones included; a mismatch is repaired here.
    while (open && open.name !== name && this.stack.some(o => o.name === name)) {
      this.close(open);
      open = this.stack.pop();
    }
    if (open) this.close(open);
  }

  private close(open: Open): void {
    if (open.skip) {
      this.skipping--;
      return;
    }
    if (this.skipping || open.flat || !BLOCKS.has(open.name)) return;
    const table = this.table;
    if (open.name === 'table' && table) {
      this.closeTable();
      return;
    }
    this.flush(this.sink);
    if (open.name === 'pre') this.pre = Math.max(0, this.pre - 1);
    if (!table) return;
    if (open.name === 'td' || open.name === 'th') this.endCell(table);
    else if (open.name === 'tr') this.endRow(table);
    else if (table.cell) table.cell.text += ' ';
    else if (open.name === 'caption' && table.caption !== undefined) {
      table.data.add(table.caption.trim());
      table.caption = undefined;
    }
  }

  ontext(data: string): void {
    if (this.skipping) return;
    const table = this.table;
    if (this.pre) {
      const lines = data.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (i > 0) this.flush(this.sink);
        this.sink.cur += line.replace(/\u00a0/g, ' ');
      });
      if (table?.cell) table.cell.text += data.replace(SPACES, ' ');
      return;
    }
    const text = data.replace(SPACES, ' ');
    this.sink.cur += text;
    if (table?.cell) table.cell.text += text;
    else if (table?.caption !== undefined) table.caption += text;
  }

  private endCell(table: Table): void {
    if (!table.cell) return;
    if (!table.row) table.row = [];
    table.row.push(table.cell);
    table.cell = undefined;
  }

  private endRow(table: Table): void {
    this.endCell(table);
    const row = table.row;
    table.row = undefined;
    if (!row) return;
    const cells: string[] = [];
    const { covered } = table;
    let col = 0;
    const skipCovered = () => {
      while (covered[col] > 0) {
        covered[col]--;
        cells.push('');
        col++;
      }
    };
    for (const cell of row) {
      skipCovered();
      cells.push(cell.text.replace(/\s+/g, ' ').trim(), ...new Array(cell.colspan - 1).fill(''));
      for (let k = 0; k < cell.colspan; k++) covered[col + k] = cell.rowspan - 1;
      col += cell.colspan;
    }
    for (; col < covered.length; col++) {
      if (covered[col] > 0) covered[col]--;
      cells.push('');
    }
    table.width = Math.max(
      table.width,
      row.reduce((n, c) => n + c.colspan, 0),
    );
    table.data.add(cells.join('\t'));
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    this.endRow(table);
    this.flush(table.flat);
    const data = !table.layout && table.width >= 2;
    const result = (data ? table.data : table.flat.out).result('html');
    const parent = this.table;
    const sink = this.sink;
    const headings = new Set(result.headings ?? []);
    if (!result.text) return;
    result.text.split('\n').forEach((line, i) => {
      sink.out.add(line, headings.has(i + 1));
    });
    if (parent?.cell) {
      parent.cell.text += ` ${result.text.replace(/[\t\n]/g, ' ')} `;
      parent.layout = true;
    }
  }
}

function newTable(budget: number): Table {
  return {
    flat: { out: new Paragraphs(budget), cur: '', heading: false },
    data: new Paragraphs(budget),
    covered: [],
    width: 0,
    layout: false,
  };
}
