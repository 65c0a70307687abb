/** The node server's host: file: URIs from the disk, any other scheme (virtual workspaces) through the client. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { FileHost } from '../core/index';
import { clientFileHost } from '../lsp/clientHost';
import { fileUriToPath } from '../lsp/uris';
import { pathExists, readBounded } from './nodeHost';

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
  const out: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (/\.(plan\.ya?ml|orgs\.yaml)$/.test(e.name)) out.push(`file://${full}`);
    }
  };
  await walk(root);
  return out.sort();
}
