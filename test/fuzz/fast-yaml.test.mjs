// The fast YAML reader gives the `yaml` library's document or leaves the text to the library, never
// another document: on every fixture and seed, on generated plans, on random plan-shaped YAML with
// comments and blank lines at random indents, and on random slips typed into the seeds.
// `npm run fuzz` runs thousands of texts (FUZZ_RUNS); `npm test` a few hundred.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from '../../bench/generate.mjs';
import { compareFast, randomPlanYaml, rng } from '../fastYaml.mjs';
import { fixtureYamlFiles } from '../helpers.mjs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

function expectNoDifference(text, where) {
  const r = compareFast(text);
  assert.ok(r === 'same' || r === 'library', `${where}: ${r}\n--- text ---\n${text}`);
  return r;
}

test('every fixture and seed: the library document or the library; the plain ones read fast', () => {
  const fast = [];
  for (const { file, text } of fixtureYamlFiles()) if (expectNoDifference(text, file) === 'same') fast.push(file);
  assert.ok(fast.length >= 150, `only ${fast.length} fixtures read fast`);
});

test('generated plans and registries read fast, as the library reads them', () => {
  for (const n of [1, 20, 300]) {
    const g = generate(n);
    assert.equal(compareFast(g.plan), 'same', `plan of ${n}`);
    assert.equal(compareFast(g.orgs), 'same', `registry of ${n}`);
  }
});

test(`random plan-shaped YAML (${RUNS} texts): never a document other than the library's`, () => {
  let fast = 0;
  for (let s = 1; s <= RUNS; s++) if (expectNoDifference(randomPlanYaml(s), `seed ${s}`) === 'same') fast++;
  assert.ok(fast > RUNS / 5, `only ${fast} of ${RUNS} read fast: the generator no longer reaches the fast reader`);
});

test(`random slips typed into the seeds and generated plans (${RUNS} texts)`, () => {
  const bases = [
    generate(3).plan,
    generate(4).plan.replaceAll('\n', '\r\n'),
    ...fixtureYamlFiles()
      .filter(f => /seeds/.test(f.file))
      .map(f => f.text),
  ];
  const r = rng(7);
  const slips = [
    ' ',
    '  ',
    ':',
    ': ',
    '-',
    '- ',
    '#',
    ' #',
    '\n',
    '\n  ',
    '"',
    "'",
    '{',
    '}',
    '[',
    ']',
    ',',
    '',
    '\t',
    '|',
    '\r',
    '\r\n',
    '\u0000',
    '\uFEFF',
    '\u2028',
    '\u0085',
    '\u00A0',
    '：',
  ];
  for (let s = 0; s < RUNS; s++) {
    let text = bases[s % bases.length];
    for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
      const at = Math.floor(r() * text.length);
      const cut = r() < 0.5 ? Math.floor(r() * 3) : 0;
      text = text.slice(0, at) + slips[Math.floor(r() * slips.length)] + text.slice(at + cut);
    }
    expectNoDifference(text, `slip ${s}`);
  }
});
