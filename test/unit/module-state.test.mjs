// The core holds no module-level mutable state: what a check depends on (a config's units, its
// caches) reaches it as a value, so two checks in one process, interleaved, never see each other's.
// Biome formats every top-level statement at column 0, so a statement there is module level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers.mjs';

/**
 * Module state the core keeps on purpose, by file and name, with why it cannot change a result.
 * (A WeakMap memo keyed by an immutable value is allowed without a line here: what it holds is
 * derived from its key alone and goes with the key.)
 */
const ALLOWED = {
  // pdf.js itself, imported once per process the first time a PDF is read (as `import()` caches a
  // module): the promise of a library, no data of any check.
  'sources/read/pdf.ts': ['loaded'],
};

const MUTATORS = 'set|add|push|pop|shift|unshift|splice|delete|clear|sort|reverse|fill|copyWithin';

/** Module-level `let`/`var`, and module-level bindings the module mutates, in one file's text. */
function moduleState(text) {
  const found = [];
  for (const m of text.matchAll(/^(?:export )?(?:let|var)\s+(\w+)/gm)) found.push({ name: m[1], why: 'let' });
  for (const m of text.matchAll(/^(?:export )?const\s+(\w+)\b[^=]*=\s*(new\s+WeakMap\b)?/gm)) {
    const [, name, weak] = m;
    if (weak) continue;
    const mutated = new RegExp(
      `\\b${name}\\.(?:${MUTATORS})\\(|\\b${name}(?:\\[[^\\]]*\\]|\\.\\w+)+\\s*(?:[-+*/|&?]{0,2})=(?!=)`,
    );
    if (mutated.test(text)) found.push({ name, why: 'mutated' });
  }
  // A `g` or `y` regex keeps its `lastIndex` between `exec` and `test` calls: state too.
  for (const m of text.matchAll(/^(?:export )?const\s+(\w+)\s*=\s*\/.+\/([a-z]*)\s*;?\s*$/gm)) {
    const [, name, flags] = m;
    if (/[gy]/.test(flags) && new RegExp(`\\b${name}\\.(?:exec|test)\\(`).test(text))
      found.push({ name, why: 'stateful regex' });
  }
  return found;
}

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* tsFiles(full);
    else if (name.endsWith('.ts')) yield full;
  }
}

test('server/src/core holds no module-level mutable state', () => {
  const core = join(repoRoot, 'server/src/core');
  const offences = [];
  let files = 0;
  for (const file of tsFiles(core)) {
    files++;
    const rel = relative(core, file);
    for (const { name, why } of moduleState(readFileSync(file, 'utf8')))
      if (!ALLOWED[rel]?.includes(name)) offences.push(`${rel}: ${name} (${why})`);
  }
  assert.ok(files > 100, 'the scan found the core');
  assert.deepEqual(offences, []);
});

test('the module-state check finds a let, a filled cache, a changed object, a stateful regex; not constants', () => {
  const text = [
    'let user: UserUnits | undefined;',
    'export let names = BASE_NAMES;',
    'const cache = new Map<string, Unit>();',
    'export function parse(s: string) {',
    '  cache.set(s, read(s));',
    '  let local = 1;',
    '}',
    'const state = { count: 0 };',
    'const bump = () => { state.count += 1; };',
    'const seen: string[] = [];',
    'function see(s) { seen.push(s); }',
    'const TABLE = new Set([1, 2]);',
    'const ok = TABLE.has(1) && x === TABLE.size;',
    'const memo = new WeakMap<object, number>();',
    'function m(o) { memo.set(o, 1); }',
    'const WORD = /[a-z]+/g;',
    'const first = s => WORD.exec(s);',
    'const PLAIN = /[a-z]+/;',
    'const MANY = /[a-z]+/g;',
    'const ok2 = PLAIN.exec(s) && s.replace(MANY, "") && [...s.matchAll(MANY)];',
  ].join('\n');
  assert.deepEqual(
    moduleState(text).map(f => f.name),
    ['user', 'names', 'cache', 'state', 'seen', 'WORD'],
  );
});
