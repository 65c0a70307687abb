// Adding a rule means one module, its two fixtures and its docs section: every rule code is checked for
// all of them, each module's meta for completeness, and the modules for what a reviewer would otherwise
// have to notice (unregistered, two rules in one file, one rule importing another, a message or a fix
// kind that no fixture makes the rule report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkResult, core, diskHost, expectations, repoRoot } from '../helpers.mjs';
import { committedIndex, DOCS, ruleIndex } from '../../scripts/rules-docs.mjs';

const read = f => readFileSync(join(repoRoot, f), 'utf8');
const fixtureDir = join(repoRoot, 'test/fixtures/rules');
const fixtures = readdirSync(fixtureDir);
const docs = { en: read(DOCS.en), zh: read(DOCS.zh) };

/** The rule modules' sources: file name (without .ts) → the codes it defines, and its text. */
const rulesDir = 'server/src/core/rules';
const modules = new Map(
  readdirSync(join(repoRoot, rulesDir))
    .filter(f => f.endsWith('.ts'))
    .map(f => {
      const text = read(`${rulesDir}/${f}`);
      const codes = [...text.matchAll(/defineRule\(\{\s*meta:\s*\{\s*code:\s*'([^']+)'/g)].map(m => m[1]);
      return [f.slice(0, -3), { codes, text }];
    })
    .filter(([, m]) => m.text.includes('defineRule(')),
);

/**
 * What the rules report on every plan of test/fixtures/ and seeds/, and on plans past the resource
 * limits: `code:messageId` and `code:fix:kind`. Each rule runs through the checker's `rules` option with
 * its `report` recorded, so a message counts as used only when a plan makes its rule report it (not when
 * its id merely appears somewhere in the module).
 */
async function reported() {
  const seen = new Set();
  const recording = (rule, ctx) => ({
    ...ctx,
    report(span, id, values, fix) {
      seen.add(`${rule.meta.code}:${id}`);
      if (fix) seen.add(`${rule.meta.code}:fix:${fix.kind}`);
      ctx.report(span, id, values, fix);
    },
  });
  // A rule's check outside items, its checks of each item and across items, each with its reports recorded.
  const rules = core.ALL_RULES.map(rule => ({
    meta: rule.meta,
    ...(rule.check ? { check: ctx => rule.check(recording(rule, ctx)) } : {}),
    ...(rule.across
      ? { across: { ...rule.across, check: (ctx, group) => rule.across.check(recording(rule, ctx), group) } }
      : {}),
    ...(rule.each
      ? {
          each: Object.fromEntries(
            Object.entries(rule.each).map(([kind, visit]) => [kind, (ctx, item) => visit(recording(rule, ctx), item)]),
          ),
        }
      : {}),
  }));
  const run = async (root, file, limits) => {
    const cfg = join(root, 'planlint.config.yaml');
    const config = existsSync(cfg) ? core.parseConfig(readFileSync(cfg, 'utf8')).config : undefined;
    const result = await checkResult(diskHost, realpathSync(root), realpathSync(file), {
      config,
      rules,
      limits: limits ?? config?.limits,
    });
    for (const d of result.ok ? result.diagnostics : [])
      assert.doesNotMatch(d.message, /internal error in rule/, `${file}: the recording broke a rule`);
  };
  const plansIn = dir =>
    readdirSync(dir, { withFileTypes: true }).flatMap(e =>
      e.isDirectory() ? plansIn(join(dir, e.name)) : e.name.endsWith('.plan.yaml') ? [join(dir, e.name)] : [],
    );
  /** A plan's root: the nearest folder above it with a planlint.config.yaml, else its own. */
  const rootOf = file => {
    for (let d = dirname(file); d.startsWith(repoRoot) && d !== repoRoot; d = dirname(d))
      if (existsSync(join(d, 'planlint.config.yaml'))) return d;
    return dirname(file);
  };
  for (const file of [...plansIn(join(repoRoot, 'test/fixtures')), ...plansIn(join(repoRoot, 'seeds'))])
    await run(rootOf(file), file);
  // No fixture is that large: an include and a source over small limits, a source of too many paragraphs.
  const d = mkdtempSync(join(tmpdir(), 'planlint-rule-modules-'));
  writeFileSync(join(d, 'big.orgs.yaml'), `organizations: {}\n${'# padding\n'.repeat(200)}`);
  writeFileSync(join(d, 'big.txt'), '第一段。\n'.repeat(300_000));
  writeFileSync(join(d, 'many.txt'), 'a\n'.repeat(1_000_001));
  writeFileSync(join(d, 'big.plan.yaml'), `planlint: 1\n${'# padding\n'.repeat(200)}`);
  writeFileSync(
    join(d, 'p.plan.yaml'),
    'planlint: 1\nplan: { id: l, title: 限制, period: [2016, 2020], baseline_year: 2015 }\n' +
      'include: [big.orgs.yaml]\nsources:\n  big: { path: big.txt }\n  many: { path: many.txt }\n' +
      'indicators:\n  x: { name: x, unit: 个, direction: increase, growth: 1%, aligns: { plan: big.plan.yaml, indicator: y } }\n',
  );
  await run(d, join(d, 'p.plan.yaml'), { maxPlanBytes: 1000, maxSourceBytes: 2_500_000 });
  rmSync(d, { recursive: true, force: true });
  return seen;
}
const used = await reported();

const holes = s => [...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
const HAN = /\p{Script=Han}/u;

test('the registry is the rule modules: each registered, one rule a module, none importing another', () => {
  const defined = [...modules.values()].flatMap(m => m.codes).sort();
  assert.deepEqual(defined, core.ALL_RULES.map(r => r.meta.code).sort(), 'modules defining a rule vs ALL_RULES');
  for (const [name, m] of modules) {
    assert.equal(m.codes.length, 1, `${name}.ts: one defineRule({ meta: { code } }) per module`);
    for (const [, from] of m.text.matchAll(/from '\.\/([^']+)'/g)) {
      assert.ok(
        !modules.has(from),
        `${name}.ts imports the rule module ${from}.ts: move what they share below the rules`,
      );
    }
  }
});

/** The files of rules/ that are not rule modules: the framework and the rows of the other codes. */
const FRAMEWORK = ['context', 'define', 'index', 'otherCodes'];

test('rules/ holds the rule modules and their framework; nothing outside reaches a rule or a helper there', () => {
  const files = readdirSync(join(repoRoot, rulesDir)).filter(f => f.endsWith('.ts'));
  for (const f of files) {
    const name = f.slice(0, -3);
    assert.ok(
      modules.has(name) || FRAMEWORK.includes(name),
      `${rulesDir}/${f} is neither a rule module nor the framework: what rules share lives below them (model/, …)`,
    );
  }
  const walk = dir =>
    readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap(e =>
      e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
    );
  for (const f of walk('server/src').filter(f => !f.startsWith(`${rulesDir}/`))) {
    for (const [, name] of read(f).matchAll(/from '(?:\.\.?\/)+(?:core\/)?rules\/([^']+)'/g)) {
      assert.ok(FRAMEWORK.includes(name), `${f} imports rules/${name}.ts: only the framework is for outside use`);
    }
  }
});

test('codes: the rule table is the reader codes and the modules, with no code twice', () => {
  const codes = [...core.RULES, ...core.EXTRA_CODES].map(r => r.code);
  assert.deepEqual(codes, [...new Set(codes)]);
  assert.deepEqual(
    core.RULES.slice(-core.ALL_RULES.length).map(r => r.code),
    core.ALL_RULES.map(r => r.meta.code),
  );
  for (const r of [...core.RULES, ...core.EXTRA_CODES]) {
    assert.match(r.code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(r.severity), `${r.code}: severity ${r.severity}`);
    assert.ok(r.summary.en && HAN.test(r.summary.zh), `${r.code}: a summary in English and in Chinese`);
    assert.ok(r.docs.startsWith('https://'), `${r.code}: docs`);
  }
});

for (const { code, docs: url } of core.RULES) {
  test(`${code}: a fixture that fires it, a near miss, a section in both docs`, () => {
    assert.ok(fixtures.includes(`${code}.fires.plan.yaml`), `missing test/fixtures/rules/${code}.fires.plan.yaml`);
    assert.ok(fixtures.includes(`${code}.ok.plan.yaml`), `missing test/fixtures/rules/${code}.ok.plan.yaml`);
    const own = f => f.startsWith(`${code}.`) || f.startsWith(`${code}-`);
    const expected = fixtures
      .filter(f => own(f) && f.endsWith('.fires.plan.yaml'))
      .flatMap(f => expectations(join(fixtureDir, f)));
    assert.ok(
      expected.some(e => e.endsWith(`:${code}`)),
      `${code}: no fires fixture marks a line with # expect: ${code}`,
    );
    assert.ok(!expectations(join(fixtureDir, `${code}.ok.plan.yaml`)).some(e => e.endsWith(`:${code}`)));
    for (const [lang, text] of Object.entries(docs)) {
      assert.ok(new RegExp(`^## ${code}$`, 'm').test(text), `${DOCS[lang]} has no section '## ${code}'`);
    }
    assert.ok(url.endsWith(`#${code}`), `${code}: its docs link goes to its section`);
  });
}

for (const { meta } of core.ALL_RULES) {
  test(`${meta.code}: its messages are in both languages, with the same placeholders, and each is reported`, () => {
    const ids = Object.keys(meta.messages);
    assert.ok(ids.length, 'no messages');
    for (const id of ids) {
      const { en, zh } = meta.messages[id];
      assert.match(id, /^[a-z][A-Za-z]*$/, `message id '${id}'`);
      assert.ok(en && zh, `${id}: a text in English and in Chinese`);
      // A message made only of a placeholder passes on words from elsewhere (the schema validator's).
      assert.ok(HAN.test(zh) || (zh === en && /^(\{\w+\})+$/.test(en)), `${id}: the Chinese text is Chinese`);
      assert.deepEqual([...new Set(holes(zh))], [...new Set(holes(en))], `${id}: the same placeholders`);
      for (const t of [en, zh]) assert.doesNotMatch(t.replace(/\{\w+\}/g, ''), /[{}]/, `${id}: a stray brace`);
      assert.ok(
        used.has(`${meta.code}:${id}`),
        `${id}: no plan of test/fixtures/ or seeds/ makes the rule report it (dead, or untested: add a fixture line)`,
      );
    }
    for (const kind of meta.fixes)
      assert.ok(used.has(`${meta.code}:fix:${kind}`), `fix '${kind}' declared, never given on a fixture or seed`);
  });
}

test('the rule index of both docs is what the modules give (node scripts/rules-docs.mjs)', () => {
  for (const [lang, text] of Object.entries(docs)) assert.equal(committedIndex(text), ruleIndex(lang), DOCS[lang]);
});

test('codes beyond the contract: each documented in both docs, none configurable', () => {
  const beyond = { en: '## Codes beyond the contract', zh: '## 格式约定之外的代码' };
  for (const { code } of core.EXTRA_CODES) {
    assert.ok(!core.RULE_CODES.has(code), code);
    for (const [lang, text] of Object.entries(docs)) {
      const section = text.slice(text.indexOf(beyond[lang]));
      assert.match(section, new RegExp(`^- \`${code}\``, 'm'), `${DOCS[lang]}: ${code}`);
    }
  }
});
