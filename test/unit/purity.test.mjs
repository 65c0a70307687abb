// The checker core is pure: no fs, path, vscode or LSP imports, so the same code runs in the
// node server, the browser worker and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const FORBIDDEN =
  /^(node:|fs$|fs\/|path$|os$|child_process$|url$|vscode$|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)/;

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* tsFiles(full);
    else if (/\.ts$/.test(name)) yield full;
  }
}

test('server/src/core imports nothing host-specific', () => {
  const core = join(repoRoot, 'server/src/core');
  const offences = [];
  let files = 0;
  for (const file of tsFiles(core)) {
    files++;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (FORBIDDEN.test(spec)) offences.push(`${relative(repoRoot, file)}: ${spec}`);
    }
    if (/\bprocess\.(env|cwd|argv)|\brequire\(/.test(src))
      offences.push(`${relative(repoRoot, file)}: uses process or require`);
  }
  assert.ok(files > 20, 'the scan found the core');
  assert.deepEqual(offences, []);
});
