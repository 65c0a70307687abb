// The HTML report as a decision maker opens it: in Chromium, charts drawn, links working, nothing fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers.mjs';
import { launch } from './chromium.mjs';

const out = join(repoRoot, 'test-output');

test('the seeds report renders in Chromium with one chart per indicator and working source links, with no request leaving the page', async () => {
  mkdirSync(out, { recursive: true });
  const file = join(out, 'report.html');
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), 'report', '--output', file, 'seeds'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    page.on('request', req => requests.push(req.url()));
    const consoleErrors = [];
    page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await page.goto(pathToFileURL(file).href);
    const charts = await page.locator('svg.chart').count();
    assert.equal(charts, 97);
    // The charts are drawn: boxes of the right size, with points in them.
    const box = await page.locator('svg.chart').first().boundingBox();
    assert.ok(box.width >= 200 && box.height >= 80, JSON.stringify(box));
    assert.ok(await page.locator('svg.chart circle').count() > 60);
    assert.ok(await page.locator('svg.chart polyline.stated').count() >= 3, 'stated-growth paths');
    // A number's link scrolls to its quoted source paragraph.
    const link = page.locator('a[href^="#src-"]', { hasText: '952.9' }).first();
    const target = (await link.getAttribute('href')).slice(1);
    await link.click();
    assert.equal(await page.evaluate(() => location.hash.slice(1)), target);
    const quote = page.locator(`[id="${target}"]`);
    assert.match(await quote.innerText(), /我省信息产业实现收入952\.9亿元/);
    assert.ok(await quote.locator('mark').count() >= 1);
    const inView = await quote.evaluate(el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; });
    assert.ok(inView, 'the quoted paragraph is scrolled into view');
    await page.screenshot({ path: join(out, 'report.png'), fullPage: false });
    assert.deepEqual(requests.filter(u => !u.startsWith('file://')), [], 'no request leaves the page');
    assert.deepEqual(requests.filter(u => u !== pathToFileURL(file).href), [], 'nothing but the page itself is loaded');
    assert.deepEqual(consoleErrors, []);
  } finally { await browser.close(); }
});
