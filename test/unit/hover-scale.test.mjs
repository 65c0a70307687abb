// A hover on a field's key finds the key by halving a large mapping's pairs (a section of thousands of
// indicators), not by reading them from the top: the same explanation wherever the key is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost } from '../helpers.mjs';
import { writeWorkspace } from '../../bench/generate.mjs';

test('a hover on a field key of any indicator of a large section explains the field, at that key', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-hover-scale-')));
  try {
    const plan = writeWorkspace(dir, 60);
    const text = readFileSync(plan, 'utf8');
    const project = new core.Project(diskHost, dir);
    const at = (id, needle) => text.indexOf(needle, text.indexOf(`\n  ${id}:\n`)) + 2;
    const hovers = [];
    for (const id of ['ind0', 'ind1', 'ind17', 'ind30', 'ind58', 'ind59']) {
      const h = await project.hover(plan, at(id, 'direction:'));
      assert.ok(h, `${id}: a hover`);
      const line = text.slice(0, at(id, 'direction:')).split('\n').length - 1;
      assert.equal(h.range.start.line, line, `${id}: on its own key`);
      hovers.push(h.markdown);
    }
    assert.match(hovers[0], /direction/);
    for (const h of hovers) assert.equal(h, hovers[0], 'the same explanation everywhere');
    // The section's own key, and a goal's field below the indicators: what they were.
    assert.match((await project.hover(plan, text.indexOf('indicators:') + 2)).markdown, /ndicator/);
    assert.match((await project.hover(plan, at('G3', 'responsible:'))).markdown, /responsible/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
