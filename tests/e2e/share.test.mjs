// Share links: the article, its date and the corrections travel in the URL fragment and
// restore the same view in a fresh browser; a damaged link shows a message and leaves an
// empty, working page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, openPage, sample } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const done = '[data-testid="analysis-status"][data-state="done"]';

/** Opens the page, sets the date, pastes `text` and waits for the analysis. */
async function pasted(text, date = '2015-05-12') {
  const opened = await openPage(browser, server.url);
  const { page } = opened;
  if (date) await page.getByTestId('article-date').fill(date);
  await page.getByTestId('article-input').fill(text);
  await page.locator(done).waitFor({ timeout: 10000 });
  return opened;
}

/** Clicks share and returns the link. */
async function share(page) {
  await page.getByTestId('share-button').click();
  const field = page.getByTestId('share-link');
  await field.waitFor();
  return field.inputValue();
}

/** Stop names on the map in order. */
async function stops(page) {
  return page.locator('[data-testid="map-stop"]').evaluateAll((els) => els
    .map((e) => [Number(e.getAttribute('data-order')), e.getAttribute('data-name')])
    .sort((a, b) => a[0] - b[0]).map((x) => x[1]));
}

test('a share link restores the seed in a fresh browser', async () => {
  const seed = sample('kerry-sochi.txt');
  const a = await pasted(seed);
  await a.page.locator('[data-testid="map-stop"]').first().waitFor();
  const before = await stops(a.page);
  await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const link = await share(a.page);
  // The link is also on the clipboard.
  await a.page.waitForFunction(() => /copied/.test(document.querySelector('[data-testid="share-size"]').textContent));
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), link);
  assert.ok(link.startsWith(server.url + '#v1.'), link.slice(0, 60));
  console.log(`# seed (${seed.length} chars): share link ${link.length} chars`);
  // The address bar shows the link too, and no request left the page.
  assert.equal(await a.page.evaluate(() => location.href), link);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(a.foreign, []);
  await a.context.close();

  const b = await openPage(browser, link);
  await b.page.locator(done).waitFor({ timeout: 10000 });
  await b.page.locator('[data-testid="map-stop"]').first().waitFor();
  assert.equal(await b.page.getByTestId('article-input').inputValue(), seed);
  assert.equal(await b.page.getByTestId('article-date').inputValue(), '2015-05-12');
  assert.deepEqual(await stops(b.page), before);
  assert.deepEqual(before, ['Sochi', 'Antalya', 'Washington']);
  assert.equal(await b.page.getByTestId('share-message').count(), 0);
  assert.deepEqual(b.errors, []);
  assert.deepEqual(b.foreign, []);
  await b.context.close();
});

test('a 20 KB article still fits a link', async () => {
  // Every bundled sample, in turn, until 20 KB: prose, not one repeated line.
  const parts = ['kerry-sochi.txt', 'river-survey.txt', 'pacific-summit.txt'].map(sample);
  let text = '';
  for (let i = 0; text.length < 20000; i++) text += parts[i % parts.length] + '\n\n';
  // Pasted in one event (Playwright's fill of 20 KB takes many seconds by itself).
  const a = await openPage(browser, server.url);
  await a.page.getByTestId('article-input').evaluate((el, t) => {
    el.value = t;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await a.page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  const link = await share(a.page);
  console.log(`# 20 KB of the bundled samples repeated (${text.length} chars): share link ${link.length} chars`);
  await a.context.close();
  const b = await openPage(browser, link);
  await b.page.locator(done).waitFor({ timeout: 10000 });
  assert.equal(await b.page.getByTestId('article-input').inputValue(), text);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});

test('a truncated or garbled link shows a message and an empty, working page', async () => {
  const a = await pasted(sample('kerry-sochi.txt'));
  const link = await share(a.page);
  await a.context.close();
  for (const bad of [link.slice(0, link.length - 25), link.slice(0, server.url.length + 6),
    server.url + '#v1.<img src=x onerror=alert(1)>', server.url + '#v9.abc']) {
    const b = await openPage(browser, bad);
    const message = b.page.getByTestId('share-message');
    await message.waitFor({ timeout: 10000 });
    assert.match(await message.textContent(), /could not be opened/);
    assert.equal(await b.page.getByTestId('article-input').inputValue(), '');
    assert.equal(await b.page.locator('[data-testid="map-stop"]').count(), 0);
    // The page still works.
    await b.page.getByTestId('article-input').fill('Kerry flew to Sochi on Tuesday.');
    await b.page.locator(done).waitFor({ timeout: 10000 });
    assert.deepEqual(b.errors, [], bad.slice(-30));
    assert.deepEqual(b.foreign, []);
    await b.context.close();
  }
});

test('a link pasted into the address bar of an open page opens too', async () => {
  const a = await pasted(sample('kerry-sochi.txt'));
  const link = await share(a.page);
  await a.context.close();
  const b = await openPage(browser, server.url);
  await b.page.evaluate((l) => { location.hash = new URL(l).hash; }, link);
  await b.page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  assert.deepEqual(await stops(b.page), ['Sochi', 'Antalya', 'Washington']);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exported(page, testid) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

test('exports: Analysis JSON, GeoJSON with the route in order, SVG and PNG of the map', async () => {
  const a = await pasted(sample('kerry-sochi.txt'));
  await a.page.locator('[data-testid="map-stop"]').first().waitFor();

  const j = await exported(a.page, 'export-json');
  assert.match(j.name, /\.json$/);
  const analysis = JSON.parse(j.bytes.toString('utf8'));
  assert.equal(analysis.schema, 'itinera.analysis/1');
  assert.equal(analysis.trip.stops.length, 3);

  const g = await exported(a.page, 'export-geojson');
  assert.match(g.name, /\.geojson$/);
  const fc = checkGeoJson(JSON.parse(g.bytes.toString('utf8')));
  const route = fc.features.find((f) => f.properties.kind === 'route');
  assert.equal(route.geometry.type, 'LineString');
  assert.deepEqual(route.properties.names, ['Sochi', 'Antalya', 'Washington']);
  assert.deepEqual(route.properties.order, [1, 2, 3]);
  const [sochi, antalya, washington] = route.geometry.coordinates;
  assert.ok(Math.abs(sochi[0] - 39.7) < 0.5 && Math.abs(sochi[1] - 43.6) < 0.5, `${sochi}`);
  assert.ok(Math.abs(antalya[0] - 30.7) < 0.5 && Math.abs(antalya[1] - 36.9) < 0.5, `${antalya}`);
  assert.ok(Math.abs(washington[0] + 77.0) < 0.5 && Math.abs(washington[1] - 38.9) < 0.5, `${washington}`);
  const places = fc.features.filter((f) => f.geometry.type === 'Point');
  assert.equal(places.length, analysis.places.length);

  const s = await exported(a.page, 'export-svg');
  const svg = s.bytes.toString('utf8');
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.ok(svg.endsWith('</svg>'));
  for (const name of ['Sochi', 'Antalya', 'Washington']) assert.ok(svg.includes(`>${name}</text>`), name);

  const p = await exported(a.page, 'export-png');
  assert.match(p.name, /\.png$/);
  assert.deepEqual([...p.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width and height from the IHDR chunk: twice the 960 × 600 map.
  assert.equal(p.bytes.readUInt32BE(16), 1920);
  assert.equal(p.bytes.readUInt32BE(20), 1200);
  assert.ok(p.bytes.length > 20000, `${p.bytes.length} bytes`);

  assert.deepEqual(a.errors, []);
  assert.deepEqual(a.foreign, []);
  await a.context.close();
});

/**
 * A strict check of RFC 7946 structure (what a GIS tool needs): a FeatureCollection of
 * Features with Point/LineString/MultiLineString geometries of finite [lon, lat] in range,
 * properties objects. Returns the collection.
 */
function checkGeoJson(fc) {
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(Array.isArray(fc.features));
  const position = (c) => {
    assert.ok(Array.isArray(c) && c.length >= 2 && c.every(Number.isFinite), JSON.stringify(c));
    assert.ok(c[0] >= -180 && c[0] <= 180 && c[1] >= -90 && c[1] <= 90, JSON.stringify(c));
  };
  for (const f of fc.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(typeof f.properties, 'object');
    const { type, coordinates } = f.geometry;
    if (type === 'Point') position(coordinates);
    else if (type === 'LineString') { assert.ok(coordinates.length >= 2); coordinates.forEach(position); }
    else if (type === 'MultiLineString') coordinates.forEach((l) => { assert.ok(l.length >= 2); l.forEach(position); });
    else assert.fail(`unexpected geometry ${type}`);
  }
  return fc;
}

/** Opens the corrections panel. */
async function corrections(page) {
  const panel = page.getByTestId('corrections');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  return panel;
}

/** Waits until the map's stops are `names`, in order. */
async function stopsAre(page, names) {
  await page.waitForFunction((want) => {
    const got = [...document.querySelectorAll('[data-testid="map-stop"]')]
      .map((e) => [Number(e.getAttribute('data-order')), e.getAttribute('data-name')])
      .sort((a, b) => a[0] - b[0]).map((x) => x[1]);
    return JSON.stringify(got) === JSON.stringify(want);
  }, names, { timeout: 10000 });
}

test('removing Antalya updates the views, travels in the link to a fresh browser, and undoes', async () => {
  const seed = sample('kerry-sochi.txt');
  const a = await pasted(seed);
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington']);
  const panel = await corrections(a.page);
  const antalya = panel.locator('[data-testid="correction-place"][data-name="Antalya"]');
  const ref = await antalya.getAttribute('data-ref');
  await antalya.getByTestId('correction-remove').click();
  await stopsAre(a.page, ['Sochi', 'Washington']);
  // The article no longer highlights it; the map has no such place.
  assert.equal(await a.page.locator(`[data-testid="article-view"] [data-ref="${ref}"]`).count(), 0);
  assert.equal(await a.page.locator('[data-testid="map"] [data-name="Antalya"]').count(), 0);
  const link = await share(a.page);

  // Undo brings it back at once; redoing it by hand is one click again.
  await panel.getByTestId('correction-undo').click();
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington']);
  assert.ok(await panel.getByTestId('correction-undo').isDisabled());
  assert.deepEqual(a.errors, []);
  await a.context.close();

  const b = await openPage(browser, link);
  await b.page.locator(done).waitFor({ timeout: 10000 });
  await stopsAre(b.page, ['Sochi', 'Washington']);
  assert.equal(await b.page.getByTestId('article-input').inputValue(), seed);
  assert.equal(await b.page.locator(`[data-testid="article-view"] [data-ref="${ref}"]`).count(), 0);
  // The restored correction can be undone too.
  const panelB = await corrections(b.page);
  await panelB.getByTestId('correction-undo').click();
  await stopsAre(b.page, ['Sochi', 'Antalya', 'Washington']);
  assert.deepEqual(b.errors, []);
  assert.deepEqual(b.foreign, []);
  await b.context.close();
});

test('stops reorder by buttons and by dragging; a place becomes a stop; a stop can be dropped', async () => {
  const a = await pasted(sample('kerry-sochi.txt'));
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington']);
  const panel = await corrections(a.page);
  const stop = (name) => panel.locator(`[data-testid="correction-stop"][data-name="${name}"]`);
  await stop('Sochi').getByTestId('correction-stop-down').click();
  await stopsAre(a.page, ['Antalya', 'Sochi', 'Washington']);
  await stop('Washington').dragTo(stop('Antalya'));
  await stopsAre(a.page, ['Washington', 'Antalya', 'Sochi']);
  await panel.locator('[data-testid="correction-place"][data-name="Moscow"]').getByTestId('correction-add-stop').click();
  await stopsAre(a.page, ['Washington', 'Antalya', 'Sochi', 'Moscow']);
  await stop('Antalya').getByTestId('correction-stop-remove').click();
  await stopsAre(a.page, ['Washington', 'Sochi', 'Moscow']);
  // Antalya is still a place of the story.
  await a.page.locator('[data-testid="map-place"][data-name="Antalya"]').waitFor();
  for (let i = 0; i < 3; i++) await panel.getByTestId('correction-undo').click();
  await stopsAre(a.page, ['Antalya', 'Sochi', 'Washington']);
  // Ctrl+Z outside a text field undoes too.
  await a.page.locator('h1').click();
  await a.page.keyboard.press('Control+z');
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington']);
  assert.deepEqual(a.errors, []);
  await a.context.close();
});

test('a place moves to one typed from the gazetteer; the traveller can be set; corrections persist locally', async () => {
  const seed = sample('kerry-sochi.txt');
  const a = await pasted(seed);
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington']);
  const panel = await corrections(a.page);
  const antalyaId = await panel.locator('[data-testid="correction-place"][data-name="Antalya"]').getAttribute('data-ref');
  await panel.getByTestId('correction-relocate-place').selectOption(antalyaId);
  await panel.getByTestId('correction-relocate-name').fill('Izmir');
  await panel.locator('[data-testid="correction-candidate"]').first().click();
  await a.page.waitForFunction(() => [...document.querySelectorAll('[data-testid="map-stop"]')]
    .some((e) => e.getAttribute('data-order') === '2' && /zmir$/.test(e.getAttribute('data-name'))));
  // The traveller: nobody, then back to Kerry.
  const traveller = panel.getByTestId('correction-traveller');
  const kerry = await traveller.inputValue();
  assert.notEqual(kerry, '');
  await traveller.selectOption('');
  await a.page.waitForFunction(() => document.querySelector('[data-testid="correction-traveller"]').value === '');
  await traveller.selectOption(kerry);

  // The same article pasted again (after a reload) gets its corrections back.
  await a.page.reload();
  await a.page.getByTestId('article-date').fill('2015-05-12');
  await a.page.getByTestId('article-input').fill(seed);
  await a.page.locator(done).waitFor({ timeout: 10000 });
  await a.page.locator('[data-testid="map-stop"]').first().waitFor();
  const stopsNow = await stops(a.page);
  assert.equal(stopsNow.length, 3);
  assert.match(stopsNow[1], /zmir$/);
  // Another article starts clean.
  await a.page.getByTestId('article-input').fill(seed + '\n');
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington']);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(a.foreign, []);
  await a.context.close();
});

test('the link field says when the view has changed since the link was made', async () => {
  const a = await pasted(sample('kerry-sochi.txt'));
  await a.page.locator('[data-testid="map-stop"]').first().waitFor();
  await share(a.page);
  assert.equal(await a.page.getByTestId('share-note').count(), 0);
  const panel = await corrections(a.page);
  await panel.locator('[data-testid="correction-place"][data-name="Moscow"]').getByTestId('correction-remove').click();
  await a.page.getByTestId('share-note').waitFor();
  assert.match(await a.page.getByTestId('share-note').textContent(), /share again/);
  await share(a.page);
  await a.page.getByTestId('share-note').waitFor({ state: 'detached' });
  assert.deepEqual(a.errors, []);
  await a.context.close();
});

test('a place the engine missed is typed, completed and added as a stop, and travels in the link', async () => {
  const a = await pasted(sample('kerry-sochi.txt'));
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington']);
  const panel = await corrections(a.page);
  await panel.getByTestId('correction-relocate-name').fill('Ankar');
  await panel.locator('[data-testid="correction-add-candidate"][data-name="Ankara"]').first().click();
  await stopsAre(a.page, ['Sochi', 'Antalya', 'Washington', 'Ankara']);
  const link = await share(a.page);
  await a.context.close();
  const b = await openPage(browser, link);
  await stopsAre(b.page, ['Sochi', 'Antalya', 'Washington', 'Ankara']);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});
