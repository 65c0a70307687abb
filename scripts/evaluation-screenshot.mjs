// The evaluation page of examples/monitoring/ as a screenshot for the docs: `planlint report --evaluation`
// writes the real page (the built CLI, dist/cli.js), Debian's Chromium (test/browser/chromium.mjs) draws it.
// Run `npm run build` first; then `node scripts/evaluation-screenshot.mjs [en|zh-cn ...]` (default: both).
// Writes docs/images/evaluation.<locale>.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../test/browser/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const locales = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'zh-cn'];
const scratch = mkdtempSync(join(tmpdir(), 'planlint-evaluation-'));
mkdirSync(join(root, 'docs/images'), { recursive: true });
const browser = await launch();
try {
  for (const locale of locales) {
    const html = join(scratch, `evaluation.${locale}.html`);
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'bin/planlint.js'),
        'report',
        '--evaluation',
        '--locale',
        locale,
        '--output',
        html,
        'examples/monitoring',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`planlint report --evaluation failed (${r.status}): ${r.stderr}`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(html).href);
    // The page as a reader sees it, with its charts: the whole page, not the first screen only.
    await page.locator('table.evaluation').waitFor();
    const png = join(root, `docs/images/evaluation.${locale}.png`);
    await page.screenshot({ path: png, fullPage: true });
    await page.close();
    console.log(`wrote ${png}`);
  }
} finally {
  await browser.close();
}
