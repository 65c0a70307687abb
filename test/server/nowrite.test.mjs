// Nothing the checker, the server or the CLI does writes a user's file: only edits the user applies change them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { BUNDLES, startServer, positionOf } from './harness.mjs';

function snapshot(dir) {
  const out = {};
  const walk = d => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = `${createHash('sha256').update(readFileSync(p)).digest('hex')}:${statSync(p).mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

test('the CLI, in every format, and both servers through a whole session, leave the workspace as it was', async () => {
  const ws = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-nowrite-')));
  cpSync(join(repoRoot, 'seeds'), ws, { recursive: true });
  const before = snapshot(ws);
  for (const f of ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']) {
    spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), '--format', f, '--report-unused-disable', '.'], {
      cwd: ws,
    });
  }
  spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), 'report', '--output', '-', '.'], { cwd: ws });
  for (const bundle of BUNDLES) {
    const client = await startServer(bundle, ws);
    try {
      const { uri, text } = await client.open(join(ws, 'plans/sx-industry-13th.plan.yaml'));
      const p = await client.waitForDiagnostics(uri);
      for (const d of p.diagnostics)
        await client.conn.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d] },
        });
      const pos = positionOf(text, 'lead: [省经信委]', 7);
      await client.conn.sendRequest('textDocument/rename', { textDocument: { uri }, position: pos, newName: '经信委' });
      await client.hover(uri, pos.line, pos.character);
      await client.change(uri, [{ range: { start: pos, end: pos }, text: 'x' }]);
      await client.waitForDiagnostics(uri, d => d.version === 2);
      await client.close(uri);
      await client.open(join(ws, 'sources/004_20b7e8ad50f7031c.txt'), 'plaintext');
    } finally {
      await client.shutdown();
    }
  }
  assert.deepEqual(snapshot(ws), before);
});
