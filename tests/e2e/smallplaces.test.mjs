// The small-places tier (towns of 1,000 people or more that the main gazetteer lacks) is
// not part of the first load: the page fetches ./smallplaces.tsv from its own folder after
// first paint. Until it is in, a note says results may change; when it arrives the text
// is analysed again (on the page, and in the Web Worker for a long text) and a small town
// named in it appears; then the note goes. Without the file the page keeps working.
//
// The town: Zapfendorf, Bavaria (about 5,000 people), in smallplaces.tsv and not in the
// main gazetteer. The sentences are written for this test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, dist } from './harness.mjs';

const TIER = '/smallplaces.tsv';
const SENTENCE = 'The minister drove to Zapfendorf, a village in Bavaria, on Monday to open a new school.';
const done = '[data-testid="analysis-status"][data-state="done"]';
const note = '[data-testid="small-places-note"]';
const town = '[data-testid="map-stop"][data-name="Zapfendorf"], [data-testid="map-place"][data-name="Zapfendorf"]';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A static server over dist/ that holds every request for the tier until `release()`
 * (or answers it 404 when `missing`), and counts them. */
function tierServer({ missing = false } = {}) {
  const held = [];
  let open = false;
  const seen = { tier: 0 };
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
    '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
  const s = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.normalize(path.join(dist, pathname));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const answer = () => fs.readFile(file, (err, body) => {
      if (err || (missing && pathname === TIER)) { res.writeHead(404).end('not found'); return; }
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'text/plain; charset=utf-8' }).end(body);
    });
    if (pathname === TIER) {
      seen.tier += 1;
      if (!open && !missing) { held.push(answer); return; }
    }
    answer();
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${s.address().port}/`,
    seen,
    release: () => { open = true; held.splice(0).forEach((f) => f()); },
    close: () => new Promise((r) => { s.closeAllConnections(); s.close(r); }),
  })));
}

/** Pastes `text` the way a paste does (one input event with the whole value). */
async function paste(page, text) {
  await page.evaluate((t) => {
    const area = document.querySelector('[data-testid="article-input"]');
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('a small town appears once the tier has loaded, and the note comes and goes', async () => {
  const srv = await tierServer();
  const { page, context, errors, foreign } = await openPage(browser, srv.url);
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.getByTestId('article-input').waitFor();
  await paste(page, SENTENCE);
  await page.locator(done).waitFor({ timeout: 10000 });
  const shown = page.locator(`${note}[data-state="loading"]`);
  await shown.waitFor({ timeout: 5000 });
  assert.equal(await shown.textContent(), 'Small towns still loading — results may update.');
  assert.equal(await page.locator(town).count(), 0, 'no small town before the tier is in');
  assert.ok(srv.seen.tier >= 1, 'the page asked for the tier');

  srv.release();
  await page.locator(town).first().waitFor({ timeout: 15000 });
  await page.locator(note).waitFor({ state: 'detached', timeout: 5000 });
  const mentions = await page.locator('[data-testid="mention"][data-kind="place"]').allTextContents();
  assert.ok(mentions.includes('Zapfendorf'), `Zapfendorf is marked in the article: ${mentions}`);
  assert.ok(urls.some((u) => u === `${srv.url}smallplaces.tsv`), 'the tier came from the page\'s own folder');
  assert.ok(urls.every((u) => u.startsWith(srv.url) || u.startsWith('data:') || u.startsWith('blob:')), urls.join('\n'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
  await srv.close();
});

test('a long text in the Web Worker gets the tier too', async () => {
  const srv = await tierServer();
  const { page, context, errors, foreign } = await openPage(browser, srv.url);
  await page.getByTestId('article-input').waitFor();
  // Over the worker's threshold (20 KB): the town, then paragraphs written for this test.
  const cities = ['Berlin', 'Munich', 'Hamburg', 'Vienna', 'Prague', 'Zurich'];
  const parts = [SENTENCE];
  for (let i = 0; parts.join('\n\n').length < 30000; i++) {
    parts.push(`Officials in ${cities[i % 6]} said on Tuesday that talks on rail links with ${cities[(i + 2) % 6]} `
      + `would continue next week, and a spokesman in ${cities[(i + 4) % 6]} called the plan a fair start.`);
  }
  await paste(page, parts.join('\n\n'));
  await page.locator(done).waitFor({ timeout: 30000 });
  assert.match(await page.getByTestId('analysis-status').textContent(), /^Done in/);
  await page.locator(`${note}[data-state="loading"]`).waitFor({ timeout: 5000 });
  assert.equal(await page.locator(town).count(), 0, 'no small town before the tier is in');

  srv.release();
  await page.locator(town).first().waitFor({ timeout: 30000 });
  await page.locator(note).waitFor({ state: 'detached', timeout: 5000 });
  await page.locator(done).waitFor({ timeout: 30000 });
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
  await srv.close();
});

test('without the tier the page keeps working and says so quietly', async () => {
  const srv = await tierServer({ missing: true });
  const { page, context, errors, foreign } = await openPage(browser, srv.url);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.getByTestId('article-input').waitFor();
  await paste(page, `${SENTENCE} Later she flew on to Berlin.`);
  const quiet = page.locator(`${note}[data-state="unavailable"]`);
  await quiet.waitFor({ timeout: 10000 });
  assert.match(await quiet.textContent(), /^Small towns could not be loaded/);
  await page.locator(done).waitFor({ timeout: 5000 });
  assert.ok(await page.locator('[data-name="Berlin"]').count() > 0, 'larger places are still found');
  assert.equal(await page.locator(town).count(), 0);
  assert.equal(dialogs, 0);
  // The browser itself logs the 404; nothing else goes wrong.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource.*404/.test(e)), []);
  assert.deepEqual(foreign, []);
  await context.close();
  await srv.close();
});
