// What only a person sees, in a real workbench in Chromium: the plan opened from the Explorer, the
// Problems panel, a hover on a number showing its source paragraph, and its link opening the source.
import { test, after } from 'node:test';

// Whatever a workbench leaves behind (an extension host, a socket), this file ends once its tests
// have reported: the timer does not keep the process alive, and the harness has set the exit code.
after(() => {
  setTimeout(() => process.exit(), 3000).unref();
});
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../browser/chromium.mjs';
import { out, scratchDir, seedsWorkspace, startCodeServer } from './codeServer.mjs';
import { repoRoot } from '../helpers.mjs';
import { deadline, TEST_MS } from './deadline.mjs';
import { openFromExplorer } from './workbench.mjs';

const PLAN = 'sx-industry-13th.plan.yaml';

/** The line (from 1) of the 13th plan's 952.9 baseline, wherever the seed plan now has it. */
const BASELINE_LINE =
  readFileSync(join(repoRoot, 'seeds/plans', PLAN), 'utf8')
    .split('\n')
    .findIndex(l => l.includes('value: 952.9')) + 1;

test('a reviewer opens a seed plan, sees its problems, hovers a number and follows it to the source', {
  timeout: TEST_MS,
}, async () => {
  // The scenario's deadline covers the workbench's start too: this file starts its own.
  const d = deadline();
  mkdirSync(out, { recursive: true });
  const scratch = scratchDir();
  const workspace = seedsWorkspace(scratch);
  const server = await startCodeServer({ scratch, workspace, d });
  const browser = await launch();
  try {
    const { page } = await openFromExplorer({ browser, base: server.base, workspace }, d, 'plans', PLAN);
    await page.screenshot({ path: `${out}/1-plan-opened.png` });

    await page.locator('.monaco-editor .view-lines').first().click(d.wait());
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel');
    await problems
      .getByText(/stated growth 11% a year/)
      .first()
      .waitFor(d.wait());
    assert.ok((await problems.getByText(/stated growth 13% a year/).count()) > 0, 'both growth mismatches are listed');
    await page.screenshot({ path: `${out}/2-problems-panel.png` });

    // Bring the baseline of infoIndustryRevenue into view, then hover its number.
    await page.locator('.monaco-editor .view-lines').first().click(d.wait());
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').waitFor(d.wait());
    await page.keyboard.type(String(BASELINE_LINE));
    await page.keyboard.press('Enter');
    // The baseline's own line: a comment above it quotes the same figure.
    const number = page
      .locator('.monaco-editor .view-line', { hasText: 'value: 952.9' })
      .locator('span', { hasText: /^952\.9$/ })
      .first();
    await number.waitFor(d.wait());
    const hover = page.locator('.monaco-hover:visible');
    // The pointer rests on the number until its hover shows the paragraph; moved off and back if the hover
    // came before the server's answer (a hover is not redrawn).
    await d.again(async patience => {
      await page.mouse.move(0, 0);
      await number.hover({ timeout: patience });
      await hover.getByText('我省信息产业实现收入952.9亿元').first().waitFor({ timeout: patience });
    });
    assert.match(await hover.innerText(), /¶10/);
    await page.screenshot({ path: `${out}/3-hover-source-paragraph.png` });

    await hover.getByRole('link', { name: /Open ¶10/ }).click(d.wait());
    await page.locator('.tab.active', { hasText: '004_20b7e8ad50f7031c.txt' }).waitFor(d.wait());
    await page
      .locator('.monaco-editor .view-lines', { hasText: '我省信息产业实现收入952.9亿元' })
      .first()
      .waitFor(d.wait());
    await page.screenshot({ path: `${out}/4-source-document-opened.png` });
  } finally {
    await browser.close();
    await server.stop();
  }
});
