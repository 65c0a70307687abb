// Guardrails Biome cannot express: no source line over 120 characters (Biome's formatter wraps code
// but never splits a string or a comment), and no exported function or constant that nothing else
// uses. Import cycles and core purity are Biome rules (biome.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers.mjs';

const MAX = 120;

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sources(full);
    else if (name.endsWith('.ts') && !name.includes('.generated.')) yield full;
  }
}

test(`no source line is longer than ${MAX} characters`, () => {
  const long = [];
  let files = 0;
  for (const top of ['server/src', 'client/src'])
    for (const file of sources(join(repoRoot, top))) {
      files++;
      for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries())
        if ([...line].length > MAX) long.push(`${relative(repoRoot, file)}:${i + 1} (${[...line].length})`);
    }
  assert.ok(files > 100, 'the scan found the sources');
  assert.deepEqual(long, []);
});

test('no exported function or constant goes unused outside its own file', () => {
  const read = dirs =>
    dirs.flatMap(top => {
      const out = [];
      const walk = dir => {
        for (const name of readdirSync(dir)) {
          const full = join(dir, name);
          if (statSync(full).isDirectory()) {
            if (name !== 'fixtures' && name !== 'node_modules') walk(full);
          } else if (/\.(ts|mjs|js|cjs)$/.test(name) && !name.includes('.generated.'))
            out.push([relative(repoRoot, full), readFileSync(full, 'utf8')]);
        }
      };
      walk(join(repoRoot, top));
      return out;
    });
  const sources = read(['server/src', 'client/src']);
  const everything = [...sources, ...read(['test', 'scripts', 'bench', 'bin'])];
  const unused = [];
  for (const [file, text] of sources) {
    if (file.endsWith('core/index.ts')) continue; // the core's public face, for tests and hosts
    for (const m of text.matchAll(/^export (?:async )?(?:function|const|class) (\w+)/gm)) {
      const word = new RegExp(`\\b${m[1]}\\b`);
      if (!everything.some(([other, t]) => other !== file && word.test(t))) unused.push(`${file}: ${m[1]}`);
    }
  }
  assert.deepEqual(unused, []);
});

// The core holds no state between calls of its own: a project, a workspace or a session holds it. At the
// top of a core module, only constants (UPPER_CASE), and memos keyed weakly by values that never change
// (a parsed file, a read document: the same answer as computing again). A `let` there must say why here.
const MODULE_LETS = new Map([['server/src/core/sources/read/pdf.ts', 'loaded']]); // pdf.js, loaded once when needed
test('no module state in the core: top-level values are constants or weak memos', () => {
  const found = [];
  for (const file of sources(join(repoRoot, 'server/src/core'))) {
    const rel = relative(repoRoot, file);
    for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
      const lets = /^let ([\w$]+)/.exec(line);
      if (lets && MODULE_LETS.get(rel) !== lets[1]) found.push(`${rel}:${i + 1}: let ${lets[1]}`);
      const made = /^(?:export )?const ([\w$]+)(?:: [^=]+)? = new (Map|Set|Array)\b/.exec(line);
      if (made && !/^[A-Z][A-Z0-9_]*$/.test(made[1])) found.push(`${rel}:${i + 1}: ${made[1]} = new ${made[2]}`);
    }
  }
  assert.deepEqual(found, []);
});
