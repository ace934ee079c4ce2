// Publishing without a server: the seed's HTML export opened from disk in a fresh
// browser context with every request refused shows the map's three stops and links on
// hover; the KML and GPX exports parse (the browser's own DOMParser) and list the stops
// in order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist, launch, openPage, sample } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function seeded() {
  const opened = await openPage(browser, server.url);
  const { page } = opened;
  await page.getByTestId('article-date').fill('2015-05-12');
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator('[data-testid="analysis-status"][data-state="done"]').waitFor({ timeout: 10000 });
  await page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  return opened;
}

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

test('the HTML export works from disk with the network cut', async () => {
  const { page, errors, context } = await seeded();
  const { name, text } = await download(page, 'export-html');
  assert.match(name, /\.html$/);
  await context.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-html-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);

  const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const requests = [];
  await fresh.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:')) return route.continue();
    requests.push(u);
    return route.abort();
  });
  const p = await fresh.newPage();
  const perrors = [];
  p.on('pageerror', (e) => perrors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') perrors.push(m.text()); });
  await p.goto(pathToFileURL(file).href);
  const stops = p.locator('[data-testid="map-stop"]');
  assert.equal(await stops.count(), 3);
  assert.deepEqual(await stops.evaluateAll((es) => es.map((e) => [e.getAttribute('data-order'), e.getAttribute('data-name')])),
    [['1', 'Sochi'], ['2', 'Antalya'], ['3', 'Washington']]);
  assert.ok(await p.locator('[data-testid="map-route"]').count() > 0);
  assert.ok(await p.locator('[data-testid="timeline-item"]').count() >= 3);
  // Hovering a stop marks its mentions in the article.
  const ref = await stops.first().getAttribute('data-ref');
  await stops.first().hover();
  await p.waitForFunction((r) => document.querySelector(`[data-testid="mention"][data-ref="${r}"]`)?.classList.contains('linked'), ref);
  await p.screenshot({ path: path.join(process.env.SHOTS || os.tmpdir(), 'export-html-1400.png') }).catch(() => {});
  assert.deepEqual(requests, [], 'requests leaving the file');
  assert.deepEqual(perrors, []);
  assert.deepEqual(errors, []);
  await fresh.close();
});

test('KML and GPX parse and list the seed stops in order', async () => {
  const { page, errors, context } = await seeded();
  const kml = await download(page, 'export-kml');
  const gpx = await download(page, 'export-gpx');
  assert.match(kml.name, /\.kml$/);
  assert.match(gpx.name, /\.gpx$/);
  const read = await page.evaluate(([k, g]) => {
    const parse = (s) => new DOMParser().parseFromString(s, 'application/xml');
    const kd = parse(k), gd = parse(g);
    const bad = (d) => d.getElementsByTagName('parsererror').length;
    const names = (d, tag) => [...d.getElementsByTagName(tag)].map((e) => e.getElementsByTagName('name')[0]?.textContent);
    return {
      errors: bad(kd) + bad(gd),
      placemarks: names(kd, 'Placemark'),
      line: kd.getElementsByTagName('LineString').length,
      wpt: names(gd, 'wpt'),
      rtept: names(gd, 'rtept'),
    };
  }, [kml.text, gpx.text]);
  assert.equal(read.errors, 0);
  assert.deepEqual(read.placemarks.slice(0, 3), ['Sochi', 'Antalya', 'Washington']);
  assert.equal(read.line, 1);
  assert.deepEqual(read.wpt, ['Sochi', 'Antalya', 'Washington']);
  assert.deepEqual(read.rtept, ['Sochi', 'Antalya', 'Washington']);
  assert.deepEqual(errors, []);
  await context.close();
});
