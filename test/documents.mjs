// Source documents made by code for the tests, never by hand: Word files with the `docx` package, web
// pages as strings (GB2312 bytes through the inverse of TextDecoder's table), PDFs with pdfkit and a CJK
// font from Debian (scripts/ensure-cjk-font.sh installs it).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as docx from 'docx';
import PDFDocument from 'pdfkit';
import { repoRoot } from './helpers.mjs';

/**
 * A Word file. Blocks: a string (a body paragraph), `{ heading }`, `{ box: [..] }` (a one-column table),
 * or `{ table: rows }`, a row being cells: a string or `{ text, span, merge: 'restart' | 'continue' }`.
 */
export async function docxOf(blocks, { styles } = {}) {
  const children = blocks.map(b => {
    if (typeof b === 'string') return new docx.Paragraph({ children: [new docx.TextRun(b)] });
    if (b.heading) return new docx.Paragraph({ text: b.heading, heading: docx.HeadingLevel.HEADING_1 });
    if (b.runs) return new docx.Paragraph({ children: b.runs.map(r => new docx.TextRun(r)) });
    const rows = b.box ? b.box.map(p => [p]) : b.table;
    return new docx.Table({
      rows: rows.map(
        row =>
          new docx.TableRow({
            children: row.map(c => {
              const cell = typeof c === 'string' ? { text: c } : c;
              return new docx.TableCell({
                children: (Array.isArray(cell.text) ? cell.text : [cell.text ?? '']).map(t => new docx.Paragraph(t)),
                columnSpan: cell.span,
                verticalMerge: cell.merge,
              });
            }),
          }),
      ),
    });
  });
  return Buffer.from(await docx.Packer.toBuffer(new docx.Document({ styles, sections: [{ children }] })));
}

/** A web page: one `<p>` a paragraph, with the charset it declares. */
export function htmlOf(paragraphs, { charset = 'utf-8', title = '规划' } = {}) {
  const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>${esc(title)}</title>` +
    `<script>document.write('不是正文')</script><style>p { margin: 0 }</style></head>\n<body>\n` +
    paragraphs.map(p => `  <p>${esc(p)}</p>\n`).join('') +
    '</body></html>\n'
  );
}

let gbTable;
/** GB2312/GBK bytes of a text (two-byte codes only, which GB2312 text needs). */
export function gbk(s) {
  if (!gbTable) {
    gbTable = new Map();
    const d = new TextDecoder('gb18030', { fatal: true });
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        try {
          const c = d.decode(Uint8Array.from([a, b]));
          if (c.length === 1 && !gbTable.has(c)) gbTable.set(c, [a, b]);
        } catch {}
      }
  }
  const out = [];
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GBK bytes for U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

let fontPath;
/** The CJK font the PDFs are drawn with, installed from Debian when missing. */
export function cjkFont() {
  fontPath ??= execFileSync('bash', [join(repoRoot, 'scripts/ensure-cjk-font.sh')], { encoding: 'utf8' }).trim();
  return fontPath;
}

/**
 * A PDF of paragraphs, each indented by two characters and wrapped by pdfkit; a page number in the
 * footer of every page, and a running header when one is given. `{ table: rows }` draws cells two characters apart or more;
 * `{ image: true }` adds a page with no text (as a scan has); `{ pageBreak: true }` starts a new page.
 */
export function pdfOf(blocks, { header = '', size = 12, noText = false, userPassword, ownerPassword } = {}) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, bufferPages: true, userPassword, ownerPassword });
    const chunks = [];
    doc.on('data', c => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (!noText) doc.font(cjkFont(), 'WenQuanYiZenHei').fontSize(size);
    const width = doc.page.width - 144;
    for (const b of blocks) {
      if (typeof b === 'string') {
        doc.text(`\u3000\u3000${b}`, { width, lineGap: 4 });
      } else if (b.pageBreak) doc.addPage();
      else if (b.image) {
        doc.addPage();
        doc.rect(72, 72, 300, 400).fill('#888');
        doc.addPage();
      } else if (b.table) {
        for (const row of b.table) {
          const y = doc.y;
          row.forEach((cell, i) => {
            doc.text(cell, 72 + i * 110, y, { width: 100, lineBreak: false });
          });
          doc.x = 72;
          doc.y = y + size * 1.8;
        }
      }
    }
    if (!noText) {
      const range = doc.bufferedPageRange();
      for (let i = 0; i < range.count; i++) {
        doc.switchToPage(i);
        doc.page.margins.bottom = 0; // else the footer, below the margin, would start a page of its own
        if (header) doc.fontSize(9).text(header, 72, 40, { width, align: 'center', lineBreak: false });
        doc.text(`— ${i + 1} —`, 72, doc.page.height - 50, { width, align: 'center', lineBreak: false });
      }
    }
    doc.end();
  });
}
