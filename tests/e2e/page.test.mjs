// The page's views on the seed article: map (stops, route, places), timeline, linking,
// topics chart, and no console errors or foreign requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, sample } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the page, sets the date, pastes the seed and waits for the analysis. */
async function seeded(viewport) {
  const opened = await openPage(browser, server.url, { viewport });
  const { page } = opened;
  await page.getByTestId('article-date').fill('2015-05-12');
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator('[data-testid="analysis-status"][data-state="done"]').waitFor({ timeout: 10000 });
  await page.getByTestId('article-view').locator('[data-testid="mention"]').first().waitFor({ timeout: 10000 });
  return opened;
}

test('every view of the page is there before any article', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  // The page draws itself once its wasm has loaded.
  await page.getByTestId('map').waitFor({ timeout: 10000 });
  for (const id of ['article-input', 'article-date', 'example-picker', 'analysis-status', 'map',
    'timeline', 'article-view', 'play']) {
    assert.equal(await page.getByTestId(id).count(), 1, id);
  }
  // The basemap is drawn even with no article.
  assert.ok(await page.locator('[data-testid="map"] path.country').count() > 100);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the seed highlights its places, people and organisations and links them', async () => {
  const { page, errors, foreign, context } = await seeded();
  const view = page.getByTestId('article-view');
  for (const kind of ['place', 'person', 'organisation']) {
    assert.ok(await view.locator(`[data-testid="mention"][data-kind="${kind}"]`).count() > 0, kind);
  }
  // Sochi is on the map (as a stop once the trip is found, else as a place).
  const sochi = page.locator('[data-testid="map"] [data-name="Sochi"]').first();
  await sochi.waitFor();
  const ref = await sochi.getAttribute('data-ref');
  assert.match(ref, /^p\d+$/);
  await sochi.locator('circle').first().hover();
  const mentions = view.locator(`[data-testid="mention"][data-ref="${ref}"]`);
  assert.ok(await mentions.count() > 0);
  await page.waitForFunction((r) => [...document.querySelectorAll(`[data-testid="article-view"] [data-ref="${r}"]`)]
    .every((e) => e.classList.contains('linked')), ref);
  // A mention links back to the map.
  await page.mouse.move(0, 0);
  const moscow = view.locator('[data-testid="mention"][data-kind="place"]').first();
  const mref = await moscow.getAttribute('data-ref');
  await moscow.hover();
  await page.waitForFunction((r) => document.querySelector(`[data-testid="map"] [data-ref="${r}"]`)
    ?.classList.contains('linked'), mref);
  // People and organisations lists show mention counts.
  assert.ok(await page.locator('.facts .fact .count').count() > 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('pointing at a country mention lights its outline on the map', async () => {
  const { page, errors, context } = await seeded();
  const ref = await page.locator('[data-testid="map-place"].country').first().getAttribute('data-ref');
  const mention = page.locator(`[data-testid="article-view"] [data-testid="mention"][data-ref="${ref}"]`).first();
  await mention.scrollIntoViewIfNeeded();
  await mention.hover();
  await page.locator('[data-testid="map"] path.country.linked').first().waitFor({ timeout: 3000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the map pans, zooms and resets', async () => {
  const { page, errors, context } = await seeded();
  const map = page.getByTestId('map');
  const world = map.locator('g[transform^="matrix"]').first();
  const before0 = await world.getAttribute('transform');
  await map.focus();
  await page.keyboard.press('+');
  const zoomed = await world.getAttribute('transform');
  assert.notEqual(zoomed, before0);
  await page.keyboard.press('ArrowLeft');
  assert.notEqual(await world.getAttribute('transform'), zoomed);
  await page.getByTestId('map-reset').click();
  assert.equal(await world.getAttribute('transform'), before0);
  assert.deepEqual(errors, []);
  await context.close();
});

// Needs the trip extraction (engine `trip`).
test('the seed trip: three stops Sochi, Antalya, Washington joined by a route', async () => {
  const { page, errors, foreign, context } = await seeded();
  const stops = page.getByTestId('map-stop');
  await stops.first().waitFor({ timeout: 5000 });
  assert.equal(await stops.count(), 3);
  const got = [];
  for (let i = 0; i < 3; i++) {
    const s = stops.nth(i);
    got.push([await s.getAttribute('data-order'), await s.getAttribute('data-name')]);
  }
  assert.deepEqual(got, [['1', 'Sochi'], ['2', 'Antalya'], ['3', 'Washington']]);
  assert.ok(await page.getByTestId('map-route').count() >= 1);
  assert.equal(await page.locator('[data-testid="map-place"][data-name="Moscow"]').count(), 1);
  // Hovering the Sochi stop marks its mentions in the article.
  const sochi = stops.first();
  const ref = await sochi.getAttribute('data-ref');
  await sochi.locator('circle').hover();
  await page.waitForFunction((r) => {
    const ms = [...document.querySelectorAll(`[data-testid="mention"][data-ref="${r}"]`)];
    return ms.length > 0 && ms.every((e) => e.classList.contains('linked'));
  }, ref, { timeout: 3000 });
  await page.mouse.move(0, 0);
  // Play steps to the first stop.
  await page.getByTestId('play').click();
  await page.locator('[data-testid="map-stop"][data-order="1"].current').waitFor({ timeout: 3000 });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

// Needs the time tagger (engine `times`/`events`).
test('the timeline shows the trip days 2015-05-12 and 2015-05-13', async () => {
  const { page, errors, context } = await seeded();
  const items = page.getByTestId('timeline-item');
  await items.first().waitFor({ timeout: 5000 });
  const values = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  assert.ok(values.includes('2015-05-12'), values.join(' '));
  assert.ok(values.includes('2015-05-13'), values.join(' '));
  // No two items' boxes overlap.
  const boxes = await page.locator('[data-testid="timeline-item"] rect.box').evaluateAll((els) =>
    els.map((e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
      assert.ok(!overlap, `items ${i} and ${j} overlap`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// Depends on the topics stage (engine `topics`, landed by the topics helper).
test('the topics chart is drawn (topics, or key phrases when there are none)', async () => {
  const { page, errors, context } = await seeded();
  const chart = page.getByTestId('topics-chart');
  await chart.waitFor({ timeout: 5000 });
  assert.ok(await chart.locator('svg rect').count() >= 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the topics are listed and link their places', async () => {
  const { page, errors, context } = await seeded();
  await page.getByTestId('topic').first().waitFor({ timeout: 5000 });
  assert.ok(await page.getByTestId('topic').count() >= 3);
  // Topic countries are shaded, and pointing at a topic links its places.
  assert.ok(await page.locator('[data-testid="map"] path.country.topic').count() >= 1);
  await page.getByTestId('topic').first().hover();
  await page.locator('[data-testid="article-view"] [data-testid="mention"].linked').first().waitFor({ timeout: 3000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard reaches every map marker and keeps focus while views update', async () => {
  const { page, errors, context } = await seeded();
  await page.getByTestId('map').focus();
  const seen = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const got = await page.evaluate(() => {
      const e = document.activeElement;
      return [e.getAttribute('data-testid'), e.getAttribute('data-name')];
    });
    if (!['map-place', 'map-stop'].includes(got[0])) break;
    seen.push(got.join(':'));
    // A focused marker links like a hovered one.
    assert.equal(await page.locator(`[data-testid="${got[0]}"][data-name="${got[1]}"].linked`).count(), 1, got[1]);
  }
  const markers = await page.locator('[data-testid="map-place"], [data-testid="map-stop"]').count();
  assert.equal(seen.length, markers, seen.join(' '));
  // Play keeps the focus on its button while the map and the card change.
  await page.getByTestId('play').focus();
  await page.keyboard.press('Enter');
  await page.locator('.play-card').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'play');
  assert.deepEqual(errors, []);
  await context.close();
});

test('opening a .txt file analyses it like a paste', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(sample('kerry-sochi.txt')),
  });
  await page.locator('[data-testid="article-view"] [data-testid="mention"]').first().waitFor({ timeout: 10000 });
  assert.match(await page.getByTestId('article-input').inputValue(), /Sochi/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page fits a phone without sideways scrolling', async () => {
  const { page, errors, context } = await seeded({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
  assert.deepEqual(errors, []);
  await context.close();
});
