// What the workbench-driven scenarios share: a page on a workspace, with a file opened from the Explorer
// as a person opens it (its folder's row, then its own), the command palette and the hover at the cursor.
// Every wait takes what is left of the scenario's deadline `d` (deadline.mjs).

/** A new page on `workspace`, once the workbench shows the Explorer's rows; the page closes if that fails. */
export async function openWorkbench({ browser, base, workspace }, d) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  // What a step does without a timeout of its own (a click, a fill, reading a text) is bounded by the scenario.
  page.setDefaultTimeout(d.left());
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`, d.wait());
    const rows = page.locator('.explorer-folders-view .monaco-list-row');
    await rows.first().waitFor(d.wait());
    return { page, rows };
  } catch (e) {
    await page.close();
    throw e;
  }
}

/** A new page on `workspace`, `file` of `folder` (of the root without one) clicked open in the Explorer. */
export async function openFromExplorer(workbench, d, folder, file) {
  const { page, rows } = await openWorkbench(workbench, d);
  try {
    if (folder)
      await rows
        .filter({ hasText: new RegExp(`^${folder}$`) })
        .first()
        .click(d.wait());
    await rows.filter({ hasText: file }).first().click(d.wait());
    await page.locator('.tab.active', { hasText: file }).waitFor(d.wait());
    return { page, rows };
  } catch (e) {
    await page.close();
    throw e;
  }
}

/** Runs `command` from the command palette (F1), pressed again if the workbench took the focus meanwhile. */
export async function palette(page, d, command) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first();
  let tries = 0;
  await d.again(async patience => {
    // A palette that a try left open, its list not yet showing the command, is closed and opened again.
    if (tries++) await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: patience });
    await input.fill(`>${command}`, { timeout: patience });
    await row.waitFor({ timeout: patience });
  });
  await page.keyboard.press('Enter');
}

/** The hover VS Code shows at the cursor (Ctrl+K Ctrl+I) once it holds `expected`, as text; `act(hover)`
 * instead of closing it. Asked again while it does not: a hover shown before the server had the answer
 * is not redrawn. */
export async function hoverAtCursor(page, d, expected, act) {
  const hover = page.locator('.monaco-hover:visible');
  await d.again(async patience => {
    if (await hover.count()) await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await hover.getByText(expected).first().waitFor({ timeout: patience });
  });
  const text = await hover.innerText();
  if (act) await act(hover);
  else await page.keyboard.press('Escape');
  return text;
}

/** Finds `text` in the active editor (Ctrl+F, Enter), the find widget closed after: the match is selected. */
export async function findInEditor(page, d, text) {
  await page.keyboard.press('Control+F');
  const find = page.locator('.editor-widget.find-widget.visible textarea, .editor-widget.find-widget.visible input');
  await find.first().waitFor(d.wait());
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** "PlanLint: Go to ¶N" on the active editor, `n` typed into the box it asks in. */
export async function goToParagraph(page, d, n) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click(d.wait());
  await palette(page, d, 'PlanLint: Go to ¶N');
  const box = page.locator('.quick-input-widget', { has: page.locator('.quick-input-title', { hasText: 'Go to ¶N' }) });
  await box.locator('.quick-input-box input').fill(String(n), d.wait());
  await page.keyboard.press('Enter');
}

/** "Draft a plan from this document", then its tab and one of its lines shown; the tab, for more checks. */
export async function draftFromDocument(page, d, tab, line) {
  await palette(page, d, 'PlanLint: Draft a plan from this document');
  const draft = page.locator('.tab.active', { hasText: tab });
  await draft.waitFor(d.wait());
  await page.locator('.editor-instance .monaco-editor .view-line', { hasText: line }).first().waitFor(d.wait());
  return draft;
}
