// A long editing session of hostile input, on both server bundles: random sequences of opens, edits and
// closes of resource bombs and broken text, on one server each. Every bomb alone is refused cleanly
// (test/unit/limits.test.mjs); here the server must also survive their sequence: it never aborts, and
// after the storm it still checks a real plan and answers a hover. `npm run fuzz` runs it longer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer, uriOf } from '../server/harness.mjs';

const SEQUENCES = process.env.FUZZ_RUNS ? 40 : 4;
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const HEAD = 'planlint: 1\nplan: { id: s, title: t, period: [2021, 2025], baseline_year: 2020 }\n';
const seed = readFileSync(join(repoRoot, 'seeds/plans/sx-industry-13th.plan.yaml'), 'utf8');

/** Aliases that expand to about `n ** 4` nodes: under the limit for small n, a bomb for large. */
function aliases(n) {
  let s = `${HEAD}organizations:\n  a0: &a0 [${Array(n).fill('"lol"').join(',')}]\n`;
  for (let i = 1; i < 5; i++)
    s += `  a${i}: &a${i} [${Array(n)
      .fill(`*a${i - 1}`)
      .join(',')}]\n`;
  return s;
}
const BOMBS = {
  aliasHeavy: () => aliases(9),
  aliasBomb: () => aliases(40),
  nestedFlow: () => `${HEAD}x: ${'['.repeat(100000)}${']'.repeat(100000)}\n`,
  nestedMaps: () => `${HEAD}x: ${'{a: '.repeat(30000)}1${'}'.repeat(30000)}\n`,
  nestedBlock: () =>
    `${HEAD}deep:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2 + 2)}k${i}:`).join('\n')}\n`,
  compactNested: () => `${HEAD}goals:\n  G1: ${'a: '.repeat(100000)}\n`,
  longLine: () => `${HEAD}goals:\n  G1: { title: "${'长'.repeat(1 << 19)}" }\n`,
  mistyped: () =>
    `${HEAD}indicators:\n${Array.from({ length: 3000 }, (_, i) => `  i${i}: { name: [1], unit: {}, baseline: x }`).join('\n')}\n`,
  garbage: () => Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join(''),
  seed: () => seed,
  truncated: () => seed.slice(0, Math.floor(seed.length / 3)),
  empty: () => '',
};
const NAMES = Object.keys(BOMBS);
const op = fc.record({
  kind: fc.constantFrom('open', 'replace', 'insert', 'close'),
  doc: fc.integer({ min: 0, max: 2 }),
  bomb: fc.constantFrom(...NAMES),
  at: fc.nat(),
});

for (const bundle of BUNDLES) {
  describe(`${bundle} server, a session of hostile edits`, () => {
    test('never aborts, and still checks and answers afterwards', { timeout: 900000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'planlint-session-'));
      const paths = [0, 1, 2].map(i => join(dir, `p${i}.plan.yaml`));
      for (const p of paths) writeFileSync(p, `${HEAD}indicators: {}\n`);
      const client = await startServer(bundle, dir);
      let aborted = false;
      client.exited.then(() => {
        aborted = true;
      });
      const open = new Map();
      const texts = new Map();
      try {
        const sequences = fc.sample(fc.array(op, { minLength: 4, maxLength: 10 }), { numRuns: SEQUENCES, seed: SEED });
        for (const [n, sequence] of sequences.entries()) {
          for (const { kind, doc, bomb, at } of sequence) {
            const uri = uriOf(paths[doc]);
            const text = BOMBS[bomb]();
            if (!open.has(uri) || kind === 'open') {
              if (open.has(uri)) await client.close(uri);
              open.set(uri, (await client.open(paths[doc], 'planlint', uri, text)) && 1);
              texts.set(uri, text);
            } else if (kind === 'close') {
              await client.close(uri);
              open.delete(uri);
            } else if (kind === 'replace') {
              await client.change(uri, [{ text }]);
              texts.set(uri, text);
            } else {
              // A paste of the bomb somewhere in the first line, as a ranged edit.
              const character = at % Math.max(1, texts.get(uri).indexOf('\n') + 1 || 1);
              const range = { start: { line: 0, character }, end: { line: 0, character } };
              await client.change(uri, [{ range, text: text.slice(0, 200000) }]);
            }
          }
          // Settle: the real plan, with an unknown key on a line of this round's own, so that its finding
          // tells this check from any earlier one (versions restart when a document is reopened).
          const uri = uriOf(paths[0]);
          const settled = `${seed}${'\n'.repeat(n + 1)}settled${n}: 1\n`;
          const line = settled.split('\n').length - 2;
          if (!open.has(uri)) {
            await client.open(paths[0], 'planlint', uri, settled);
            open.set(uri, 1);
          } else await client.change(uri, [{ text: settled }]);
          texts.set(uri, settled);
          const last = await client.waitForDiagnostics(
            uri,
            p => p.diagnostics.some(d => d.range.start.line === line && d.message.includes(`'settled${n}'`)),
            120000,
          );
          assert.ok(
            last.diagnostics.some(d => d.code === 'source-missing'),
            'the whole plan is checked',
          );
          assert.equal(aborted, false, `the ${bundle} server ended during the session`);
        }
        const hover = await client.hover(
          uriOf(paths[0]),
          seed.split('\n').findIndex(l => /^\s+\w+:\s*$/.test(l)),
          4,
        );
        assert.notEqual(hover, undefined);
        assert.equal(aborted, false, `the ${bundle} server ended during the session`);
      } finally {
        await client.shutdown();
      }
    });
  });
}
