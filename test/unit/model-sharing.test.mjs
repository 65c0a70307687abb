// An edit to an open plan builds again only the definitions of the entries it changed or moved: an entry
// the incremental parser kept, at the same offset, keeps its definition object (model/build.ts), so an
// edit no longer allocates a model of the whole plan. Shared or built again, the model and the
// diagnostics are those of a fresh check of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost } from '../helpers.mjs';
import { writeWorkspace } from '../../bench/generate.mjs';

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-model-sharing-')));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const file = writeWorkspace(dir, 60);
const original = readFileSync(file, 'utf8');

/** The plan's model without the parse behind it, for comparing two checks of one text. */
const model = f => JSON.stringify([f.meta, f.includes, [...f.sources], [...f.organizations], f.items]);
const diagnostics = r => r.diagnostics.map(d => `${d.code} ${d.span.start}-${d.span.end} ${d.message}`).sort();

async function fresh(text) {
  const p = new core.Project(diskHost, dir);
  p.setOverlay(file, text);
  return p.check(file);
}

test('an edit inside one indicator keeps every other item definition, and the model of a fresh check', async () => {
  const project = new core.Project(diskHost, dir);
  project.setOverlay(file, original);
  const first = await project.check(file);
  assert.ok(first.ok && first.file.yaml.entries, 'the editor parses the plan by chunks');
  // One character of ind30's name replaced by another: no entry moves.
  const at = original.indexOf('\n', original.indexOf('  ind30:\n') + 10) - 1;
  const edited = `${original.slice(0, at)}新${original.slice(at + 1)}`;
  project.setOverlay(file, edited);
  const second = await project.check(file);
  assert.notEqual(second.file, first.file);
  const changed = [],
    shared = [];
  for (const item of second.file.items) {
    const before = first.file.items.find(i => i.kind === item.kind && i.id === item.id);
    (before === item ? shared : changed).push(item.id);
  }
  assert.deepEqual(changed, ['ind30']);
  assert.equal(shared.length, second.file.items.length - 1);
  assert.ok(shared.length > 70, `${shared.length} items shared`);
  const again = await fresh(edited);
  assert.equal(model(second.file), model(again.file));
  assert.deepEqual(diagnostics(second), diagnostics(again));
});

test('an edit that moves the entries below it builds those again, where they now are', async () => {
  const project = new core.Project(diskHost, dir);
  project.setOverlay(file, original);
  const first = await project.check(file);
  // A character added to ind30's name: every entry after it starts one later.
  const at = original.indexOf('\n', original.indexOf('  ind30:\n') + 10);
  const edited = `${original.slice(0, at)}省${original.slice(at)}`;
  project.setOverlay(file, edited);
  const second = await project.check(file);
  const byId = (f, id) => f.items.find(i => i.id === id);
  assert.equal(byId(second.file, 'ind10'), byId(first.file, 'ind10'), 'an entry above the edit is shared');
  const moved = byId(second.file, 'ind40');
  assert.notEqual(moved, byId(first.file, 'ind40'), 'an entry below it is built again');
  assert.equal(moved.keySpan.start, edited.indexOf('  ind40:\n') + 2);
  assert.equal(moved.keySpan.start, byId(first.file, 'ind40').keySpan.start + 1);
  const again = await fresh(edited);
  assert.equal(model(second.file), model(again.file));
  assert.deepEqual(diagnostics(second), diagnostics(again));
  // Back to the first text: each entry is where it was, and equal to the first check's.
  project.setOverlay(file, original);
  const third = await project.check(file);
  assert.equal(model(third.file), model(first.file));
  assert.deepEqual(diagnostics(third), diagnostics(first));
});
