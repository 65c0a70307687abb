// A source document that no plan cites, checked as it is (issue 29), in a real workbench: opened from the
// Explorer, the growth rate planted in it that its figures do not give is a diagnostic on its sentence;
// the status bar counts it; the hover's related paragraph, followed, lands on the baseline's figure; and
// "Draft a plan from this document" drafts from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { out, seedsWorkspace } from './codeServer.mjs';
import { deadline } from './deadline.mjs';
import { draftFromDocument, findInEditor, hoverAtCursor, openFromExplorer } from './workbench.mjs';

const DOC = 'planted-growth.txt';
/** ¶5 states 12% a year, while ¶3's 500亿元 (2020) and ¶5's 800亿元 (2025) give 9.9%: the planted mismatch. */
const TEXT = [
  '临江市“十四五”数字经济发展规划',
  '　　一、发展基础',
  '　　“十三五”期间，全市数字经济稳步发展。2020年，全市数字经济增加值达到500亿元，占地区生产总值比重达到30%。',
  '　　二、发展目标',
  '　　到2025年，全市数字经济增加值达到800亿元，年均增长12%，占地区生产总值比重达到40%。',
  '　　三、保障措施',
  '　　加强组织领导，健全工作机制。（责任单位：市发展改革委）',
];
const BASELINE = '全市数字经济增加值达到500亿元';

/** The seeds, with a document no plan cites beside their sources. */
export function workspaceWithAnUncitedDocument(scratch) {
  mkdirSync(join(scratch, 'findings'));
  const ws = seedsWorkspace(join(scratch, 'findings'));
  writeFileSync(join(ws, 'sources', DOC), `${TEXT.join('\n')}\n`);
  return ws;
}

export async function documentFindingsInTheWorkbench({ browser, base, workspace, host }) {
  const shot = name => `${out}/findings-${host}-${name}.png`;
  const d = deadline();
  const { page } = await openFromExplorer({ browser, base, workspace }, d, 'sources', DOC);
  try {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    // The finding, on the sentence: a warning squiggle, counted in the status bar.
    await editor.locator('.squiggly-warning').first().waitFor(d.wait());
    await page.locator('.statusbar-item', { hasText: '1 finding(s) in the document' }).first().waitFor(d.wait());
    await editor.locator('.view-lines').click(d.wait());
    await findInEditor(page, d, '年均增长12');
    await page.screenshot({ path: shot('1-finding') });
    // Its hover says what the figures give, and links the baseline's paragraph: followed, the cursor lands there.
    await hoverAtCursor(page, d, /stated growth 12% a year .* implies 9\.9%/, async hover => {
      await hover.getByText('¶3', { exact: true }).first().waitFor(d.wait());
      await hover
        .locator('a', { hasText: new RegExp(`^${DOC.replace('.', '\\.')}\\(3, \\d+\\)`) })
        .first()
        .click(d.wait());
    });
    const column = TEXT[2].indexOf(BASELINE) + 1;
    await page
      .locator('.statusbar-item', { hasText: `Ln 3, Col ${column}` })
      .first()
      .waitFor(d.wait());
    await page.screenshot({ path: shot('2-related-paragraph') });

    await draftFromDocument(page, d, 'planted-growth.plan.yaml', 'growth: { value: "年均增长12%"');
    await page.screenshot({ path: shot('3-draft') });
  } catch (e) {
    await page.screenshot({ path: shot('failed') });
    throw e;
  } finally {
    await page.close();
  }
}
