// The extension-host suite in a real workbench, in both extension hosts: the node host (default)
// and the web-worker host (as vscode.dev runs it), with the packaged extension and seeds/ open; then,
// in the same workbench and host, a drafter's session on a source document (sourceDocument.mjs) and on a
// Word file in its paragraph view (documentView.mjs).
import { describe, test, before, after } from 'node:test';

// Whatever a workbench leaves behind (an extension host, a socket), this file ends once its tests
// have reported: the timer does not keep the process alive, and the harness has set the exit code.
after(() => {
  setTimeout(() => process.exit(), 3000).unref();
});
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch } from '../browser/chromium.mjs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { deadline, TEST_MS } from './deadline.mjs';
import { buildSuite, out, runnerExtension, scratchDir, seedsWorkspace, startCodeServer } from './codeServer.mjs';
import { draftingInTheWorkbench, workspaceMissingATarget } from './sourceDocument.mjs';
import { wordSourceInTheWorkbench, workspaceWithAWordSource } from './documentView.mjs';
import { planSystemInTheWorkbench, planSystemWorkspace } from './planSystem.mjs';
import { monitoringInTheWorkbench, monitoringWorkspace } from './monitoring.mjs';
import { documentFindingsInTheWorkbench, workspaceWithAnUncitedDocument } from './documentFindings.mjs';
import { walkthroughFirstStep, walkthroughWorkspace } from './walkthrough.mjs';

for (const host of (process.env.E2E_HOSTS ?? 'node,web').split(',')) {
  describe(`the ${host} extension host`, () => {
    let scratch, server, browser;
    before(async () => {
      mkdirSync(out, { recursive: true });
      scratch = scratchDir();
      const settings = host === 'web' ? { 'remote.extensionKind': { 'planlint.planlint': ['web'] } } : {};
      // The workbench opens any folder: the suite's seeds, then the drafter's.
      server = await startCodeServer({ scratch, workspace: seedsWorkspace(scratch), settings });
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    test(`extension-host tests pass in the ${host} extension host`, { timeout: TEST_MS }, async () => {
      const d = deadline();
      const workspace = join(scratch, 'seeds');
      const lines = [];
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('console', m => lines.push(m.text()));
      const exit = new Promise(resolve =>
        page.exposeFunction('codeAutomationExit', code => {
          resolve(code);
        }),
      );
      const remote = p => `vscode-remote://127.0.0.1:${server.port}${p}`;
      // planlint.vsix is installed as a user installs it; a runner extension puts the workbench in test
      // mode in the host under test, where the remote.extensionKind setting has placed planlint too.
      const runner = runnerExtension(scratch, host);
      // Inside the runner's folder: VS Code runs the tests in the host of the extension that holds them.
      const suite = await buildSuite(runner);
      const payload = JSON.stringify([
        ['extensionDevelopmentPath', remote(runner)],
        ['extensionDevelopmentKind', host === 'web' ? 'web' : 'workspace'],
        ['extensionTestsPath', remote(suite)],
      ]);
      // Which server does the work: a node process for the node host; none (the web worker) for the web host.
      let nodeServer = false;
      const poll = setInterval(() => {
        if (
          spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.includes(
            `${server.installed}/dist/server-node.js`,
          )
        )
          nodeServer = true;
      }, 300);
      try {
        await page.goto(
          `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`,
          d.wait(),
        );
        const code = await d.within('the workbench to finish the tests', exit).catch(e => {
          throw new Error(`${e.message}; so far:\n${lines.filter(l => /PLANLINT_E2E/.test(l)).join('\n')}`);
        });
        await page.screenshot({ path: `${out}/hosts-${host}.png` });
        assert.equal(
          nodeServer,
          host === 'node',
          `a node language server process ${nodeServer ? 'runs' : 'does not run'}`,
        );
        const all = [...lines, ...server.log.join('').split('\n')];
        const results = all.filter(l => /PLANLINT_E2E/.test(l));
        const report = results.join('\n') || all.slice(-60).join('\n');
        assert.ok(
          all.some(l => l.includes(`PLANLINT_E2E_HOST=${host}`)),
          `ran in the ${host} host:\n${report}`,
        );
        // Every test of the suite passed, and at least the nine the suite has always had ran.
        const summary = all.map(l => /PLANLINT_E2E (\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
        assert.ok(summary && Number(summary[1]) >= 9 && summary[2] === '0', report);
        assert.equal(code, 0, report);
      } finally {
        clearInterval(poll);
        await page.close();
      }
    });

    test(`a drafter reads a source document, reloads, goes to ¶N, adds to a plan and drafts one (${host} host)`, {
      timeout: TEST_MS,
    }, async () => {
      await draftingInTheWorkbench({ browser, base: server.base, workspace: workspaceMissingATarget(scratch), host });
    });

    test(`a Word file opens in its paragraph view, a plan's hover lands on its paragraph, it drafts (${host} host)`, {
      timeout: TEST_MS,
    }, async () => {
      const workspace = await workspaceWithAWordSource(scratch);
      await wordSourceInTheWorkbench({ browser, base: server.base, workspace, host });
    });

    test(`an aligned indicator's hover shows the national target, and F12 opens the national plan (${host} host)`, {
      timeout: TEST_MS,
    }, async () => {
      const workspace = planSystemWorkspace(scratch);
      await planSystemInTheWorkbench({ browser, base: server.base, workspace, host });
    });

    test(`a plan with actuals shows their standing as inlay hints, and its evaluation in a webview (${host} host)`, {
      timeout: TEST_MS,
    }, async () => {
      await monitoringInTheWorkbench({ browser, base: server.base, workspace: monitoringWorkspace(scratch), host });
    });

    test(`a document no plan cites shows its planted growth mismatch, links the paragraph, drafts (${host} host)`, {
      timeout: TEST_MS,
    }, async () => {
      const workspace = workspaceWithAnUncitedDocument(scratch);
      await documentFindingsInTheWorkbench({ browser, base: server.base, workspace, host });
    });

    test(`Get Started: the walkthrough's first step opens a document and is ticked off (${host} host)`, {
      timeout: TEST_MS,
    }, async () => {
      await walkthroughFirstStep({ browser, base: server.base, workspace: walkthroughWorkspace(scratch), host });
    });
  });
}
