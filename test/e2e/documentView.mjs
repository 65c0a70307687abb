// A Word file as a source, in a real workbench: opened from the Explorer, the extension offers its paragraph
// view; Go to ¶N there shows the paragraph with its ¶N and the lenses naming the citing items; a plan's
// hover on an anchor into it opens the view with the quoted span selected; "Draft a plan from this
// document" drafts from the view.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { docxOf } from '../documents.mjs';
import { out, seedsWorkspace } from './codeServer.mjs';
import { deadline } from './deadline.mjs';
import { draftFromDocument, findInEditor, goToParagraph, hoverAtCursor, openFromExplorer } from './workbench.mjs';

const DOC = '001_9b1133b78090ed6f';
const PLAN = 'sx-informatization-12th.plan.yaml';
const QUOTE = '到“十二五”末，培育一批具有自主知识产权的名牌产品';

/** The seeds, with the 12th-plan's source switched to a .docx made from its .txt's paragraphs. */
export async function workspaceWithAWordSource(scratch) {
  mkdirSync(join(scratch, 'word'));
  const ws = seedsWorkspace(join(scratch, 'word'));
  const paragraphs = readFileSync(join(ws, 'sources', `${DOC}.txt`), 'utf8')
    .split('\n')
    .filter(l => l.trim());
  writeFileSync(join(ws, 'sources', `${DOC}.docx`), await docxOf(paragraphs));
  const plan = join(ws, 'plans', PLAN);
  writeFileSync(plan, readFileSync(plan, 'utf8').replaceAll(`${DOC}.txt`, `${DOC}.docx`));
  return ws;
}

/** The view's text, as the server gives it: the reader's paragraphs, one a line. */
async function viewText(ws) {
  const core = await import(join(repoRoot, 'dist/core.mjs'));
  const r = await core.readDocument(`${DOC}.docx`, readFileSync(join(ws, 'sources', `${DOC}.docx`)), 1 << 24);
  return r.value.text;
}

export async function wordSourceInTheWorkbench({ browser, base, workspace, host }) {
  const d = deadline();
  const shot = name => `${out}/word-${host}-${name}.png`;
  const { page, rows } = await openFromExplorer({ browser, base, workspace }, d, 'sources', `${DOC}.docx`);
  try {
    // The binary file's tab opens; the extension offers the paragraph view.
    const offer = page.locator('.notification-toast', { hasText: /as PlanLint reads it/ });
    await offer.getByRole('button', { name: 'Open paragraph view' }).click(d.wait());
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: '¶1' }).first().waitFor(d.wait());
    // Go to ¶N on the view: the quoted paragraph, numbered as the .txt numbers it, with its lenses.
    const text = await viewText(workspace);
    const para = text.split('\n').findIndex(l => l.includes(QUOTE));
    await goToParagraph(page, d, para + 1);
    await editor
      .locator('.view-line', { hasText: `¶${para + 1}` })
      .first()
      .waitFor(d.wait());
    await editor
      .locator('.codelens-decoration', { hasText: /cited by \d+ plan item/ })
      .first()
      .waitFor(d.wait());
    await page.screenshot({ path: shot('1-view') });

    // The plan's hover on an anchor into the Word file: its link opens the view with the quote selected.
    await rows
      .filter({ hasText: /^plans$/ })
      .first()
      .click(d.wait());
    await rows.filter({ hasText: PLAN }).first().click(d.wait());
    await page.locator('.tab.active', { hasText: PLAN }).waitFor(d.wait());
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click(d.wait());
    await findInEditor(page, d, `quote: "${QUOTE.slice(0, 6)}`);
    await hoverAtCursor(page, d, new RegExp(`¶${para + 1}`), async hover => {
      await hover.getByRole('link', { name: `Open ¶${para + 1}` }).click(d.wait());
    });
    await page.locator('.tab.active', { hasText: `${DOC}.docx` }).waitFor(d.wait());
    const at = text.split('\n')[para].indexOf(QUOTE);
    // The cursor at the selection's end, as the status bar counts it.
    const end = at + QUOTE.length + 1;
    const selected = page.locator('.statusbar-item', { hasText: `Ln ${para + 1}, Col ${end} (` });
    await selected.first().waitFor(d.wait());
    assert.match(await selected.first().innerText(), new RegExp(`\\(${QUOTE.length} selected\\)`));
    await page.screenshot({ path: shot('2-hover-landed') });

    // Drafting from the view: a plan beside the Word file, its source the .docx.
    const draft = await draftFromDocument(page, d, `${DOC}.plan.yaml`, `path: "${DOC}.docx"`);
    assert.ok(/\bdirty\b/.test(await draft.getAttribute('class')), 'the draft is unsaved');
    await page.screenshot({ path: shot('3-draft') });
  } catch (e) {
    await page.screenshot({ path: shot('failed') });
    throw e;
  } finally {
    await page.close();
  }
}
