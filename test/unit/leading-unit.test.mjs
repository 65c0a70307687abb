// quantity/units.ts `leadingUnit` reads only the characters a unit can hold, and remembers the reading
// by that head: it must read what trying every length up to eight reads (the reading before), after
// every numeral of the seeds' source texts and of a generated one, under the built-in units and a
// table with units of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { generate } from '../../bench/generate.mjs';
import { repoRoot } from '../helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'planlint-leading-'));
buildSync({
  entryPoints: [join(repoRoot, 'server/src/core/quantity/units.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  outfile: join(dir, 'units.cjs'),
});
const { leadingUnit, parseUnit, parseScale, UnitTable } = createRequire(import.meta.url)(join(dir, 'units.cjs'));
rmSync(dir, { recursive: true, force: true });

/** The reading before: every length from eight down, then a scale word alone. */
function reference(s, units) {
  for (let len = Math.min(s.length, 8); len > 0; len--) {
    const head = s.slice(0, len);
    if (/\s/.test(head) || parseScale(head) !== undefined) continue;
    const unit = parseUnit(head, units);
    if (unit) return { unit, length: len };
  }
  for (let len = Math.min(3, s.length); len > 0; len--) {
    const scale = parseScale(s.slice(0, len));
    if (scale !== undefined && scale !== 1) return { scale, length: len };
  }
  return { length: 0 };
}

test('the unit after each numeral of the seeds and a generated text, as every length reads it', () => {
  const texts = readdirSync(join(repoRoot, 'seeds/sources')).map(f =>
    readFileSync(join(repoRoot, 'seeds/sources', f), 'utf8'),
  );
  texts.push(generate(100).source, '万元/人 亿千瓦时以上 个百分点 ％以上 元／吨 万 kW h 标准箱 十万亿元');
  const own = new UnitTable({
    key: 'own',
    units: { 标准箱: { dim: 'containers', factor: 1 }, 'kW h': { dim: 'energy', factor: 1 } },
  });
  let read = 0;
  for (const units of [undefined, new UnitTable(), own])
    for (const text of texts)
      for (let i = 0; i < text.length; i++) {
        if (i > 0 && !/[0-9〇零一二两三四五六七八九十百千万亿 ]/.test(text[i - 1])) continue;
        const s = text.slice(i, i + 8);
        const want = reference(s, units);
        assert.deepStrictEqual(leadingUnit(s, units), want, JSON.stringify(s));
        if (want.length) read++;
      }
  assert.ok(read > 1000, `${read} units read`);
});
