// Share links: the article, its date and the corrections travel in the URL fragment and
// restore the same view in a fresh browser; a damaged link shows a message and leaves an
// empty, working page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
  const link = await share(a.page);
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
  const a = await pasted(text, '');
  const link = await share(a.page);
  console.log(`# article of ${text.length} chars: share link ${link.length} chars`);
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
