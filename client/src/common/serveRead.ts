/**
 * How the client answers the server's `planlint/readFile` (the web worker's only way to files), apart
 * from `vscode` so that the protocol tests answer with this very code. The worker cannot follow links
 * itself, so the client refuses what the node server would: a file outside the workspace folders, a
 * symbolic link (the browser cannot tell where it leads), anything but a regular file, and a file past
 * the server's limit, which is then not read at all.
 */
import { inFolders, normalizePath, type UriParts } from '../../../server/src/core/text/paths';
import type { ReadFileParams, ReadFileResult } from '../../../server/src/lsp/protocol';

/** What of `vscode.workspace.fs` (or a test's fs) answering needs; `type` holds VS Code's `FileType` bits. */
export interface ReadableFs<U extends UriParts> {
  parse(uri: string): U;
  withPath(uri: U, path: string): U;
  stat(uri: U): PromiseLike<{ type: number; size: number }>;
  readFile(uri: U): PromiseLike<Uint8Array>;
}
export const FILE_TYPE = { File: 1, Directory: 2, SymbolicLink: 64 } as const;

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export async function serveRead<U extends UriParts>(
  { uri, maxBytes }: ReadFileParams,
  fs: ReadableFs<U>,
  folders: readonly UriParts[],
): Promise<ReadFileResult> {
  try {
    const parsed = fs.parse(uri);
    const target = fs.withPath(parsed, normalizePath(parsed.path));
    if (!inFolders(target, folders)) return { base64: null, error: 'outside the workspace folders: not read' };
    const st = await fs.stat(target);
    if (st.type & FILE_TYPE.SymbolicLink) return { base64: null, error: 'a symbolic link: not followed' };
    if (st.type & FILE_TYPE.Directory) return { base64: null, error: 'FileIsADirectory' };
    if (!(st.type & FILE_TYPE.File)) return { base64: null, error: 'not a regular file: not read' };
    if (maxBytes !== undefined && st.size > maxBytes) return { base64: null, size: st.size };
    const bytes = await fs.readFile(target);
    if (maxBytes !== undefined && bytes.byteLength > maxBytes) return { base64: null, size: bytes.byteLength };
    return { base64: bytesToBase64(bytes) };
  } catch (e) {
    return { base64: null, error: e instanceof Error ? e.message : String(e) };
  }
}
