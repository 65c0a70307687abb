// The core's layers (docs/architecture.md, "Layers of the core"): a file may import its own layer
// and the layers below it, never one above. Biome's noImportCycles catches a cycle of files; this
// catches the import that runs back up even when no cycle closes yet (check/ ↔ rules/ began so).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { repoRoot } from '../helpers.mjs';

/** Lowest first. A folder of core/ or a file at its top is one layer. */
const LAYERS = [
  'text',
  'diagnostics',
  'l10n',
  'quantity',
  'yaml',
  'schema',
  'model',
  'sources',
  'draft',
  'workspace',
  'config',
  'resolve',
  'rules',
  'check',
  'service',
  'project',
  'index',
];

const core = join(repoRoot, 'server/src/core');

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* tsFiles(full);
    else if (name.endsWith('.ts')) yield full;
  }
}

/**
 * Every module a file names: static imports and re-exports (type-only ones too, across lines),
 * side-effect imports and `import()`. Comment lines are left out. (A regex, not a parser: the
 * project's TypeScript is the native compiler, which has no JavaScript API.)
 */
function specifiers(text) {
  const code = text
    .split('\n')
    .filter(line => !/^\s*(\/\/|\/?\*)/.test(line))
    .join('\n');
  const out = [];
  for (const m of code.matchAll(
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ))
    out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The layer of a path inside core/, or undefined outside it. */
function layerOf(path) {
  const rel = relative(core, path);
  if (rel.startsWith('..')) return undefined;
  return rel.split(sep)[0].replace(/\.(ts|js)$/, '');
}

/** The imports of `files` ([path, text]) that run up the layers, or name a layer the list lacks. */
function upwardImports(files) {
  const offences = [];
  for (const [file, text] of files) {
    const from = layerOf(file);
    if (!LAYERS.includes(from)) {
      offences.push(`${relative(core, file)}: layer "${from}" is not in LAYERS`);
      continue;
    }
    for (const spec of specifiers(text)) {
      if (!spec.startsWith('.')) continue; // packages: the purity test and Biome hold those
      const to = layerOf(resolve(dirname(file), spec));
      if (to === undefined || to === from) continue;
      if (!LAYERS.includes(to)) offences.push(`${relative(core, file)} → ${spec}: layer "${to}" is not in LAYERS`);
      else if (LAYERS.indexOf(to) > LAYERS.indexOf(from))
        offences.push(`${relative(core, file)} → ${spec} (${from} imports ${to}, a layer above it)`);
    }
  }
  return offences;
}

test('no import in server/src/core runs back up the layers', () => {
  const files = [...tsFiles(core)].map(f => [f, readFileSync(f, 'utf8')]);
  assert.ok(files.length > 100, 'the scan found the core');
  assert.deepEqual(upwardImports(files), []);
});

test('the layer check catches an upward import of every form', () => {
  const at = p => join(core, p);
  const offences = upwardImports([
    [at('rules/a.ts'), "import type { Resolution } from '../check/check';"],
    [at('model/b.ts'), "export { x } from '../resolve/links';"],
    [at('sources/read/c.ts'), "const m = await import('../../workspace/host');"],
    [at('text/d.ts'), "import {\n  y,\n} from '../diagnostics';"],
    [at('resolve/e.ts'), "import { z } from '../model/types';\nimport { w } from './scope';"],
    [at('newfolder/f.ts'), "import { v } from '../text/paths';"],
  ]);
  assert.equal(offences.length, 5, offences.join('\n'));
  assert.ok(offences.some(o => o.startsWith('rules/a.ts') && o.includes('rules imports check')));
  assert.ok(offences.some(o => o.startsWith('sources/read/c.ts')));
  assert.ok(offences.some(o => o.includes('"newfolder" is not in LAYERS')));
});
