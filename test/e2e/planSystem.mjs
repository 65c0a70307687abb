// Plans that carry down other plans, in a real workbench (issue 32): in examples/plan-system, the provincial
// master plan opened from the Explorer; the hover on its link to the national 森林覆盖率 shows the national
// target and why the province is held to it; Go to Definition (F12) on the link opens the national plan at
// that indicator.
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { out } from './codeServer.mjs';
import { deadline } from './deadline.mjs';
import { findInEditor, hoverAtCursor, openFromExplorer } from './workbench.mjs';

const MASTER = 'master-14th.plan.yaml';
const NATIONAL = 'national-14th.plan.yaml';

/** A copy of examples/plan-system (its planlint.config.yaml makes it the workspace root). */
export function planSystemWorkspace(scratch) {
  const ws = join(scratch, 'plan-system');
  cpSync(join(repoRoot, 'examples/plan-system'), ws, { recursive: true });
  return ws;
}

export async function planSystemInTheWorkbench({ browser, base, workspace, host }) {
  const d = deadline();
  const shot = name => `${out}/plan-system-${host}-${name}.png`;
  const { page } = await openFromExplorer({ browser, base, workspace }, d, 'province', MASTER);
  try {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    // Checked: the planted allocation-shortfall is underlined (the server has read the linked plans).
    await editor.locator('.squiggly-error').first().waitFor(d.wait('attached'));

    // The cursor inside the link's indicator id: `forestCover` of `aligns: { plan: ../national/…, … }`.
    await editor.locator('.view-lines').click(d.wait());
    await findInEditor(page, d, 'forestCover, must');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const hover = await hoverAtCursor(page, d, /Carries down/, async () => {
      await page.screenshot({ path: shot('1-hover') });
      await page.keyboard.press('Escape');
    });
    assert.match(hover, /Carries down '森林覆盖率' of \.\.\/national\/national-14th\.plan\.yaml/);
    assert.match(hover, /2025: 24\.1%/, 'the national target, by year');
    assert.match(hover, /must: meet/, 'why the province is held to it');

    // Go to Definition on the link: the national plan, at its 森林覆盖率.
    await page.keyboard.press('F12');
    await page.locator('.tab.active', { hasText: NATIONAL }).waitFor(d.wait());
    const lines = readFileSync(join(workspace, 'national', NATIONAL), 'utf8').split('\n');
    const line = lines.indexOf('  forestCover:') + 1;
    assert.ok(line > 0);
    await page
      .locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col \\d+`) })
      .first()
      .waitFor(d.wait());
    await page.screenshot({ path: shot('2-definition') });
  } catch (e) {
    await page.screenshot({ path: shot('failed') });
    throw e;
  } finally {
    await page.close();
  }
}
