// yaml/parse.ts finds the keys a map defines twice in the walk that checks nesting and aliases; it must
// find what `findDuplicateKeys` (yaml/nodes.ts, the incremental parser's) finds, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { fixtureYamlFiles, repoRoot } from '../helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'planlint-dupkeys-'));
const entry = join(dir, 'entry.ts');
const src = f => JSON.stringify(join(repoRoot, 'server/src/core/yaml', f));
writeFileSync(
  entry,
  `export { parseYaml } from ${src('parse.ts')};\nexport { findDuplicateKeys } from ${src('nodes.ts')};\n`,
);
buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', outfile: join(dir, 'out.cjs') });
const { parseYaml, findDuplicateKeys } = createRequire(import.meta.url)(join(dir, 'out.cjs'));
rmSync(dir, { recursive: true, force: true });

test('the duplicate keys of every fixture and seed, and of odd shapes, as findDuplicateKeys finds them', () => {
  const texts = fixtureYamlFiles().map(f => f.text);
  texts.push(
    'a: 1\nb: { c: 1, c: 2 }\na: 3\n',
    '- a: 1\n  a: 2\n- [x, { y: 1, y: 2 }]\n',
    '? { k: 1, k: 2 }\n: v\n',
    '? [ { k: 1, k: 2 } ]\n: { v: 1, v: 2 }\n',
    'x: [a: 1, a: 2]\n',
    'a: &x { b: 1, b: 2 }\nc: *x\nc: 3\n',
  );
  let found = 0;
  for (const text of texts) {
    const parsed = parseYaml(text);
    if (parsed.syntax.length || parsed.limit) {
      assert.deepStrictEqual(parsed.duplicateKeys, [], text.slice(0, 80));
      continue;
    }
    const want = findDuplicateKeys(parsed.doc);
    assert.deepStrictEqual(parsed.duplicateKeys, want, text.slice(0, 80));
    found += want.length;
  }
  assert.ok(found >= 8, `${found} duplicate keys`);
});
