// Two travellers: an invented article where two ministers travel apart. The map names
// both in a legend, draws the other's route in its own colour, and the reader can follow
// either: that traveller's stops become the numbered ones, and play follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

export const TWO = `Ministers split up for a week of talks across Europe

Foreign Minister Clara Jensen and Trade Minister Tomas Berg left Copenhagen on Monday on separate tours.

Jensen flew to Warsaw on Monday for talks with Polish officials, then travelled on to Vilnius, where she met the Lithuanian president on Tuesday.

Meanwhile, Berg travelled to Madrid on Monday to meet Spanish exporters and later visited Lisbon for talks on port investment.

Jensen returned to Copenhagen on Thursday, while Berg is expected to fly on to Rome on Friday.
`;

const stopNames = (page) => page.locator('[data-testid="map-stop"]')
  .evaluateAll((es) => es.sort((a, b) => a.getAttribute('data-order') - b.getAttribute('data-order'))
    .map((e) => e.getAttribute('data-name')));

test('each traveller has a colour in the legend and the reader can follow either', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  await page.getByTestId('article-date').fill('2024-03-15');
  await page.getByTestId('article-input').fill(TWO);
  await page.locator('[data-testid="analysis-status"][data-state="done"]').waitFor({ timeout: 10000 });
  const people = page.getByTestId('traveller');
  await people.first().waitFor({ timeout: 10000 });
  const names = await people.evaluateAll((es) => es.map((e) => e.getAttribute('data-name')));
  assert.equal(names.length, 2, names.join());
  assert.ok(names.includes('Tomas Berg') && names.includes('Clara Jensen'), names.join());
  const mainName = await page.locator('[data-testid="traveller"][data-main="true"]').getAttribute('data-name');
  const other = names.find((n) => n !== mainName);
  // The other traveller's route is drawn in a colour of its own.
  const route = page.locator(`[data-testid="companion-route"][data-traveller="${other}"]`);
  assert.equal(await route.count(), 1);
  const colour = await route.getAttribute('stroke');
  const mainColour = await page.locator('[data-testid="map-route"]').evaluate((e) => getComputedStyle(e).stroke);
  assert.ok(colour && !mainColour.includes(colour), `${colour} vs ${mainColour}`);
  const before = await stopNames(page);
  const otherStops = await page.locator(`[data-testid="companion-stop"][data-traveller="${other}"]`)
    .evaluateAll((es) => es.map((e) => e.getAttribute('data-name')));
  assert.ok(otherStops.length >= 2);

  // Follow the other traveller: their stops become the numbered ones, in their order.
  await page.locator(`[data-testid="traveller"][data-name="${other}"]`).click();
  await page.locator(`[data-testid="traveller"][data-name="${other}"][data-main="true"]`).waitFor();
  assert.deepEqual(await stopNames(page), otherStops);
  assert.equal(await page.locator(`[data-testid="companion-stop"][data-traveller="${mainName}"]`).count(), before.length);
  // Play follows: its first card is the new main traveller's first stop.
  await page.getByTestId('play').click();
  await page.locator('.play-card').waitFor();
  assert.match(await page.locator('.play-card strong').innerText(), new RegExp(`1 / ${otherStops.length} · ${otherStops[0]}`));
  await page.getByTestId('play').click();
  // And back.
  await page.locator(`[data-testid="traveller"][data-name="${mainName}"]`).click();
  await page.locator(`[data-testid="traveller"][data-name="${mainName}"][data-main="true"]`).waitFor();
  assert.deepEqual(await stopNames(page), before);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
