// The Get Started walkthrough in a real workbench, as a new drafter meets it: opened from the command
// palette, its first step's button opens Quick Open, the document chosen there opens, and the step is
// ticked off. In English, or in Chinese where VS Code's display language is zh-cn.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { out, seedsWorkspace } from './codeServer.mjs';
import { deadline } from './deadline.mjs';
import { openWorkbench, palette } from './workbench.mjs';

const DOC = '001_9b1133b78090ed6f.txt';
const WORDS = {
  en: { title: 'Get Started with PlanLint', step: 'Open the source document', button: 'Open a document' },
  'zh-cn': { title: 'PlanLint 入门', step: '打开来源文件', button: '打开文件' },
};

export function walkthroughWorkspace(scratch) {
  mkdirSync(join(scratch, 'walkthrough'));
  return seedsWorkspace(join(scratch, 'walkthrough'));
}

export async function walkthroughFirstStep({ browser, base, workspace, host, language = 'en' }) {
  const words = WORDS[language];
  const d = deadline();
  const { page } = await openWorkbench({ browser, base, workspace }, d);
  try {
    await palette(page, d, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: words.title }).first().click(d.wait());
    const step = page.locator('button.getting-started-step', { hasText: words.step }).first();
    await step.waitFor(d.wait());
    assert.equal(await step.getAttribute('aria-checked'), 'false', 'the first step is not done yet');
    await page.screenshot({ path: `${out}/walkthrough-${host}-1-open.png` });
    await step.click(d.wait());
    const button = page
      .locator('.getting-started-step.expanded .button-container a.monaco-button', { hasText: words.button })
      .first();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const opened = page.locator('.tab.active', { hasText: DOC });
    // The button runs Quick Open. A click that lands while the step still takes the focus is not one, and
    // Quick Open closes if the workbench takes the focus back (an extension starting): then again, until
    // the scenario's deadline.
    let tries = 0;
    await d.again(async patience => {
      if (tries++) await page.screenshot({ path: `${out}/walkthrough-${host}-quick-open-${tries - 1}.png` });
      if (await opened.isVisible()) return;
      await button.click({ timeout: patience });
      await input.fill(DOC, { timeout: patience });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: DOC }).first().waitFor({ timeout: patience });
      await page.keyboard.press('Enter');
      await opened.waitFor({ timeout: patience });
    });
    // The extension has seen the document once its server draws the document's lenses (the seeds cite it):
    // only then is the step's context key set.
    await page.locator('.monaco-editor .codelens-decoration').first().waitFor(d.wait('attached'));
    // Back on the walkthrough: the step is ticked off.
    await page.locator('.tab', { hasText: 'Walkthrough' }).first().click(d.wait());
    await page
      .locator('button.getting-started-step[aria-checked="true"]', { hasText: words.step })
      .first()
      .waitFor(d.wait());
    await page.screenshot({ path: `${out}/walkthrough-${host}-2-done.png` });
  } catch (e) {
    await page.screenshot({ path: `${out}/walkthrough-${host}-failed.png` });
    throw e;
  } finally {
    await page.close();
  }
}
