/** The node server's host: file: URIs from the disk, any other scheme (virtual workspaces) through the client. */
import { promises as fs } from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import type { FileHost } from '../core/index';
import { clientFileHost } from '../lsp/clientHost';
import { fileUriToPath } from '../lsp/uris';
import { isPlanFileName } from '../core/text/fileKinds';
import { pathExists, readBounded } from './nodeHost';
import { filesBelow } from './walk';

export function nodeUriHost(connection: Connection): FileHost {
  const viaClient = clientFileHost(connection);
  return {
    async readFile(uri, maxBytes) {
      const p = fileUriToPath(uri);
      return p === undefined ? viaClient.readFile(uri, maxBytes) : readBounded(p, maxBytes);
    },
    async realPath(uri) {
      const p = fileUriToPath(uri);
      return p === undefined ? uri : `file://${await fs.realpath(p)}`;
    },
    async exists(uri) {
      const p = fileUriToPath(uri);
      return p !== undefined && pathExists(p);
    },
  };
}

export async function listPlanFilesOnDisk(folderUri: string): Promise<string[]> {
  const root = fileUriToPath(folderUri);
  if (root === undefined) return [];
  const files = await filesBelow(root, isPlanFileName);
  return files.map(f => `file://${f}`).sort();
}
