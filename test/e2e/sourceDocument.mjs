// A drafter at work on a source document, in a real workbench, as a person does it: the document opened
// from the Explorer shows ¶N and lenses naming the citing items, and still does after "Reload Window";
// "Go to ¶N" from the command palette; "Add to plan…" from the quick-fix menu on an uncited number, after
// which its hover and the coverage in the status bar follow; "Draft a plan from this document".
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { out, seedsWorkspace } from './codeServer.mjs';
import { deadline } from './deadline.mjs';
import { findInEditor, goToParagraph, hoverAtCursor, openFromExplorer, palette } from './workbench.mjs';

const DOC = '004_20b7e8ad50f7031c.txt';
/** ¶135 states a 1.5% target that this workspace's plan leaves out: the commitment to add. */
const SENTENCE = '省属重点国有企业研发投入占主营业务收入的比重达到1.5%以上';
const NAME = '省属重点国有企业研发投入占主营业务收入的比重';

/** The seeds, with the 13th-plan file leaving out ¶135's 1.5% target (as test/server/drafting.test.mjs). */
export function workspaceMissingATarget(scratch) {
  mkdirSync(join(scratch, 'drafting'));
  const ws = seedsWorkspace(join(scratch, 'drafting'));
  const plan = join(ws, 'plans/sx-industry-13th.plan.yaml');
  const text = readFileSync(plan, 'utf8')
    .replace(/\n {2}soeRdIntensity:\n(?: {4}.*\n)*/, '\n')
    .replace(/soeRdIntensity, |, soeRdIntensity/g, '');
  writeFileSync(plan, text);
  return ws;
}

export async function draftingInTheWorkbench({ browser, base, workspace, host }) {
  const d = deadline();
  const shot = name => `${out}/source-${host}-${name}.png`;
  const { page } = await openFromExplorer({ browser, base, workspace }, d, 'sources', DOC);
  try {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    // ¶10 is cited by three indicators' baselines: its lenses name them; every paragraph shows its number.
    const seen = async () => {
      await editor.locator('.codelens-decoration', { hasText: "'全省信息产业主营业务收入'" }).first().waitFor(d.wait());
      await editor.locator('.view-line', { hasText: '¶10' }).first().waitFor(d.wait());
    };
    await seen();
    await page.screenshot({ path: shot('1-paragraphs-and-lenses') });

    // Reloaded with the document open: its hints, lenses and ¶N come back without reopening it (the page's
    // load awaited first, so that what is seen is not the page before the reload).
    const reloaded = page.waitForEvent('load', d.wait());
    reloaded.catch(() => {}); // awaited below; not a second failure if the palette fails first
    await palette(page, d, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.tab.active', { hasText: DOC }).waitFor(d.wait());
    await seen();
    await page.screenshot({ path: shot('2-after-reload') });

    await goToParagraph(page, d, 135);
    // The whole paragraph selected, as the status bar counts it.
    const lines = readFileSync(join(workspace, 'sources', DOC), 'utf8').split('\n');
    const line = lines.findIndex(l => l.includes(SENTENCE));
    const selected = page.locator('.statusbar-item', { hasText: `Ln ${line + 1},` });
    await selected.first().waitFor(d.wait());
    assert.match(await selected.first().innerText(), new RegExp(`\\(${lines[line].length} selected\\)`));
    await page.screenshot({ path: shot('3-go-to-paragraph') });

    // The number 1.5% no plan cites: the cursor on it, its hint says so.
    await findInEditor(page, d, `${NAME}达到1.`);
    assert.match(await hoverAtCursor(page, d, /no plan item cites this number/), /¶135 \(1\.5%\)/);
    const coverage = page.locator('.statusbar-item', { hasText: /numbers cited/ }).first();
    const count = async () =>
      (await coverage.innerText())
        .match(/(\d+)\/(\d+) numbers cited/)
        .slice(1)
        .map(Number);
    const [cited, total] = await count();

    const menu = page.locator('.action-widget');
    const add = menu.locator('.monaco-list-row', { hasText: /Add to plan sx-industry-13th\.plan\.yaml/ });
    // The quick-fix menu, asked again if it opened before the server had the document's actions.
    await d.again(async patience => {
      if (await menu.isVisible()) await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await add.first().waitFor({ timeout: patience });
    });
    await page.screenshot({ path: shot('4-add-to-plan') });
    // Chosen with the keyboard, as the menu expects (a pointer block covers it while it opens).
    const focused = menu.locator('.monaco-list-row.focused');
    for (let i = 0; i < 10 && !/Add to plan sx-industry-13th/.test(await focused.innerText()); i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // The plan now holds the target and is checked: the number is cited, by the item the lens names.
    await page
      .locator('.statusbar-item', { hasText: `${cited + 1}/${total} numbers cited` })
      .first()
      .waitFor(d.wait());
    // The lens names the new item, or (with three named already, as ¶135 now has) counts it among the rest;
    // the paragraph may have scrolled past the lens line, so the lens need only be there, not in view.
    await editor
      .locator('.codelens-decoration', { hasText: new RegExp(`'${NAME}'|cited by 4 plan items`) })
      .first()
      .waitFor(d.wait('attached'));
    const after = await hoverAtCursor(page, d, /¶135 is cited by/);
    assert.ok(!/no plan item cites this number/.test(after), after);
    assert.match(after, new RegExp(NAME), 'the hover names the item that now cites the number');
    await page.screenshot({ path: shot('5-added') });

    await palette(page, d, 'PlanLint: Draft a plan from this document');
    const draft = page.locator('.tab.active', { hasText: '004_20b7e8ad50f7031c.plan.yaml' });
    await draft.waitFor(d.wait());
    assert.ok(/\bdirty\b/.test(await draft.getAttribute('class')), 'the draft is unsaved');
    await page
      .locator('.editor-instance .monaco-editor .view-line', { hasText: 'planlint: 1' })
      .first()
      .waitFor(d.wait());
    await page.screenshot({ path: shot('6-draft') });
  } catch (e) {
    await page.screenshot({ path: shot('failed') });
    throw e;
  } finally {
    await page.close();
  }
}
