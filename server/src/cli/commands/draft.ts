/**
 * `planlint draft <document> [--out FILE] [--id ID]`: a draft plan from a source document (the contract's
 * *Drafting a plan from its document*). It prints the draft, or writes FILE, never over an existing file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, decodeText, draftPlan } from '../../core/index';

interface DraftIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  cwd: string;
}

export const DRAFT_USAGE = 'Usage: planlint draft <document.txt|document.md> [--out FILE] [--id ID]\n';

export async function draftCommand(argv: string[], io: DraftIo): Promise<number> {
  const fail = (m: string) => {
    io.err.write(`planlint: ${m}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${DRAFT_USAGE}`);
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    io.out.write(DRAFT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return fail(`draft takes one document\n${DRAFT_USAGE}`);
  const document = path.resolve(io.cwd, positionals[0]);
  let bytes: Buffer;
  try {
    const st = await fs.stat(document);
    if (!st.isFile()) return fail(`cannot read '${positionals[0]}': not a file`);
    if (st.size > DEFAULT_LIMITS.maxSourceBytes)
      return fail(`cannot read '${positionals[0]}': larger than the source limit`);
    bytes = await fs.readFile(document);
  } catch (e) {
    return fail(`cannot read '${positionals[0]}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded) return fail(`'${positionals[0]}' is not text in UTF-8, UTF-16 or GB18030`);
  if (o.id !== undefined && !o.id.trim()) return fail('--id takes a non-empty id');
  const out = o.out === undefined ? undefined : path.resolve(io.cwd, o.out);
  // sources.main.path is relative to where the draft will be: FILE's folder, else the current folder.
  const sourcePath = path
    .relative(out ? path.dirname(out) : io.cwd, document)
    .split(path.sep)
    .join('/');
  const draft = draftPlan(decoded.text, { documentName: path.basename(document), sourcePath, id: o.id });
  if (!out) {
    io.out.write(draft.text);
    return 0;
  }
  try {
    await fs.mkdir(path.dirname(out), { recursive: true });
    // wx: fails on an existing file, a symbolic link included, instead of writing through it.
    await fs.writeFile(out, draft.text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return fail(`'${o.out}' exists: a draft never overwrites a file (choose another --out)`);
    return fail(`cannot write '${o.out}': ${code ?? (e as Error).message}`);
  }
  const m = draft.model;
  io.err.write(
    `planlint: drafted ${m.indicators.length} indicators, ${m.tasks.length} tasks and ${m.funding.length} ` +
      `funding clauses into ${o.out}\n`,
  );
  return 0;
}
