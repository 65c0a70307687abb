// Guardrails Biome cannot express: no source line over 120 characters (Biome's formatter wraps code
// but never splits a string or a comment). Import cycles and core purity are Biome rules (biome.json).
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
