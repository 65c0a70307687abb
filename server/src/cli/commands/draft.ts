/**
 * `planlint draft <document> [--out FILE] [--id ID]`: a draft plan from a source document (the contract's
 * *Drafting a plan from its document*). It prints the draft, or writes FILE, never over an existing file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_LIMITS,
  decodeText,
  draftPlan,
  explainText,
  pickLocale,
  READ_FORM,
  readDocument,
  SourceDocument,
  UNREAD_FORM,
  type DocumentText,
} from '../../core/index';
import { t, tn } from '../../core/l10n/index';
import { envLocale, optionLocale } from '../locale';
import { printable, printableKeepingLines } from '../../core/text/printer';
import { OutputRefused, writeOutput } from '../output';

interface DraftIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function draftCommand(argv: string[], io: DraftIo): Promise<number> {
  let locale = envLocale(io.env);
  let usage = t(locale, 'draft.usage');
  const fail = (m: string) => {
    io.err.write(`planlint: ${printableKeepingLines(m)}\n`); // file names from a clone: no commands, no controls
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        id: { type: 'string' },
        explain: { type: 'boolean' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`);
  }
  const { values: o, positionals } = parsed;
  const chosen = optionLocale(o.locale, io.env);
  if (!chosen) return fail(t(locale, 'cli.unknownLocale', { locale: o.locale ?? '' }));
  locale = chosen;
  usage = t(locale, 'draft.usage');
  if (o.help) {
    io.out.write(usage);
    return 0;
  }
  if (positionals.length !== 1) return fail(`${t(locale, 'draft.oneDocument')}\n${usage}`);
  const document = path.resolve(io.cwd, positionals[0]);
  let bytes: Buffer;
  try {
    const st = await fs.stat(document);
    if (!st.isFile())
      return fail(t(locale, 'draft.cannotRead', { file: positionals[0], why: t(locale, 'draft.notAFile') }));
    if (st.size > DEFAULT_LIMITS.maxSourceBytes)
      return fail(t(locale, 'draft.cannotRead', { file: positionals[0], why: t(locale, 'draft.tooLarge') }));
    bytes = await fs.readFile(document);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return fail(t(locale, 'draft.cannotRead', { file: positionals[0], why }));
  }
  const cannot = (why: string) => fail(t(locale, 'draft.cannotRead', { file: positionals[0], why }));
  const unread = UNREAD_FORM.exec(document);
  if (unread) return cannot(t(locale, 'draft.unreadForm', { form: unread[0].toLowerCase() }));
  let docText: DocumentText;
  if (READ_FORM.test(document)) {
    const read = await readDocument(document, bytes, DEFAULT_LIMITS.maxSourceBytes);
    if (!read.ok) return cannot(t(locale, `read.${read.code}`));
    docText = read.value;
  } else {
    const decoded = decodeText(bytes);
    if (!decoded) return cannot(t(locale, 'reason.notText'));
    docText = { text: decoded.text, form: 'text' };
  }
  if (o.id !== undefined && !o.id.trim()) return fail(t(locale, 'draft.emptyId'));
  const out = o.out === undefined ? undefined : path.resolve(io.cwd, o.out);
  // sources.main.path is relative to where the draft will be: FILE's folder, else the current folder.
  const sourcePath = path
    .relative(out ? path.dirname(out) : io.cwd, document)
    .split(path.sep)
    .join('/');
  const explain = o.explain ? [] : undefined;
  const documentName = path.basename(document);
  // What the reader says (form, headings, the pages it could not read) goes to the drafter with the text.
  const { form, headings, notes } = docText;
  const draft = draftPlan(docText.text, {
    form,
    headings,
    notes,
    documentName,
    sourcePath,
    id: o.id,
    explain,
    locale,
  });
  // --explain prints each number's reading; the draft itself only where --out sends it.
  const read = new SourceDocument(documentName, docText.text, form, headings);
  if (explain) io.out.write(explainText(read, explain, draft.text));
  if (!out) {
    if (!explain) io.out.write(draft.text);
    return 0;
  }
  try {
    // The one writer: no linked folder on the way (a cloned `plans -> ~/.bashrc.d`), nothing replaced.
    await writeOutput(io.cwd, out, draft.text, { exclusive: true });
  } catch (e) {
    if (e instanceof OutputRefused) return fail(pickLocale(e.why, locale));
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return fail(t(locale, 'draft.exists', { file: o.out ?? '' }));
    return fail(t(locale, 'draft.cannotWrite', { file: o.out ?? '', why: code ?? (e as Error).message }));
  }
  const m = draft.model;
  const counts = {
    indicators: tn(locale, 'count.indicators', m.indicators.length),
    tasks: tn(locale, 'count.tasks', m.tasks.length),
    funding: tn(locale, 'count.funding', m.funding.length),
  };
  io.err.write(`planlint: ${printable(t(locale, 'draft.done', { ...counts, file: o.out ?? '' }))}\n`);
  return 0;
}
