// The CI output formats, the baseline, suppressions and the report, as CI would run them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, repoRoot } from '../helpers.mjs';

const bin = join(repoRoot, 'bin/planlint.js');
const run = (args, cwd = repoRoot) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
function scratch(files) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-fmt-'));
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const FAULTY = `planlint: 1
plan: { id: f, title: 有问题的规划, period: [2016, 2020], baseline_year: 2015 }
indicators:
  share:
    name: 比重
    unit: "%"
    direction: increase
    baseline: { value: 53.2 }
    # planlint-disable-next-line percent-range -- the document states 120% (¶3); the plan keeps it
    targets: [{ year: 2020, value: 120 }]
    growth: "30%"
  other: { name: 收入, unit: 亿元, direction: increase, targets: [{ year: 2020, value: 5 }], responsible: [nobody] }
goals:
  G1: { title: g, indicators: [share, other] }
`;

function sarifValidate(file) {
  const r = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/@microsoft/sarif-multitool/bin.js'), 'validate', file],
    { encoding: 'utf8' },
  );
  return r.stdout + r.stderr;
}

test("sarif: valid for Microsoft's SARIF validator, on the seeds and on a faulty plan", () => {
  const dir = scratch({ 'f.plan.yaml': FAULTY });
  for (const [cwd, target] of [
    [repoRoot, 'seeds'],
    [dir, '.'],
  ]) {
    const out = join(dir, `${target === '.' ? 'faulty' : 'seeds'}.sarif`);
    const r = run(['--format', 'sarif', '--output', out, target], cwd);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = sarifValidate(out);
    assert.match(report, /Analysis completed successfully/, report);
    assert.doesNotMatch(report, /: error /, report);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.rules.length, core.RULES.length);
    assert.ok(
      log.runs[0].tool.driver.rules.every(
        x => x.helpUri.endsWith(`#${x.id}`) && x.shortDescription.text && x.defaultConfiguration.level,
      ),
    );
  }
  const log = JSON.parse(readFileSync(join(dir, 'faulty.sarif'), 'utf8'));
  const results = log.runs[0].results;
  const growth = results.find(x => x.ruleId === 'growth-mismatch');
  assert.deepEqual(growth.locations[0].physicalLocation.region, {
    startLine: 11,
    startColumn: 13,
    endLine: 11,
    endColumn: 18,
  });
  assert.equal(growth.locations[0].physicalLocation.artifactLocation.uri, 'f.plan.yaml');
  const suppressed = results.find(x => x.ruleId === 'percent-range');
  assert.deepEqual(suppressed.suppressions, [
    { kind: 'inSource', status: 'accepted', justification: 'the document states 120% (¶3); the plan keeps it' },
  ]);
  assert.equal(results.find(x => x.ruleId === 'unknown-reference').level, 'error');
});

test('sarif: fingerprints stay the same across unrelated edits', () => {
  const dir = scratch({ 'f.plan.yaml': FAULTY });
  const prints = () =>
    JSON.parse(run(['--format', 'sarif', 'f.plan.yaml'], dir).out)
      .runs[0].results.map(x => `${x.ruleId}:${x.partialFingerprints['planlintFinding/v1']}`)
      .sort();
  const before = prints();
  writeFileSync(join(dir, 'f.plan.yaml'), `# a comment added above everything\n\n${FAULTY}`);
  assert.deepEqual(prints(), before);
  writeFileSync(join(dir, 'f.plan.yaml'), FAULTY.replace('growth: "30%"', 'growth: "31%"'));
  assert.notDeepEqual(prints(), before, 'a changed finding is a new one');
});

test('github: workflow commands, escaped as the runner requires', () => {
  const dir = scratch({ 'a:b,c.plan.yaml': FAULTY.replace('responsible: [nobody]', 'responsible: ["no\\nbody%"]') });
  const r = run(['--format', 'github', '.'], dir);
  const lines = r.out.trim().split('\n');
  assert.ok(
    lines.every(l =>
      /^::(error|warning|notice) file=a%3Ab%2Cc\.plan\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(
        l,
      ),
    ),
    r.out,
  );
  assert.ok(lines.some(l => l.includes('title=growth-mismatch::stated growth 30%25 a year')));
  assert.ok(
    lines.some(l => l.includes('no%0Abody%25')),
    'newline and percent in a message are escaped',
  );
  assert.ok(lines.every(l => !l.includes('\r')));
});

/** A small well-formedness check: tags nest, attributes are quoted, entities are known. */
function wellFormed(xml) {
  const stack = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const m of body.matchAll(
    /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(amp|lt|gt|quot|apos);)/g,
  )) {
    if (m[0] === '<' || m[0] === '&') return false;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length === 0;
}

test('junit: well-formed XML, a test case per file and rule, a failure per diagnostic', () => {
  const dir = scratch({
    'f.plan.yaml': FAULTY,
    'ok.plan.yaml': 'planlint: 1\nplan: { id: o, title: "<b>&", period: [2016, 2020] }\n',
  });
  const xml = run(['--format', 'junit', '.'], dir).out;
  assert.ok(wellFormed(xml), xml);
  const n = core.RULES.length; // a test case per rule, in each of the two files
  assert.ok(xml.includes(`<testsuites name="planlint" tests="${2 * n}" failures="2" errors="0">`));
  assert.ok(xml.includes(`<testsuite name="f.plan.yaml" tests="${n}" failures="2" errors="0">`));
  assert.equal((xml.match(/<failure /g) ?? []).length, 2);
  assert.match(
    xml,
    /<testcase classname="f\.plan\.yaml" name="growth-mismatch">\s*<failure type="warning" message="stated growth 30% a year for &apos;比重&apos;, but 53\.2 → 120 % over 2015–2020 implies 17\.7%">/,
  );
});

test('gitlab: a code quality report', () => {
  const dir = scratch({ 'f.plan.yaml': FAULTY });
  const items = JSON.parse(run(['--format', 'gitlab', '.'], dir).out);
  assert.deepEqual(
    items.map(i => [i.check_name, i.severity, i.location.path, i.location.lines.begin]),
    [
      ['growth-mismatch', 'minor', 'f.plan.yaml', 11],
      ['unknown-reference', 'major', 'f.plan.yaml', 12],
    ],
  );
  assert.ok(items.every(i => /^[0-9a-f]{32}$/.test(i.fingerprint) && i.description));
});

test('several formats at once, each to its own output', () => {
  const dir = scratch({ 'f.plan.yaml': FAULTY });
  const r = run(
    ['--format', 'sarif', '--output', 'out/r.sarif', '--format', 'junit=out/r.xml', '--format', 'stylish', '.'],
    dir,
  );
  assert.equal(r.code, 1);
  assert.match(r.out, /✖ 2 problems/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8')).version, '2.1.0');
  assert.match(readFileSync(join(dir, 'out/r.xml'), 'utf8'), /<testsuites/);
  assert.equal(
    run(['--format', 'json', '--format', 'junit', '.'], dir).code,
    2,
    'two formats cannot share standard output',
  );
});

test('--baseline reports only new findings; --report-unused-disable reports stale suppressions', () => {
  const dir = scratch({ 'f.plan.yaml': FAULTY });
  writeFileSync(join(dir, 'baseline.json'), run(['--format', 'json', '.'], dir).out);
  const same = run(['--format', 'json', '--baseline', 'baseline.json', '.'], dir);
  assert.equal(same.code, 0);
  assert.deepEqual(JSON.parse(same.out), []);
  writeFileSync(join(dir, 'f.plan.yaml'), `\n${FAULTY.replace('[share, other]', '[share, other, gone]')}`);
  const moved = JSON.parse(run(['--format', 'json', '--baseline', 'baseline.json', '.'], dir).out);
  assert.deepEqual(
    moved.map(d => d.message),
    ["no indicator named 'gone'"],
    'old findings on moved lines are still known',
  );
  assert.equal(run(['--baseline', 'nope.json', '.'], dir).code, 2);
  writeFileSync(join(dir, 'g.plan.yaml'), FAULTY.replace('value: 120', 'value: 60'));
  const stale = JSON.parse(run(['--format', 'json', '--report-unused-disable', 'g.plan.yaml'], dir).out);
  assert.deepEqual(
    stale.filter(d => d.code === 'unused-disable').map(d => [d.line, d.severity]),
    [[9, 'warning']],
  );
});

test('sarif: a code beyond the rule table (unused-disable) has its rule, with the docs link of its meta', () => {
  const dir = scratch({ 'g.plan.yaml': FAULTY.replace('value: 120', 'value: 60') });
  const out = join(dir, 'stale.sarif');
  assert.equal(
    run(['--format', 'sarif', '--output', out, '--report-unused-disable', '.'], dir).code,
    1,
    'the plan has errors',
  );
  assert.doesNotMatch(sarifValidate(out), /: error /);
  const { tool, results } = JSON.parse(readFileSync(out, 'utf8')).runs[0];
  const stale = results.find(x => x.ruleId === 'unused-disable');
  const rule = tool.driver.rules[stale.ruleIndex];
  assert.equal(rule.id, 'unused-disable');
  assert.equal(rule.helpUri, core.ruleMeta('unused-disable').docs);
  assert.match(rule.helpUri, /#codes-beyond-the-contract$/);
  assert.equal(
    tool.driver.rules.length,
    core.RULES.length + 1,
    'the rule table and the one code beyond it that was reported',
  );
});

test('planlint rules and planlint schema', () => {
  const rules = JSON.parse(run(['rules', '--format', 'json']).out);
  assert.equal(rules.length, core.RULES.length);
  for (const r of rules) assert.equal(r.docs, core.ruleMeta(r.code).docs, r.code);
  assert.deepEqual(
    rules.find(r => r.code === 'growth-mismatch'),
    {
      code: 'growth-mismatch',
      severity: 'warning',
      description: 'The stated growth differs from the growth the numbers imply',
      docs: 'https://github.com/planlint/planlint/blob/main/docs/rules.md#growth-mismatch',
    },
  );
  assert.match(run(['rules', '--locale', 'zh-cn']).out, /^yaml-syntax\s+error\s+YAML 无法解析$/m);
  assert.deepEqual(
    JSON.parse(run(['schema']).out),
    JSON.parse(readFileSync(join(repoRoot, 'schemas/plan.schema.json'), 'utf8')),
  );
});

test('report: self-contained HTML with a chart per indicator and every source link resolving in the page', () => {
  const dir = scratch({});
  const r = run(['report', '--output', join(dir, 'report.html'), 'seeds']);
  assert.equal(r.code, 0, `the seeds hold warnings about their documents, no errors: ${r.err}`);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  const charts = (html.match(/<svg class="chart"/g) ?? []).length;
  assert.equal(charts, 173, 'one chart per indicator of the five seed plans (63 + 8 + 91 + 9 + 2)');
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map(m => m[1]));
  const links = [...html.matchAll(/href="#([^"]+)"/g)].map(m => m[1]);
  assert.ok(links.length > 80, `links: ${links.length}`);
  assert.deepEqual(
    links.filter(l => !ids.has(l)),
    [],
    'every source link resolves in the page',
  );
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'no request leaves the page');
  assert.match(
    html,
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/,
  );
  assert.match(html, /<mark>我省信息产业实现收入952\.9亿元<\/mark>/);
  const evil = scratch({
    'e.plan.yaml':
      'planlint: 1\nplan: { id: e, title: "<script>alert(1)</script>", period: [2016, 2020] }\nindicators:\n  a: { name: "<img src=x onerror=alert(1)>", unit: 亿元, direction: increase, targets: [{ year: 2020, value: 5 }] }\n',
  });
  const e = run(['report', '--output', '-', '.'], evil).out;
  assert.doesNotMatch(e, /<script>|<img /);
  assert.match(e, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('acknowledged findings: the report lists them apart with their reasons; --max-warnings does not count them', () => {
  // Two warnings, one recorded with a reason (unit-unknown on a made-up unit), one open.
  const plan = `planlint: 1
plan: { id: ack, title: 已确认规划, period: [2016, 2020], baseline_year: 2015 }
indicators:
  # planlint-disable-next-line unit-unknown -- 原文如此：第3段的单位写作“吨标”
  a: { name: 甲, unit: 吨标, direction: increase, baseline: { value: 1 }, targets: [{ year: 2020, value: 2 }] }
  b: { name: 乙, unit: 吨标, direction: increase, baseline: { value: 1 }, targets: [{ year: 2020, value: 2 }] }
goals:
  G: { title: g, indicators: [a, b] }
`;
  const dir = scratch({ 'a.plan.yaml': plan });
  const json = JSON.parse(run(['--format', 'json', '.'], dir).out);
  assert.deepEqual(
    json.map(d => `${d.line}:${d.code}`),
    ['6:unit-unknown'],
  );
  assert.equal(run(['--max-warnings', '1', '.'], dir).code, 0, 'one open warning: the recorded one is not counted');
  assert.equal(run(['--max-warnings', '0', '.'], dir).code, 1);
  for (const [locale, heading, reason, count] of [
    ['en', 'Acknowledged: decisions recorded with planlint-disable', 'Reason: ', '1 acknowledged'],
    ['zh-cn', '已确认：以 planlint-disable 记录的决定', '理由：', '1条已确认'],
  ]) {
    const html = run(['--locale', locale, 'report', '--output', '-', '.'], dir).out;
    assert.ok(html.indexOf('<section class="overview">') < html.indexOf('<section class="plan"'), 'findings first');
    const open = /<section class="findings">(.*?)<\/section>/s.exec(html)[1];
    const recorded = /<section class="acknowledged">(.*?)<\/section>/s.exec(html)[1];
    assert.equal((open.match(/<li /g) ?? []).length, 1);
    assert.match(open, /<li class="warning">.*\(<code>b<\/code>\).*6:23<\/small><\/li>/);
    assert.ok(html.includes(`<h2>${heading}</h2>`), locale);
    assert.match(recorded, /<li class="acknowledged">.*\(<code>a<\/code>\).*5:23<\/small><br><span class="reason">/);
    assert.ok(recorded.includes(`${reason}原文如此：第3段的单位写作“吨标”</span></li>`), recorded);
    assert.ok(html.includes(`<span class="acknowledged">${count}</span>`));
    assert.match(html, /@media print\{/);
  }
});

test('planlint report without --output writes planlint-report.html and says where', () => {
  const dir = scratch({ 'f.plan.yaml': FAULTY });
  const r = run(['report', '.'], dir);
  assert.equal(r.out, `planlint: wrote the report to ${join(dir, 'planlint-report.html')}\n`);
  assert.match(readFileSync(join(dir, 'planlint-report.html'), 'utf8'), /^<!doctype html>/);
});

test('planlint init: the config it writes fails CI on drift from the source; a left # draft: placeholder warns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-init-'));
  assert.equal(run(['init', '.'], dir).code, 0);
  const config = readFileSync(join(dir, 'planlint.config.yaml'), 'utf8');
  assert.match(config, /^ {2}source-value-drift: error$/m);
  assert.match(config, /^ {2}source-anchor: error$/m);
  assert.match(config, /drifted apart: CI fails on them/, 'with a comment why');
  assert.equal(run(['.'], dir).code, 0, 'the example plan checks clean');
  const plan = join(dir, 'plans/city-digital-economy-14th.plan.yaml');
  const text = readFileSync(plan, 'utf8');
  // A cited figure changed in the plan, not in its document: an error now, so the workflow fails.
  const value = /value: (\d+(?:\.\d+)?)[,\s}].*source:/.exec(text);
  assert.ok(value, 'the example cites a figure');
  writeFileSync(plan, text.replace(value[0], value[0].replace(value[1], `${value[1]}1`)));
  const drift = JSON.parse(run(['--format', 'json', '.'], dir).out).filter(d => d.code === 'source-value-drift');
  assert.deepEqual(
    drift.map(d => d.severity),
    ['error'],
  );
  assert.equal(run(['.'], dir).code, 1);
  // A drafted line with its placeholder left: a warning the github format shows on the line.
  writeFileSync(plan, `${text}# draft: check the period\n`);
  const gh = run(['--format', 'github', '.'], dir);
  assert.match(gh.out, /::warning file=plans\/city-digital-economy-14th\.plan\.yaml,line=\d+,.*draft-placeholder/);
});
