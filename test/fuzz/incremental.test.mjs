// The editor parses open documents chunk by chunk; the command line parses whole files. Both must
// give the same diagnostics, for any text and after any sequence of edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkResult, projectFor, repoRoot } from '../helpers.mjs';
import { generate } from '../../bench/generate.mjs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const files = new Map();
const walk = dir => {
  for (const e of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(rel);
    else files.set(`/ws/${rel}`, readFileSync(join(repoRoot, rel)));
  }
};
walk('seeds');
const bench = generate(60);
files.set('/ws/seeds/plans/orgs.orgs.yaml', Buffer.from(bench.orgs));
files.set('/ws/seeds/plans/source.txt', Buffer.from(bench.source));
const host = {
  readFile: async uri => {
    const b = files.get(uri);
    if (!b) throw new Error('not found');
    return b;
  },
};
const URI = '/ws/seeds/plans/x.plan.yaml';

/** One editor session (chunked, cache kept across edits) and a fresh whole-file check of each text. */
function session() {
  const editor = projectFor(host, '/ws/seeds');
  return async text => {
    editor.setOverlay(URI, text);
    const inc = await editor.check(URI);
    const whole = { readFile: async u => (u === URI ? new TextEncoder().encode(text) : host.readFile(u)) };
    const full = await checkResult(whole, '/ws/seeds', URI);
    assert.deepEqual(
      inc.diagnostics.map(d => ({ ...d, uri: '' })),
      full.diagnostics.map(d => ({ ...d, uri: '' })),
    );
    return inc.diagnostics;
  };
}

test('chunked and whole parses agree on the seeds and on a generated plan', async () => {
  const same = session();
  for (const [uri, bytes] of files) if (uri.endsWith('.plan.yaml')) await same(bytes.toString('utf8'));
  const d = await same(bench.plan);
  assert.ok(d.length < 5, 'the generated plan is nearly clean');
});

const edit = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 40 }),
  ins: fc.string({ unit: fc.constantFrom(...'  \n\n:-#[]{}"\'&*x1亿元%'.split('')), maxLength: 8 }),
});

test("after any sequence of edits, the editor's chunked parse gives what a whole parse gives", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(bench.plan, files.get('/ws/seeds/plans/sx-digital-economy.plan.yaml').toString('utf8')),
      fc.array(edit, { minLength: 1, maxLength: 6 }),
      async (start, edits) => {
        const same = session();
        let text = start;
        await same(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          await same(text);
        }
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
});
