// The HTML report as a decision maker opens it: in Chromium, charts drawn, links working, nothing fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers.mjs';
import { launch } from './chromium.mjs';

const out = join(repoRoot, 'test-output');

/** The seed plans, and their indicators: the report's sections are counted against the plans themselves. */
const seedPlans = readdirSync(join(repoRoot, 'seeds/plans')).map(f =>
  parse(readFileSync(join(repoRoot, 'seeds/plans', f), 'utf8')),
);
const seedIndicators = seedPlans.reduce((n, p) => n + Object.keys(p.indicators ?? {}).length, 0);

test('the seeds report renders in Chromium with one chart per indicator and working source links, with no request leaving the page', async () => {
  mkdirSync(out, { recursive: true });
  const file = join(out, 'report.html');
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), 'report', '--output', file, 'seeds'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `the seeds hold warnings only, no errors: ${r.stderr}`); // as seeds/README.md says
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    page.on('request', req => requests.push(req.url()));
    const consoleErrors = [];
    page.on('console', m => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    const charts = await page.locator('svg.chart').count();
    assert.equal(charts, seedIndicators, 'one per indicator of the five seed plans');
    // The charts are drawn: boxes of the right size, with points in them.
    const box = await page.locator('svg.chart').first().boundingBox();
    assert.ok(box.width >= 200 && box.height >= 80, JSON.stringify(box));
    assert.ok((await page.locator('svg.chart circle').count()) > 60);
    assert.ok((await page.locator('svg.chart polyline.stated').count()) >= 3, 'stated-growth paths');
    // Axes with their ticks and the values by their points, drawn inside the chart.
    const chart = page.locator('tr[id$="-cableLength"] svg.chart');
    assert.deepEqual(await chart.locator('g.y-axis text.tick').allTextContents(), [
      '0 万公里',
      '45.84 万公里',
      '35.5 万公里',
    ]);
    assert.deepEqual(await chart.locator('g.x-axis text.tick').allTextContents(), ['2010', '2015']);
    assert.deepEqual(await chart.locator('text.value').allTextContents(), ['35.5万公里', '45.84万公里']);
    const frame = await chart.boundingBox();
    for (const b of [...(await chart.locator('text').all())].map(t => t.boundingBox())) {
      const box = await b;
      const inside = box.x >= frame.x - 1 && box.x + box.width <= frame.x + frame.width + 1;
      assert.ok(box.width > 0 && inside, 'labels inside the chart');
    }
    // Goals, tasks and funding clauses in sections of their own, each row with its items drawn.
    const counts = await page.$$eval('section.items', ss =>
      ss.map(s => [
        s.classList[1],
        Number(s.dataset.count),
        s.querySelectorAll('tbody tr').length,
        s.getBoundingClientRect().height,
      ]),
    );
    for (const kind of ['indicators', 'goals', 'tasks', 'funding']) {
      const of = counts.filter(c => c[0] === kind);
      assert.equal(of.length, seedPlans.filter(p => Object.keys(p[kind] ?? {}).length).length, `${kind}: plans`);
      for (const [, n, rows, height] of of) {
        assert.ok(n === rows && height > 40 * Math.min(rows, 3), `${kind}: ${n} rows drawn`);
      }
    }
    assert.equal(
      counts.filter(c => c[0] === 'goals').reduce((n, c) => n + c[1], 0),
      seedPlans.reduce((n, p) => n + Object.keys(p.goals ?? {}).length, 0),
    );
    assert.match(await page.locator('tr[id$="-F-dc-power"] td.terms').innerText(), /amount 0\.35元\/千瓦时/);
    // A finding names its item and links to its row.
    const finding = page.locator('section.findings li', { hasText: 'onlineLicensing' });
    assert.match(await finding.innerText(), /^indicator 行政许可项目在线处理率 \(onlineLicensing\): /);
    await finding.locator('a').click();
    assert.match(await page.evaluate(() => location.hash), /^#ind-\d-onlineLicensing$/);
    // A coverage bar for each source document, as wide as the share it shows.
    const docs = await page.locator('.coverage h3').count();
    assert.equal(docs, 5, 'the five seed sources');
    assert.equal(await page.locator('.coverage .bar').count(), docs);
    for (const bar of await page.locator('.coverage .bar').all()) {
      const [outer, inner] = [await bar.boundingBox(), await bar.locator('span').boundingBox()];
      assert.ok(outer.width > 100 && outer.height > 5, JSON.stringify(outer));
      const cited = Number(await bar.getAttribute('data-cited')),
        total = Number(await bar.getAttribute('data-total'));
      const share = total ? cited / total : 1;
      const drawn = inner.width / outer.width;
      assert.ok(Math.abs(drawn - share) < 0.02, `bar ${drawn} for ${cited}/${total}`);
    }
    // A number's link scrolls to its quoted source paragraph.
    const link = page.locator('a[href^="#src-"]', { hasText: '952.9' }).first();
    const target = (await link.getAttribute('href')).slice(1);
    await link.click();
    assert.equal(await page.evaluate(() => location.hash.slice(1)), target);
    const quote = page.locator(`[id="${target}"]`);
    assert.match(await quote.innerText(), /我省信息产业实现收入952\.9亿元/);
    assert.ok((await quote.locator('mark').count()) >= 1);
    const inView = await quote.evaluate(el => {
      const r = el.getBoundingClientRect();
      return r.top > -2 && r.top < innerHeight;
    }); // subpixel layout may leave it a fraction above
    assert.ok(inView, 'the quoted paragraph is scrolled into view');
    await page.screenshot({ path: join(out, 'report.png'), fullPage: false });
    assert.deepEqual(
      requests.filter(u => !u.startsWith('file://')),
      [],
      'no request leaves the page',
    );
    assert.deepEqual(
      requests.filter(u => u !== pathToFileURL(file).href),
      [],
      'nothing but the page itself is loaded',
    );
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
  }
});
