// Real third-party LSP clients on the language server from the npm package: Debian's Neovim (0.7, its built-in
// client) and Emacs 28 with eglot (elpa-eglot), each headless, each starting `npx planlint-language-server --stdio`
// in a scratch plans repository where the packed tarball is installed offline (as test/cli/package.test.mjs does).
// `npm run test:editors` installs the editors first (scripts/ensure-editors.sh).
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { repoRoot } from '../helpers.mjs';
import { bash, pkg, plansRepo, tempDir, userEnv } from '../cli/scratch-repo.mjs';

const PLAN = 'plans/sx-industry-13th.plan.yaml';
const pinned = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/seeds.expected.json'), 'utf8')).filter(
  d => d.file === `seeds/${PLAN}`,
);
const QUOTED = '"非煤产业占全部工业增加值比重达到60%以上"';
const quoteLine = readFileSync(join(repoRoot, 'seeds', PLAN), 'utf8')
  .split('\n')
  .find(l => l.includes(QUOTED));
const quoteAt = quoteLine.indexOf(QUOTED);
/** The second growth finding of the plan (0-based), one line further down once a comment is added above the first. */
const secondGrowth = pinned.filter(d => d.code === 'growth-mismatch')[1].line;

let repo;
before(() => {
  repo = plansRepo();
  const r = bash(`npm install --save-dev planlint@${pkg.version}`, repo);
  assert.equal(r.status, 0, r.stderr);
});

test('npx planlint-language-server --stdio from the installed tarball: serves the protocol, exits cleanly', async () => {
  const proc = spawn('npx', ['planlint-language-server', '--stdio'], { cwd: repo, env: userEnv });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.listen();
  const init = await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  assert.deepEqual(init.serverInfo, { name: 'planlint', version: pkg.version });
  assert.equal(init.capabilities.positionEncoding, 'utf-16');
  await conn.sendRequest('shutdown');
  const exited = new Promise(r => proc.on('exit', r));
  await conn.sendNotification('exit');
  assert.equal(await exited, 0);
  conn.dispose();
});

/** Runs an editor's script on the scratch repository; what it saw at each step. */
function run(cmd, args) {
  const out = join(tempDir('editor'), 'out.json');
  const r = spawnSync(cmd, args, {
    cwd: repoRoot,
    env: { ...userEnv, PLANS_REPO: repo, OUT: out, HOME: tempDir('home') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(r.status, 0, `${cmd} failed: ${r.stderr}`);
  const seen = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(seen.error, undefined, `the script stopped: ${seen.error}`);
  return seen;
}

const EDITORS = {
  // Columns as each editor counts them: Neovim in bytes, Emacs in characters.
  neovim: {
    run: () => run('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', 'luafile test/editors/neovim.lua']),
    column: i => Buffer.byteLength(quoteLine.slice(0, i)),
    code: d => d.code,
  },
  emacs: {
    run: () => run('emacs', ['--batch', '--no-init-file', '-l', 'test/editors/eglot.el']),
    column: i => i,
    code: d => /\[([\w-]+)\]/.exec(d.text)?.[1],
  },
};

for (const [editor, e] of Object.entries(EDITORS)) {
  describe(editor, () => {
    let seen;
    before(() => {
      seen = e.run();
    });
    const codesAt = (diags, line) => diags.filter(d => d.line === line).map(e.code);

    test('opens a seed plan and shows its diagnostics where they are', () => {
      const shown = seen.opened.map(d => [d.line, d.col, e.code(d)]).sort((a, b) => a[0] - b[0]);
      assert.deepEqual(
        shown,
        pinned.map(d => [d.line - 1, d.column - 1, d.code]),
      );
    });

    test('hovers a number and gets its source paragraph', () => {
      assert.match(seen.hover, /¶10/);
      assert.match(seen.hover, /\*\*我省信息产业实现收入952\\\.9亿元\*\*/);
    });

    test('follows a definition from a quote to the quoted text in the source document', () => {
      assert.equal(seen.definition.file, '004_20b7e8ad50f7031c.txt');
      assert.match(seen.definition.text, /^非煤产业占全部工业增加值比重达到60%以上/);
    });

    test('makes an edit and sees the new diagnostic, at the right column after Chinese text', () => {
      const anchor = seen.edited.find(d => d.line === seen.edited_line);
      assert.ok(anchor, `a diagnostic on the edited line; shown: ${JSON.stringify(seen.edited)}`);
      assert.equal(e.code(anchor), 'source-anchor');
      assert.equal(anchor.col, e.column(quoteAt), 'it starts at the quote');
    });

    test('asks for a code action and applies it: the inconsistency of the document is recorded', () => {
      // The growth and the figures are each anchored to the document: no fix changes them (it would falsify the
      // plan); the preferred fix records the decision above the line, naming the paragraphs.
      assert.deepEqual(seen.actions.slice(0, 1), ['Record as an inconsistency of the document (¶10, ¶124)']);
      assert.ok(!seen.actions.some(a => /implied|Set the target/.test(a)), seen.actions.join(' | '));
      assert.match(
        seen.fixed_text,
        /# planlint-disable-next-line growth-mismatch -- inconsistency of the document \(¶10, ¶124\)/,
      );
      // Acknowledged findings stay visible as hints whose message says so; the open ones are the rest.
      const open = seen.fixed.filter(d => !/acknowledged: /.test(d.message ?? d.text));
      assert.ok(!codesAt(open, seen.growth_line + 1).includes('growth-mismatch'), 'the finding is no longer open');
      assert.ok(codesAt(open, secondGrowth).includes('growth-mismatch'), 'the other one stays (a line further down)');
    });
  });
}
