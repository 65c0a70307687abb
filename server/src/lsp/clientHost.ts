/** A FileHost that reads through the client (`vscode.workspace.fs`): the browser worker's only way to files. */
import type { Connection } from 'vscode-languageserver';
import { FileTooLarge, NotAFile, type FileHost } from '../core/index';
import { READ_FILE, type ReadFileResult } from './protocol';
import { encodeCoreUri } from './uris';

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function clientFileHost(connection: Connection): FileHost {
  return {
    async readFile(uri, maxBytes) {
      const r = (await connection.sendRequest(READ_FILE, { uri: encodeCoreUri(uri), maxBytes })) as ReadFileResult;
      // A folder is refused as the node hosts refuse it (VS Code says FileIsADirectory, node EISDIR).
      if (r?.base64 === null && /FileIsADirectory|EISDIR/.test(r.error ?? '')) throw new NotAFile();
      if (r?.base64 === null && typeof r.size === 'number') throw new FileTooLarge(r.size, maxBytes);
      if (!r || r.base64 === null) throw new Error(r?.error ?? 'cannot be read');
      return base64ToBytes(r.base64);
    },
  };
}
