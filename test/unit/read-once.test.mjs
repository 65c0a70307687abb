// Every file is read once per run, however many names reach it: N links to one large source document
// cost one read, not N (300 links to a 16 MB source once ran the heap out of memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core } from '../helpers.mjs';

test('N links to one source document read it once; a change to it is read again', async () => {
  const root = mkdtempSync(join(tmpdir(), 'planlint-links-'));
  mkdirSync(join(root, 'sources'));
  writeFileSync(join(root, 'sources', 'doc.txt'), '　　到2025年，产值达到100亿元。\n'.repeat(2000));
  const N = 60;
  let sources = '';
  for (let i = 0; i < N; i++) {
    symlinkSync(join(root, 'sources', 'doc.txt'), join(root, 'sources', `l${i}.txt`));
    sources += `  s${i}: { path: sources/l${i}.txt }\n`;
  }
  writeFileSync(
    join(root, 'p.plan.yaml'),
    `planlint: 1\nplan: { id: p, title: t, period: [2021, 2025] }\nsources:\n${sources}`,
  );
  const reads = [];
  const host = {
    readFile: async uri => {
      reads.push(uri);
      return readFile(uri);
    },
    realPath: uri => realpath(uri),
  };
  const session = new core.Session(host, {});
  const plan = join(root, 'p.plan.yaml');
  const project = await session.projectFor(plan);
  const first = await project.check(plan);
  assert.equal(first.ok, true);
  assert.deepEqual(
    first.diagnostics.filter(d => d.code.startsWith('source')).map(d => d.code),
    [],
  );
  assert.equal(reads.filter(r => r.endsWith('.txt')).length, 1, `read ${reads.length} times`);
  // The file changed on disk, reported by one of its names: the next check reads it once more.
  writeFileSync(join(root, 'sources', 'doc.txt'), '　　到2025年，产值达到200亿元。\n');
  project.invalidate(join(root, 'sources', 'l7.txt'));
  await project.check(plan);
  assert.equal(reads.filter(r => r.endsWith('.txt')).length, 2);
});
