/**
 * Word (`.docx`) as the contract's *Source documents* reads it: body paragraphs with text in document
 * order (content controls, smart tags and custom XML included; a text box's paragraphs after the one
 * that anchors it), tracked changes accepted, hidden text, field instructions and the table of
 * contents left out, and a table row of two or more grid columns as one paragraph of tab-joined cells.
 */
import type { SaxesParser, SaxesTagNS } from 'saxes';
import type { DocumentText } from '../form';
import { ReadFailure } from './failure';
import { Paragraphs } from './paragraphs';
import { attr, parseXml, partText } from './xml';
import { ZipParts } from './zip';

const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Namespaces of `mc:Choice Requires` whose content this reader understands (it reads only w: text in them). */
const UNDERSTOOD = /^http:\/\/schemas\.microsoft\.com\/office\/(word|drawing)\/20\d\d\/(wordml|wordprocessing)/;
const OFFICE_DOCUMENT = /\/relationships\/officeDocument$/;
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Control characters other than tab are dropped from extracted text. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

const off = (v: string | undefined) => v === '0' || v === 'false' || v === 'off';

export function readDocx(bytes: Uint8Array, budget: number): DocumentText {
  if (OLE.every((b, i) => bytes[i] === b)) throw new ReadFailure('word97');
  const zip = new ZipParts(bytes, budget);
  const types = zip.read('[Content_Types].xml');
  const rels = zip.read('_rels/.rels');
  if (!types || !rels) throw new ReadFailure('noMainPart');
  let main: string | undefined;
  parseXml(partText(rels), {
    open(tag) {
      if (tag.local !== 'Relationship' || main) return;
      if (OFFICE_DOCUMENT.test(attr(tag, 'Type') ?? '') && attr(tag, 'TargetMode') !== 'External')
        main = (attr(tag, 'Target') ?? '').replace(/^\//, '');
    },
    close() {},
  });
  const overrides = new Map<string, string>();
  parseXml(partText(types), {
    open(tag) {
      const name = attr(tag, 'PartName');
      if (tag.local === 'Override' && name)
        overrides.set(name.replace(/^\//, '').toLowerCase(), attr(tag, 'ContentType') ?? '');
    },
    close() {},
  });
  const mainType = main && overrides.get(main.toLowerCase());
  if (!main || (mainType !== undefined && !mainType.includes('wordprocessingml'))) throw new ReadFailure('noMainPart');
  const document = zip.read(main);
  if (!document) throw new ReadFailure('noMainPart');
  const stylesName = [...overrides].find(([, type]) => type === STYLES_TYPE)?.[0];
  const styles = stylesName ? zip.read(stylesName) : undefined;
  const headingStyles = styles ? readHeadingStyles(partText(styles)) : new Set<string>();
  return new BodyReader(headingStyles, budget).read(partText(document));
}

/** Paragraph styles that are headings: named `heading N`, with an outline level, or based on one. */
function readHeadingStyles(xml: string): Set<string> {
  const styles = new Map<string, { heading: boolean; basedOn?: string }>();
  let current: { heading: boolean; basedOn?: string } | undefined;
  parseXml(xml, {
    open(tag) {
      if (!W.has(tag.uri)) return;
      if (tag.local === 'style') {
        current = { heading: false };
        styles.set(attr(tag, 'styleId') ?? '', current);
      } else if (current && tag.local === 'name') {
        if (/^(heading\s*[1-9]|标题\s*[1-9])$/i.test(attr(tag, 'val') ?? '')) current.heading = true;
      } else if (current && tag.local === 'basedOn') current.basedOn = attr(tag, 'val');
      else if (current && tag.local === 'outlineLvl' && Number(attr(tag, 'val')) < 9) current.heading = true;
    },
    close(tag) {
      if (tag.local === 'style') current = undefined;
    },
  });
  const out = new Set<string>();
  for (const [id, s] of styles) {
    let at: typeof s | undefined = s;
    for (let hops = 0; at && hops < 16; hops++, at = at.basedOn ? styles.get(at.basedOn) : undefined) {
      if (at.heading) {
        out.add(id);
        break;
      }
    }
  }
  return out;
}

interface Para {
  text: string;
  heading: boolean;
  markDeleted: boolean;
  /** Paragraphs of text boxes anchored in this one, in order. */
  boxes: { text: string; heading: boolean }[];
}
interface Cell {
  paras: { text: string; heading: boolean }[];
  span: number;
  continues: boolean;
}
interface Table {
  gridCols: number;
  rows: { before: number; after: number; cells: Cell[] }[];
}
interface Field {
  instr: string;
  result: boolean;
  hidden: boolean;
}

class BodyReader {
  private readonly out: Paragraphs;
  private readonly paras: Para[] = [];
  private readonly tables: Table[] = [];
  private cell: Cell | undefined;
  /** Tables opened inside a cell or a text box: their text is the cell's or the box's. */
  private nestedTables = 0;
  private readonly fields: Field[] = [];
  /** Elements whose content is left out (deleted, hidden, instructions, an unchosen alternative). */
  private skipping = 0;
  private readonly skipStack: boolean[] = [];
  private readonly alternates: boolean[] = [];
  private runHidden = false;
  private inBody = false;
  private readonly path: string[] = [];
  /** The text of paragraphs whose mark was deleted: it joins the next paragraph. */
  private carry = '';

  constructor(
    private readonly headingStyles: Set<string>,
    budget: number,
  ) {
    this.out = new Paragraphs(budget);
  }

  read(xml: string): DocumentText {
    parseXml(xml, {
      open: (tag, parser) => this.open(tag, parser),
      close: () => this.close(),
      text: t => this.text(t),
    });
    if (this.carry) this.emit({ text: this.carry, heading: false });
    return this.out.result('docx');
  }

  private open(tag: SaxesTagNS, parser: SaxesParser<{ xmlns: true }>): void {
    const parent = this.path[this.path.length - 1] ?? '';
    const name = W.has(tag.uri) ? tag.local : tag.uri === MC ? `mc:${tag.local}` : `?${tag.local}`;
    this.path.push(name);
    const skip = this.skips(name, tag, parent, parser);
    this.skipStack.push(skip);
    if (skip) this.skipping++;
    if (this.skipping || !this.inBody) {
      if (name === 'body' && !this.skipping) this.inBody = true;
      return;
    }
    const para = this.paras[this.paras.length - 1];
    switch (name) {
      case 'p':
        this.paras.push({ text: '', heading: false, markDeleted: false, boxes: [] });
        break;
      case 'pStyle':
        if (para && parent === 'pPr' && this.headingStyles.has(attr(tag, 'val') ?? '')) para.heading = true;
        break;
      case 'outlineLvl':
        if (para && parent === 'pPr' && Number(attr(tag, 'val')) < 9) para.heading = true;
        break;
      case 'del':
        if (para && parent === 'rPr' && this.path[this.path.length - 3] === 'pPr') para.markDeleted = true;
        break;
      case 'r':
        this.runHidden = false;
        break;
      case 'vanish':
        if (parent === 'rPr' && this.path[this.path.length - 3] === 'r' && !off(attr(tag, 'val')))
          this.runHidden = true;
        break;
      case 'tab':
        if (parent === 'r') this.append('\t');
        break;
      case 'br':
      case 'cr':
        if (parent === 'r') this.append(' ');
        break;
      case 'noBreakHyphen':
        if (parent === 'r') this.append('-');
        break;
      case 'fldChar': {
        const type = attr(tag, 'fldCharType');
        if (type === 'begin') this.fields.push({ instr: '', result: false, hidden: false });
        else if (type === 'separate' && this.fields.length) {
          const f = this.fields[this.fields.length - 1];
          f.result = true;
          f.hidden = /^\s*TOC\b/i.test(f.instr);
        } else if (type === 'end') this.fields.pop();
        break;
      }
      case 'fldSimple':
        this.fields.push({ instr: '', result: true, hidden: /^\s*TOC\b/i.test(attr(tag, 'instr') ?? '') });
        break;
      case 'tbl':
        if (this.cell || this.paras.length || this.nestedTables) this.nestedTables++;
        else this.tables.push({ gridCols: 0, rows: [] });
        break;
      default:
        if (this.nestedTables) break;
        this.openTablePart(name, tag, parent);
    }
  }

  /** Whether an element's content is left out. */
  private skips(name: string, tag: SaxesTagNS, parent: string, parser: SaxesParser<{ xmlns: true }>): boolean {
    switch (name) {
      case 'del':
        return parent !== 'rPr';
      case 'moveFrom':
      case 'instrText':
      case 'delText':
      case 'delInstrText':
        return true;
      case 'mc:AlternateContent':
        this.alternates.push(false);
        return false;
      case 'mc:Choice': {
        const chosen = this.alternates[this.alternates.length - 1];
        const requires = (attr(tag, 'Requires') ?? '').split(/\s+/).filter(Boolean);
        const understood = requires.every(p => UNDERSTOOD.test(parser.resolve(p) ?? ''));
        if (chosen || !understood) return true;
        this.alternates[this.alternates.length - 1] = true;
        return false;
      }
      case 'mc:Fallback':
        return this.alternates[this.alternates.length - 1] === true;
      default:
        return false;
    }
  }

  private openTablePart(name: string, tag: SaxesTagNS, parent: string): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    const row = table.rows[table.rows.length - 1];
    if (name === 'gridCol' && parent === 'tblGrid') table.gridCols++;
    else if (name === 'tr') table.rows.push({ before: 0, after: 0, cells: [] });
    else if (name === 'gridBefore' && row) row.before = Math.min(64, Number(attr(tag, 'val')) || 0);
    else if (name === 'gridAfter' && row) row.after = Math.min(64, Number(attr(tag, 'val')) || 0);
    else if (name === 'tc' && row) {
      this.cell = { paras: [], span: 1, continues: false };
      row.cells.push(this.cell);
    } else if (name === 'gridSpan' && this.cell && parent === 'tcPr')
      this.cell.span = Math.max(1, Math.min(64, Number(attr(tag, 'val')) || 1));
    else if (name === 'vMerge' && this.cell && parent === 'tcPr') {
      const v = attr(tag, 'val');
      this.cell.continues = v === undefined || v === 'continue';
    }
  }

  private close(): void {
    const name = this.path.pop() ?? '';
    const skip = this.skipStack.pop();
    if (name === 'mc:AlternateContent') this.alternates.pop();
    if (skip) this.skipping--;
    if (this.skipping || !this.inBody) return;
    if (name === 'body') this.inBody = false;
    else if (name === 'p') this.closeParagraph();
    else if (name === 'fldSimple') this.fields.pop();
    else if (name === 'r') this.runHidden = false;
    else if (name === 'tbl') {
      if (this.nestedTables) this.nestedTables--;
      else this.closeTable();
    } else if (name === 'tc' && !this.nestedTables) this.cell = undefined;
  }

  private text(t: string): void {
    const top = this.path[this.path.length - 1];
    // A field's instruction is never text, but says which field it is (a TOC's result is left out).
    if (top === 'instrText' && this.skipping === 1 && this.fields.length)
      this.fields[this.fields.length - 1].instr += t;
    if (this.skipping || !this.inBody || this.runHidden) return;
    if (top !== 't') return;
    if (this.fields.some(f => !f.result || f.hidden)) return;
    this.append(t.replace(CONTROL, ''));
  }

  private append(s: string): void {
    const para = this.paras[this.paras.length - 1];
    if (para && !this.runHidden && !this.fields.some(f => !f.result || f.hidden)) para.text += s;
  }

  private closeParagraph(): void {
    const para = this.paras.pop();
    if (!para) return;
    const text = this.carry + para.text;
    this.carry = '';
    const outer = this.paras[this.paras.length - 1];
    if (outer) {
      // A text box's paragraph: it follows the paragraph that anchors the box.
      outer.boxes.push({ text, heading: para.heading }, ...para.boxes);
      return;
    }
    if (para.markDeleted) {
      this.carry = text;
      return;
    }
    this.emit({ text, heading: para.heading });
    for (const b of para.boxes) this.emit(b);
  }

  private emit(p: { text: string; heading: boolean }): void {
    if (this.cell) this.cell.paras.push(p);
    else this.out.add(p.text, p.heading);
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const width = (r: Table['rows'][number]) => r.before + r.after + r.cells.reduce((n, c) => n + c.span, 0);
    const columns = Math.max(table.gridCols, ...table.rows.map(width));
    if (columns < 2) {
      // A one-column table (a 专栏 box, a frame) is not a table: its paragraphs are body paragraphs.
      for (const r of table.rows) for (const c of r.cells) for (const p of c.paras) this.emit(p);
      return;
    }
    for (const r of table.rows) {
      const cells: string[] = new Array(r.before).fill('');
      for (const c of r.cells) {
        const text = c.continues ? '' : c.paras.map(p => p.text.replace(/\t/g, ' ')).join(' ');
        cells.push(text, ...new Array(c.span - 1).fill(''));
      }
      cells.push(...new Array(r.after).fill(''));
      this.emit({ text: cells.join('\t'), heading: false });
    }
  }
}
