/**
 * PDF as the contract's *Source documents* reads it, with pdf.js (its worker's code run in this thread,
 * `isEvalSupported: false`, no fonts loaded into the page, no URL fetched): glyph runs placed by
 * position into lines, cells split at wide gaps, running headers, footers and page numbers dropped, and
 * lines joined into paragraphs by their layout. Pages without text are named in the notes.
 */
import type { DocumentText } from '../form';
import { ReadFailure } from './failure';
import { layoutParagraphs, type Line, type Run } from './pdfLayout';

const MAX_PDF_PAGES = 5_000;
const MAX_PDF_OBJECTS = 1_000_000;
/** How long one PDF may take to read, in milliseconds. */
const PDF_TIME_LIMIT = 60_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded once, when the first PDF is read; its worker's handler runs in this thread. Where the
 * runtime has no DOMMatrix (Node without a canvas package), a stand-in lets pdf.js build a constant it
 * uses only to render pages, which this reader never does; it is removed once pdf.js is loaded.
 */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    const stand = g.DOMMatrix === undefined;
    if (stand) g.DOMMatrix = class {};
    // pdf.js warns on the console while it loads in Node (no canvas package): not our output.
    const warn = console.warn;
    console.warn = () => {};
    try {
      g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
      if (stand) delete g.DOMMatrix;
    }
  })();
  return loaded;
}

/** Objects the file declares (`12 0 obj`), counted before pdf.js parses it. */
function countObjects(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x6f); i >= 0; i = bytes.indexOf(0x6f, i + 1)) {
    // "obj" preceded by whitespace and a digit: 'o' 'b' 'j'.
    if (
      bytes[i + 1] === 0x62 &&
      bytes[i + 2] === 0x6a &&
      bytes[i - 1] <= 0x20 &&
      bytes[i - 2] >= 0x30 &&
      bytes[i - 2] <= 0x39
    )
      n++;
  }
  return n;
}

export async function readPdf(bytes: Uint8Array, budget: number): Promise<DocumentText> {
  if (countObjects(bytes) > MAX_PDF_OBJECTS) throw new ReadFailure('pdfTooManyObjects');
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // a copy, a plain Uint8Array: pdf.js takes the buffer over
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    maxImageSize: 0,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadFailure('pdfTimeout')), PDF_TIME_LIMIT);
  });
  try {
    return await Promise.race([extract(task.promise, budget), timeout]);
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    if ((e as { name?: string })?.name === 'PasswordException') throw new ReadFailure('pdfPassword');
    throw new ReadFailure('pdfInvalid');
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => {});
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function extract(opening: Promise<PdfDocument>, budget: number): Promise<DocumentText> {
  const doc = await opening;
  if (doc.numPages > MAX_PDF_PAGES) throw new ReadFailure('pdfTooManyPages');
  const pages: { lines: Line[]; height: number }[] = [];
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ includeMarkedContent: false });
    const [va, vb, vc, vd, ve, vf] = viewport.transform;
    const runs: Run[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      chars += item.str.length;
      if (chars > budget) throw new ReadFailure('textTooLarge');
      const [a, b, c, d, e, f] = item.transform;
      // The run's baseline origin and size on the page as shown (rotation applied, y down).
      const x = va * e + vc * f + ve,
        y = vb * e + vd * f + vf;
      const size = Math.hypot(va * c + vc * d, vb * c + vd * d) || Math.hypot(a, b) || 1;
      runs.push({ x, y, width: Math.abs(item.width), size, text: item.str });
    }
    pages.push({ lines: groupLines(runs), height: viewport.height });
    page.cleanup();
  }
  return layoutParagraphs(pages, budget);
}

/** Runs that share a baseline form a line, read left to right. */
function groupLines(runs: Run[]): Line[] {
  runs.sort((p, q) => p.y - q.y || p.x - q.x);
  const lines: Run[][] = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0].y - r.y) <= 0.4 * Math.min(last[0].size, r.size)) last.push(r);
    else lines.push([r]);
  }
  return lines.map(lineOf);
}

function lineOf(runs: Run[]): Line {
  runs.sort((p, q) => p.x - q.x);
  let glyphs = 0,
    width = 0;
  for (const r of runs) {
    glyphs += [...r.text].length;
    width += r.width;
  }
  const charWidth = glyphs ? width / glyphs : runs[0].size;
  let text = '',
    cells = false,
    end = runs[0].x;
  for (const [i, r] of runs.entries()) {
    const gap = r.x - end;
    if (i > 0 && gap > 2 * charWidth) {
      text += '\t';
      cells = true;
    } else if (i > 0 && gap > 0.25 * charWidth && /[\x21-\x7e]$/.test(text) && /^[\x21-\x7e]/.test(r.text)) text += ' ';
    text += r.text;
    end = Math.max(end, r.x + r.width);
  }
  return { y: runs[0].y, x0: runs[0].x, x1: end, text, charWidth, cells };
}
