// Plans that carry down other plans (aligns, allocated_to) under hostile input: links that leave the workspace
// (also through a symbolic link), link cycles, a link to a binary file; each linked plan read once per check,
// and the dependency graph: a change to a linked plan checks the plans linking to it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkResult, core, diskHost } from '../helpers.mjs';

const head = (id, region = '示例省') =>
  `planlint: 1\nplan: { id: ${id}, title: 规划${id}, region: ${region}, period: [2021, 2025], baseline_year: 2020 }\n`;
const indicator = (id, value, extra = '') =>
  `  ${id}:\n    name: 指标${id}\n    unit: 万吨\n    type: binding\n    direction: increase\n` +
  `    targets: [{ year: 2025, value: ${value} }]\n    responsible: [局]\n${extra}`;
const orgs = 'organizations:\n  局: { name: 局 }\n';

/** A host over the disk that counts what it reads. */
function countingHost() {
  const reads = new Map();
  return {
    reads,
    async readFile(uri, max) {
      reads.set(uri, (reads.get(uri) ?? 0) + 1);
      return diskHost.readFile(uri, max);
    },
    realPath: diskHost.realPath,
  };
}

function workspace() {
  const outer = realpathSync(mkdtempSync(join(tmpdir(), 'planlint-links-')));
  const root = join(outer, 'ws');
  mkdirSync(root);
  return { outer, root, done: () => rmSync(outer, { recursive: true, force: true }) };
}

async function checkIn(root, file, host = diskHost) {
  const r = await checkResult(host, root, join(root, file));
  assert.ok(r.ok);
  return r.diagnostics.map(d => `${d.range.start.line + 1}:${d.code}:${d.message}`);
}

test('a link through a symbolic link out of the workspace is never read', async () => {
  const { outer, root, done } = workspace();
  try {
    writeFileSync(join(outer, 'secret.plan.yaml'), `${head('s')}${orgs}indicators:\n${indicator('x', 1)}`);
    symlinkSync(join(outer, 'secret.plan.yaml'), join(root, 'inside.plan.yaml'));
    writeFileSync(
      join(root, 'a.plan.yaml'),
      `${head('a')}${orgs}indicators:\n${indicator('x', 5, '    aligns: [{ plan: inside.plan.yaml, indicator: x }, { plan: ../secret.plan.yaml, indicator: x }]\n')}` +
        'goals:\n  g: { title: g, indicators: [x] }\n',
    );
    const host = countingHost();
    const found = await checkIn(root, 'a.plan.yaml', host);
    assert.equal(found.filter(d => /unknown-reference:.*outside the workspace/.test(d)).length, 2, found.join('\n'));
    assert.ok(!found.some(d => d.includes('alignment-weaker')), 'nothing of the outside plan was compared');
    for (const uri of host.reads.keys()) assert.ok(uri.startsWith(`${root}/`), `read ${uri}`);
    assert.ok(!host.reads.has(join(root, 'inside.plan.yaml')), 'the link to the outside was not followed');
  } finally {
    done();
  }
});

test('two plans that link to each other are each checked once, and each linked plan is read once', async () => {
  const { root, done } = workspace();
  try {
    // a carries down b's binding 10 with 8 (weaker); b carries down a's 8 with 10 and splits into a three times over.
    writeFileSync(
      join(root, 'a.plan.yaml'),
      `${head('a')}${orgs}indicators:\n${indicator('x', 8, '    aligns: { plan: b.plan.yaml, indicator: x }\n')}` +
        `${indicator('y', 1, '    aligns: [{ plan: b.plan.yaml, indicator: x }, { plan: b.plan.yaml, indicator: z }]\n')}` +
        'goals:\n  g: { title: g, indicators: [x, y] }\n',
    );
    writeFileSync(
      join(root, 'b.plan.yaml'),
      `${head('b')}${orgs}indicators:\n${indicator('x', 10, '    aligns: { plan: a.plan.yaml, indicator: x }\n    allocated_to: [{ plan: a.plan.yaml, indicator: x }]\n')}` +
        `${indicator('z', 10)}goals:\n  g: { title: g, indicators: [x, z] }\n`,
    );
    const host = countingHost();
    const a = await checkIn(root, 'a.plan.yaml', host);
    assert.deepEqual(
      a.map(d => d.split(':').slice(0, 2).join(':')),
      ['11:alignment-weaker', '19:alignment-weaker', '19:alignment-weaker'],
      a.join('\n'),
    );
    assert.equal(host.reads.get(join(root, 'b.plan.yaml')), 1, 'b read once for three links');
    const b = await checkIn(root, 'b.plan.yaml');
    assert.deepEqual(
      b.map(d => d.split(':').slice(0, 2).join(':')),
      ['11:allocation-shortfall'],
      b.join('\n'),
    );
    assert.match(b[0], /add up to 8万吨, short of its 10万吨: a\.plan\.yaml '指标x' 8万吨/);
  } finally {
    done();
  }
});

test('a link to a binary file, a folder, or a plan that does not parse is an unknown-reference, not a crash', async () => {
  const { root, done } = workspace();
  try {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    writeFileSync(join(root, 'image.plan.yaml'), Buffer.concat([png, Buffer.alloc(4096, 0xff)]));
    mkdirSync(join(root, 'folder.plan.yaml'));
    writeFileSync(join(root, 'broken.plan.yaml'), 'planlint: 1\nplan: { id: [\n');
    const links = ['image.plan.yaml', 'folder.plan.yaml', 'broken.plan.yaml']
      .map(p => `{ plan: ${p}, indicator: x }`)
      .join(', ');
    writeFileSync(
      join(root, 'a.plan.yaml'),
      `${head('a')}${orgs}indicators:\n${indicator('x', 8, `    aligns: [${links}]\n`)}goals:\n  g: { title: g, indicators: [x] }\n`,
    );
    const found = await checkIn(root, 'a.plan.yaml');
    assert.deepEqual(
      found.map(d => d.split(':').slice(1).join(':')),
      [
        "unknown-reference:linked plan 'image.plan.yaml' is not text in UTF-8, UTF-16 or GB18030",
        "unknown-reference:linked plan 'folder.plan.yaml' is not a regular file and is not read",
        "unknown-reference:linked plan 'broken.plan.yaml' has YAML syntax errors, so its indicators cannot be used",
      ],
    );
  } finally {
    done();
  }
});

test('a change to a linked plan, its open buffer or its file, checks the plans linking to it again', async () => {
  const { root, done } = workspace();
  try {
    const master = join(root, 'master.plan.yaml');
    const masterText = v =>
      `${head('m')}${orgs}indicators:\n${indicator('x', v)}goals:\n  g: { title: g, indicators: [x] }\n`;
    writeFileSync(master, masterText(10));
    writeFileSync(
      join(root, 'special.plan.yaml'),
      `${head('s')}${orgs}indicators:\n${indicator('x', 9, '    aligns: { plan: master.plan.yaml, indicator: x }\n')}` +
        'goals:\n  g: { title: g, indicators: [x] }\n',
    );
    writeFileSync(join(root, 'planlint.config.yaml'), 'rules: {}\n');
    const project = new core.Project(diskHost, root);
    const special = join(root, 'special.plan.yaml');
    const codes = async () => (await project.check(special)).diagnostics.map(d => d.code);
    assert.deepEqual(await codes(), ['alignment-weaker']);
    // The editor's buffer of the master plan lowers the binding figure: the special plan is no longer weaker.
    project.setOverlay(master, masterText(9));
    assert.deepEqual(project.invalidate(master), [special]);
    assert.deepEqual(await codes(), []);
    // Closed again: back to the file on disk, which then changes.
    project.clearOverlay(master);
    assert.deepEqual(await codes(), ['alignment-weaker']);
    writeFileSync(master, masterText(8));
    assert.deepEqual(project.invalidate(master), [special]);
    assert.deepEqual(await codes(), []);
  } finally {
    done();
  }
});

test('a link that leaves the workspace in any written form is refused before anything is read', async () => {
  const { outer, root, done } = workspace();
  try {
    writeFileSync(join(outer, 'secret.plan.yaml'), `${head('s')}${orgs}indicators:\n${indicator('x', 1)}`);
    mkdirSync(join(root, 'sub'));
    const ways = [
      '../secret.plan.yaml',
      'sub/../../secret.plan.yaml',
      './sub/../../../ws/../secret.plan.yaml',
      join(outer, 'secret.plan.yaml'),
      `file://${join(outer, 'secret.plan.yaml')}`,
      'C:\\secret.plan.yaml',
      '\\\\server\\share\\secret.plan.yaml',
      'https://example.com/secret.plan.yaml',
    ];
    const links = ways.map(p => `      - { plan: ${JSON.stringify(p)}, indicator: x }\n`).join('');
    writeFileSync(
      join(root, 'a.plan.yaml'),
      `${head('a')}${orgs}indicators:\n${indicator('x', 5, `    aligns:\n${links}`)}` +
        'goals:\n  g: { title: g, indicators: [x] }\n',
    );
    const host = countingHost();
    const found = await checkIn(root, 'a.plan.yaml', host);
    const outside = found.filter(d => /unknown-reference:linked plan .* lies outside the workspace/.test(d));
    assert.equal(outside.length, ways.length, found.join('\n'));
    assert.equal(found.length, ways.length, 'nothing else: no comparison with the outside plan');
    assert.deepEqual([...host.reads.keys()], [join(root, 'a.plan.yaml')], 'only the checked plan was read');
  } finally {
    done();
  }
});

test('a link to a named pipe is not a regular file: refused without blocking on a read', async () => {
  const { root, done } = workspace();
  try {
    spawnSync('mkfifo', [join(root, 'pipe.plan.yaml')]);
    writeFileSync(
      join(root, 'a.plan.yaml'),
      `${head('a')}${orgs}indicators:\n${indicator('x', 5, '    aligns: { plan: pipe.plan.yaml, indicator: x }\n')}` +
        'goals:\n  g: { title: g, indicators: [x] }\n',
    );
    const found = await checkIn(root, 'a.plan.yaml');
    assert.deepEqual(
      found.map(d => d.split(':').slice(1).join(':')),
      ["unknown-reference:linked plan 'pipe.plan.yaml' is not a regular file and is not read"],
    );
  } finally {
    done();
  }
});

test('a linked plan past the size limit is an unknown-reference that says so', async () => {
  const { root, done } = workspace();
  try {
    const big = `${head('b')}${orgs}indicators:\n${indicator('x', 10)}# ${'填'.repeat(4000)}\n`;
    writeFileSync(join(root, 'big.plan.yaml'), big);
    writeFileSync(
      join(root, 'a.plan.yaml'),
      `${head('a')}${orgs}indicators:\n${indicator('x', 5, '    aligns: { plan: big.plan.yaml, indicator: x }\n')}` +
        'goals:\n  g: { title: g, indicators: [x] }\n',
    );
    const host = countingHost();
    const r = await checkResult(host, root, join(root, 'a.plan.yaml'), { limits: { maxPlanBytes: 4096 } });
    assert.ok(r.ok);
    assert.deepEqual(
      r.diagnostics.map(d => d.code),
      ['unknown-reference'],
      r.diagnostics.map(d => d.message).join('\n'),
    );
    assert.match(r.diagnostics[0].message, /linked plan 'big\.plan\.yaml' is larger than the size limit/);
  } finally {
    done();
  }
});

test('a cycle of three plans: each checked once, and an edit re-checks only the plan that links to it', async () => {
  const { root, done } = workspace();
  try {
    writeFileSync(join(root, 'planlint.config.yaml'), 'rules: {}\n');
    const names = ['a', 'b', 'c'];
    names.forEach((n, i) => {
      const next = names[(i + 1) % 3];
      writeFileSync(
        join(root, `${n}.plan.yaml`),
        `${head(n)}${orgs}indicators:\n${indicator('x', 10 + i, `    aligns: { plan: ${next}.plan.yaml, indicator: x }\n`)}` +
          'goals:\n  g: { title: g, indicators: [x] }\n',
      );
    });
    const host = countingHost();
    const project = new core.Project(host, root);
    // c (12) carries down a (10): fine; a (10) carries down b (11) and b (11) carries down c (12): weaker.
    const codes = {};
    for (const n of names) codes[n] = (await project.check(join(root, `${n}.plan.yaml`))).diagnostics.map(d => d.code);
    assert.deepEqual(codes, { a: ['alignment-weaker'], b: ['alignment-weaker'], c: [] });
    for (const n of names) assert.equal(host.reads.get(join(root, `${n}.plan.yaml`)), 1, `${n} read once`);
    // Linked plans' own links are not followed: a change to a concerns c alone (besides a itself, as the
    // server leaves it out), and c's check reads no further.
    const others = f => project.invalidate(join(root, f)).filter(u => u !== join(root, f));
    assert.deepEqual(others('a.plan.yaml'), [join(root, 'c.plan.yaml')]);
    assert.deepEqual(others('c.plan.yaml'), [join(root, 'b.plan.yaml')]);
  } finally {
    done();
  }
});
