// The drafting benchmark's scorer (bench/draft/score.mjs): a plan scored against itself gives 100% on
// every measure and no wrong value; an empty draft gives 0% recall; a wrong number, year or role is
// counted as such.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.mjs';
import { scoreDraft } from '../../bench/draft/score.mjs';

const core = await import(join(repoRoot, 'dist/core.mjs'));
const planFile = join(repoRoot, 'seeds/plans/sx-digital-economy.plan.yaml');
const plan = parse(readFileSync(planFile, 'utf8'));
const [docId, src] = Object.entries(plan.sources)[0];
const docFile = resolve(dirname(planFile), src.path);
const doc = new core.SourceDocument(docFile, core.decodeText(readFileSync(docFile)).text);
const orgs = (plan.include ?? []).map(i => parse(readFileSync(resolve(dirname(planFile), i), 'utf8')).organizations);
/** The plan with its anchors into `docId` renamed to `main`, as a draft's are. */
const asDraft = p => JSON.parse(JSON.stringify(p).replaceAll(`"doc":"${docId}"`, '"doc":"main"'));

test('a plan scored against itself: 100% on every measure, nothing wrong', () => {
  const s = scoreDraft(core, { expected: plan, drafted: asDraft(plan), doc, docId, orgs });
  for (const k of ['num', 'lead', 'fund', 'precision']) {
    assert.ok(s[k][1] > 0, `${k} has something to count`);
    assert.equal(s[k][0], s[k][1], `${k}: ${s[k]}`);
  }
  assert.deepEqual(s.wrong, { value: 0, year: 0, role: 0, direction: 0, unmatched: 0 });
});

test('an empty draft: 0% recall, nothing drafted', () => {
  const s = scoreDraft(core, { expected: plan, drafted: { planlint: 1 }, doc, docId, orgs });
  for (const k of ['num', 'lead', 'fund']) assert.equal(s[k][0], 0, k);
  assert.deepEqual(s.precision, [0, 0]);
});

test('a drafted number with another value, year or role is counted wrong, by kind', () => {
  const draft = asDraft(plan);
  const [id, ind] = Object.entries(draft.indicators).find(([, i]) => i.targets?.[0]?.source?.quote);
  const t = ind.targets[0];
  const variants = {
    value: { ...t, value: 123456789 },
    year: { ...t, year: t.year + 1 },
    role: undefined,
  };
  for (const [kind, changed] of Object.entries(variants)) {
    const d = structuredClone(draft);
    if (changed) d.indicators[id].targets[0] = changed;
    else {
      d.indicators[id].targets.shift();
      d.indicators[id].actuals = [t];
    }
    const s = scoreDraft(core, { expected: plan, drafted: d, doc, docId, orgs });
    assert.equal(s.wrong[kind], 1, `${kind}: ${JSON.stringify(s.wrong)}`);
    assert.equal(s.precision[0], s.precision[1] - 1);
  }
});
