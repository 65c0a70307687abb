// A source document checked directly (`Project.documents.checkDocument`, what the editor runs on every edit of an
// uncited document): the plans are not checked again because of it, a second check of the
// same text is the first one's result, and an edit that fixes the planted inconsistency clears the finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, diskHost, repoRoot } from '../helpers.mjs';

const CAP = '同一企业累计获得示范类奖励最高不超过300万元';

test('checking a document leaves the plans as they were, is kept by text, and follows an edit', async () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-doccheck-')));
  try {
    writeFileSync(join(root, 'planlint.config.yaml'), 'rules: {}\n');
    const doc = join(root, 'measures.txt');
    const text = readFileSync(join(repoRoot, 'test/fixtures/documents/dev/c01-province-digital-transform.txt'), 'utf8');
    writeFileSync(doc, text);
    cpSync(join(repoRoot, 'seeds'), join(root, 'seeds'), { recursive: true });
    const plan = join(root, 'seeds/plans/sx-industry-13th.plan.yaml');
    const project = new core.Project(diskHost, root);
    await project.check(plan);
    const before = await project.snapshot(plan);

    const first = await project.documents.checkDocument(doc);
    assert.ok(
      first.findings.some(f => f.code === 'funding-cap-conflict'),
      'the planted cap is found',
    );
    assert.equal(await project.snapshot(plan), before, "the plan's snapshot is the one made before");
    assert.deepEqual(project.plans, [plan], 'the draft is no plan of the project');
    assert.equal(
      await project.documents.checkDocument(doc),
      first,
      'the same text: the same result, not checked again',
    );

    // The editor's buffer raises the cap above the award: the finding goes.
    assert.ok(text.includes(CAP));
    project.setOverlay(doc, text.replace(CAP, '同一企业累计获得示范类奖励最高不超过800万元'));
    const edited = await project.documents.checkDocument(doc);
    assert.notEqual(edited, first);
    assert.ok(!edited.findings.some(f => f.code === 'funding-cap-conflict'), 'the finding follows the edit');
    // A plan edited after the document check: the document is not checked again for it.
    project.setOverlay(plan, `${readFileSync(plan, 'utf8')}\n`);
    await project.check(plan);
    assert.equal(await project.documents.checkDocument(doc), edited, 'a plan edit does not check the document again');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
