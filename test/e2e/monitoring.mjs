// Monitoring in a real workbench, on a copy of examples/monitoring/: the plan opened from the Explorer
// shows each actual's standing as an inlay hint; "PlanLint: Show Evaluation" opens the evaluation page
// (the report's monitoring section) in a webview beside it, with its table and its states.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { out } from './codeServer.mjs';
import { deadline } from './deadline.mjs';
import { openFromExplorer, palette } from './workbench.mjs';

const PLAN = 'city-digital-14th.plan.yaml';
const TITLE = '江城市数字经济发展“十四五”规划（示例）';

/** A scratch copy of the worked example. */
export function monitoringWorkspace(scratch) {
  const ws = join(scratch, 'monitoring');
  mkdirSync(ws);
  cpSync(join(repoRoot, 'examples/monitoring'), ws, { recursive: true });
  return ws;
}

export async function monitoringInTheWorkbench({ browser, base, workspace, host }) {
  const shot = name => `${out}/monitoring-${host}-${name}.png`;
  const d = deadline();
  const { page } = await openFromExplorer({ browser, base, workspace }, d, null, PLAN);
  try {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    // The value added's 2022 actual: how far along the way it is, at how much of the time (VS Code cuts a
    // long hint short, editor.inlayHints.maximumLength).
    const hint = editor.locator('.view-line', { hasText: '2022: 1080亿元, 26% of the way at 40%' });
    await hint.first().waitFor(d.wait());
    // Right after the value it reads (the editor draws spaces as no-break spaces).
    assert.match(
      (await hint.first().innerText()).replace(/\u00a0/g, ' '),
      /value: 1080\s+2022: 1080亿元, 26% of the way at 40%.*, source: /,
    );
    await page.screenshot({ path: shot('1-inlay-hint') });

    await editor.locator('.view-lines').first().click(d.wait());
    await palette(page, d, 'PlanLint: Show Evaluation');
    await page.locator('.tab', { hasText: `Evaluation: ${TITLE}` }).waitFor(d.wait());
    // The page inside the webview's own frame: the section's heading, the counts, the table with its states.
    const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const table = view.locator('table.evaluation');
    await table.waitFor(d.wait());
    await view.getByText('Of 8 indicators: 4 on track, 1 met, 1 behind, 1 not compared, 1 no data.').waitFor(d.wait());
    const behind = await view.locator('tr.state-behind').innerText();
    assert.match(behind, /规模以上工业企业关键工序数控化率[\s\S]*52 \(2022\)[\s\S]*13%[\s\S]*40%[\s\S]*behind/);
    assert.equal(await view.locator('tr.state-met td b').innerText(), '5G基站数');
    assert.equal(await view.locator('script').count(), 0);
    await page.screenshot({ path: shot('2-evaluation') });
  } catch (e) {
    await page.screenshot({ path: shot('failed') });
    throw e;
  } finally {
    await page.close();
  }
}
