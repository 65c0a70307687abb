// Writes the .vsix (`npm run package`; run the build first). package.json's `files` says what the npm
// package holds and .vscodeignore what the .vsix holds; vsce refuses a folder that has both, so it runs
// on a copy of what .vscodeignore keeps, with a package.json that has no `files`.
// Usage: node scripts/package-vsix.mjs [out.vsix]   (default planlint.vsix, relative to the repository)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'planlint.vsix');
const stage = mkdtempSync(join(tmpdir(), 'planlint-vsix-'));
try {
  const kept = readFileSync(join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter(l => l.startsWith('!'))
    .map(l =>
      l
        .slice(1)
        .trim()
        .replace(/\/\*\*$/, ''),
    );
  for (const p of ['.vscodeignore', ...kept]) {
    if (existsSync(join(root, p))) cpSync(join(root, p), join(stage, p), { recursive: true });
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete pkg.files;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const vsceDir = dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json'));
  const r = spawnSync(process.execPath, [join(vsceDir, 'vsce'), 'package', '--no-dependencies', '--out', out], {
    cwd: stage,
    stdio: 'inherit',
  });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
