// Long texts run in the Web Worker: the page shows progress and stays usable while the
// engine works, the reader can stop a run and start it again, and a newer text always
// wins over an older one still running. Short texts still run at once on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, sample } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const status = '[data-testid="analysis-status"]';

/** News-like text of at least `bytes` characters: paragraphs written here, varied. */
function long(bytes) {
  const places = ['Paris', 'Nairobi', 'Lima', 'Hanoi', 'Oslo', 'Accra', 'Doha', 'Seoul'];
  const out = [];
  for (let i = 0, len = 0; len < bytes; i++) {
    const p = `Officials from ${places[i % 8]} met their counterparts in ${places[(i * 3 + 1) % 8]} on Monday `
      + `to discuss trade and water projects, a spokesman said. Talks resume next week in ${places[(i + 5) % 8]}.`;
    out.push(p);
    len += p.length + 2;
  }
  return out.join('\n\n');
}

/** Pastes `text` the way a paste does (one input event with the whole value). */
async function paste(page, text) {
  await page.evaluate((t) => {
    const area = document.querySelector('[data-testid="article-input"]');
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('a long text runs in the background with progress, and the page stays usable', async () => {
  const { page, context, errors, foreign } = await openPage(browser, server.url);
  await page.getByTestId('article-input').waitFor();
  const text = long(1_500_000);
  await paste(page, text);
  // The page itself draws the working state: its main thread is free while the engine runs.
  await page.locator(`${status}[data-state="working"]`).waitFor({ timeout: 5000 });
  await page.getByTestId('analysis-progress').waitFor();
  assert.match(await page.locator(status).textContent(), /Analysing 1\.5 MB in the background/);
  // An interaction during the run takes effect at once: the date field accepts a date.
  await page.getByTestId('article-date').fill('2016-03-01');
  assert.equal(await page.getByTestId('article-date').inputValue(), '2016-03-01');
  // The date change restarted the run; it finishes with the whole text analysed.
  const done = page.locator(`${status}[data-state="done"]`);
  await done.waitFor({ timeout: 60000 });
  assert.match(await done.textContent(), /^Done in [\d.]+ ms: [1-9]\d+ sentences, [1-9]\d* places/);
  assert.match(await page.locator(status).textContent(), /Reference date 2016-03-01/);
  assert.equal(await page.getByTestId('analysis-progress').count(), 0, 'no progress bar once done');
  assert.ok(await page.locator('[data-testid="map-stop"], [data-testid="map-place"]').count() > 0, 'places on the map');
  // Mentions are marked to the end of the text, not only at its start.
  const last = page.locator('[data-testid="mention"]').last();
  assert.equal(await last.textContent(), text.match(/in (\w+)\.$/)[1]);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a run can be cancelled, keeps the text, and can be run again', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('article-input').waitFor();
  const text = long(1_500_000);
  await paste(page, text);
  await page.getByTestId('analysis-cancel').click({ timeout: 5000 });
  const stopped = page.locator(`${status}[data-state="cancelled"]`);
  await stopped.waitFor({ timeout: 5000 });
  assert.match(await stopped.textContent(), /Stopped before the analysis finished\. The text is kept/);
  assert.equal((await page.getByTestId('article-input').inputValue()).length, text.length, 'the text is kept');
  assert.equal(await page.getByTestId('analysis-progress').count(), 0);
  await page.getByTestId('analysis-retry').click();
  await page.locator(`${status}[data-state="done"]`).waitFor({ timeout: 60000 });
  assert.equal(await page.getByTestId('analysis-retry').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a newer text wins over a long one still running', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('article-input').waitFor();
  await paste(page, long(1_500_000));
  await page.locator(`${status}[data-state="working"]`).waitFor({ timeout: 5000 });
  await page.getByTestId('article-date').fill('2015-05-12');
  await paste(page, sample('kerry-sochi.txt'));
  // The seed is short: analysed at once on the page, and the old run's answer never shows.
  const done = page.locator(`${status}[data-state="done"]`);
  await done.waitFor({ timeout: 5000 });
  const seed = await done.textContent();
  assert.match(seed, /Done in .* 3 stops\./);
  await page.waitForTimeout(3000);
  assert.equal(await page.locator(status).textContent(), seed, 'the long run did not come back');
  assert.deepEqual(errors, []);
  await context.close();
});
