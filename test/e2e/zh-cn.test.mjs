// The real-editor suite in a Chinese VS Code: one workbench (node extension host) whose display language
// is zh-cn (zhCnLocale.mjs), running the extension-host tests written for any language (PlanLint's
// messages in Chinese with no setting, a saved draft keeping its document's lenses, a finding recorded as
// the document's inconsistency and shown acknowledged) and the walkthrough's first step in Chinese.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../browser/chromium.mjs';
import { deadline, TEST_MS } from './deadline.mjs';
import { buildSuite, runnerExtension, out, scratchDir, seedsWorkspace, startCodeServer } from './codeServer.mjs';
import { walkthroughFirstStep, walkthroughWorkspace } from './walkthrough.mjs';
import { zhCnLocalization } from './zhCnLocale.mjs';

after(() => {
  setTimeout(() => process.exit(), 3000).unref();
});

describe('a zh-cn VS Code', () => {
  let scratch, server, browser;
  before(async () => {
    mkdirSync(out, { recursive: true });
    scratch = scratchDir();
    server = await startCodeServer({
      scratch,
      workspace: seedsWorkspace(scratch),
      locale: 'zh-cn',
      prepare: zhCnLocalization(scratch),
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the extension-host tests for any language pass, in Chinese', { timeout: TEST_MS }, async () => {
    const d = deadline();
    const lines = [];
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', m => lines.push(m.text()));
    const exit = new Promise(resolve => page.exposeFunction('codeAutomationExit', resolve));
    const remote = p => `vscode-remote://127.0.0.1:${server.port}${p}`;
    // A runner extension puts the workbench in test mode in the node host.
    const runner = runnerExtension(scratch);
    const suite = await buildSuite(runner);
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(runner)],
      ['extensionTestsPath', remote(suite)],
    ]);
    try {
      await page.goto(
        `${server.base}/?folder=${encodeURIComponent(join(scratch, 'seeds'))}&payload=${encodeURIComponent(payload)}`,
        d.wait(),
      );
      const code = await d.within('the workbench to finish the tests', exit).catch(e => {
        throw new Error(`${e.message}; so far:\n${lines.filter(l => /PLANLINT_E2E/.test(l)).join('\n')}`);
      });
      const all = [...lines, ...server.log.join('').split('\n')];
      const report = all.filter(l => /PLANLINT_E2E/.test(l)).join('\n') || all.slice(-60).join('\n');
      assert.ok(
        all.some(l => l.includes('PLANLINT_E2E_LANGUAGE=zh-cn')),
        `VS Code reports zh-cn:\n${report}`,
      );
      const summary = all.map(l => /PLANLINT_E2E (\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
      assert.ok(summary && Number(summary[1]) >= 3 && summary[2] === '0', report);
      assert.equal(code, 0, report);
    } finally {
      await page.close();
    }
  });

  test("Get Started in Chinese: the walkthrough's first step opens a document and is ticked off", {
    timeout: TEST_MS,
  }, async () => {
    const workspace = walkthroughWorkspace(scratch);
    await walkthroughFirstStep({ browser, base: server.base, workspace, host: 'zh-cn', language: 'zh-cn' });
  });
});
