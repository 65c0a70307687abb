// What the workbench-driven scenarios share: a page on a workspace, with a file opened from the Explorer
// as a person opens it (its folder's row, then its own).

/** A new page on `workspace`, `file` of `folder` clicked open in the Explorer; the page closes if that fails. */
export async function openFromExplorer({ browser, base, workspace }, folder, file) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    const rows = page.locator('.explorer-folders-view .monaco-list-row');
    await rows
      .filter({ hasText: new RegExp(`^${folder}$`) })
      .first()
      .click({ timeout: 90000 });
    await rows.filter({ hasText: file }).first().click();
    return { page, rows };
  } catch (e) {
    await page.close();
    throw e;
  }
}
