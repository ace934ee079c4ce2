// Dates in words: no raw TimeML value reaches the page's text; without a date the seed's
// trip days form the story's days in order, and the page offers to set the date; with the
// date they sit on the calendar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, sample } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const RAW = /XXXX|WXX|P\d+[YMWD]\b|PRESENT_REF/;

async function analysed(date) {
  const opened = await openPage(browser, server.url);
  const { page } = opened;
  if (date) await page.getByTestId('article-date').fill(date);
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator('[data-testid="analysis-status"][data-state="done"]').waitFor({ timeout: 10000 });
  await page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  return opened;
}

/** The visible text of the page, with every stop's tooltip and play card shown once. */
async function everyText(page) {
  let text = await page.evaluate(() => document.body.innerText);
  const stops = page.locator('[data-testid="map-stop"]');
  for (let i = 0; i < await stops.count(); i++) {
    await stops.nth(i).locator('circle').first().hover();
    text += '\n' + await page.evaluate(() => document.body.innerText);
  }
  await page.getByRole('button', { name: 'Next stop' }).click();
  text += '\n' + await page.evaluate(() => document.body.innerText);
  return text;
}

test('without a date no raw value shows and the seed trip days come in order', async () => {
  const { page, errors, context } = await analysed(null);
  const text = await everyText(page);
  const raw = text.split('\n').filter((l) => RAW.test(l));
  assert.deepEqual(raw, [], 'lines with raw TimeML values');
  // The story's days: Tuesday, then Wednesday, both drawn and in that order.
  const days = await page.locator('[data-testid="story-day"] h4').allInnerTexts();
  const tue = days.findIndex((d) => d.startsWith('Tuesday'));
  const wed = days.findIndex((d) => d.startsWith('Wednesday'));
  assert.ok(tue >= 0 && wed > tue, `story days ${JSON.stringify(days)}`);
  assert.match(days[wed], /the next day/);
  const values = await page.locator('[data-testid="story-day"] [data-testid="timeline-item"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  assert.ok(values.indexOf('XXXX-WXX-2') >= 0 && values.lastIndexOf('XXXX-WXX-3') > values.lastIndexOf('XXXX-WXX-2'), values.join());
  // Both days hold a trip item (the traveller's doings).
  for (const v of ['XXXX-WXX-2', 'XXXX-WXX-3']) {
    assert.ok(await page.locator(`[data-testid="story-day"] .trip[data-value="${v}"]`).count() > 0, v);
  }
  // The page offers to set the date, and the offer leads to the field.
  await page.getByTestId('set-date').click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'article-date');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the date the seed trip days carry their dates', async () => {
  const { page, errors, context } = await analysed('2015-05-12');
  const text = await everyText(page);
  assert.deepEqual(text.split('\n').filter((l) => RAW.test(l)), []);
  const tl = page.getByTestId('timeline');
  assert.ok(await tl.locator('.trip[data-value="2015-05-12"]').count() > 0, 'Tuesday is a trip day');
  assert.ok(await tl.locator('.trip[data-value="2015-05-13"]').count() > 0, 'Wednesday is a trip day');
  assert.equal(await page.getByTestId('set-date').count(), 0);
  // The tooltip of a Tuesday item says the date in words.
  const label = await tl.locator('[data-value="2015-05-12"]').first().getAttribute('aria-label');
  assert.match(label, /^Tue 12 May 2015: /);
  assert.deepEqual(errors, []);
  await context.close();
});

const SCHEDULE = `Ten days in Japan: our itinerary

Day 1: We land in Tokyo and check in near Shinjuku.
Day 2: A morning at the fish market, then the train to Nikko.
Day 3 - Kyoto by bullet train, temples in the afternoon.
Sept 8: Nara and its deer.
9 Sept: a day trip to Osaka.
Sept. 10–11: Hiroshima and Miyajima.
On the 14th we fly home from Tokyo.
`;

test('a day-by-day schedule gives an ordered timeline, with and without a date', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('article-input').fill(SCHEDULE);
  await page.locator('[data-testid="analysis-status"][data-state="done"]').waitFor({ timeout: 10000 });
  await page.getByTestId('story-day').first().waitFor({ timeout: 10000 });
  const heads = await page.locator('[data-testid="story-day"] h4').allInnerTexts();
  const list = heads.filter((h) => /^Day \d+$/.test(h));
  assert.deepEqual(list, ['Day 1', 'Day 2', 'Day 3'], heads.join(' | '));
  const months = heads.filter((h) => /September/.test(h));
  assert.deepEqual(months.slice(0, 3).map((h) => h.replace(', the next day', '')), ['8 September', '9 September', '10 September'], heads.join(' | '));
  assert.deepEqual((await page.evaluate(() => document.body.innerText)).split('\n').filter((l) => RAW.test(l)), []);
  // With a date the month-days sit on the calendar, in order.
  await page.getByTestId('article-date').fill('2019-09-01');
  await page.locator('[data-testid="timeline"] svg [data-value="2019-09-14"]').waitFor({ timeout: 10000 });
  const values = await page.locator('[data-testid="timeline"] svg [data-testid="timeline-item"]')
    .evaluateAll((es) => es.map((e) => e.getAttribute('data-value')));
  const days = values.filter((v) => /^2019-09-\d\d$/.test(v));
  assert.deepEqual(days, [...days].sort());
  for (const v of ['2019-09-08', '2019-09-09', '2019-09-10', '2019-09-14']) assert.ok(days.includes(v), `${v} in ${days}`);
  assert.deepEqual(errors, []);
  await context.close();
});
