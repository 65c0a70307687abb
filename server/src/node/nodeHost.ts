/** The FileHost for node: the CLI and the desktop server read the disk directly. */
import { promises as fs } from 'node:fs';
import type { FileHost } from '../core/index';

export const nodeFileHost: FileHost = {
  async readFile(uri) {
    const stat = await fs.stat(uri);
    if (!stat.isFile()) throw new Error(stat.isDirectory() ? 'is a folder' : 'is not a regular file');
    return fs.readFile(uri);
  },
  realPath: uri => fs.realpath(uri),
};
