// The basic flow: the page loads, the reader pastes an article, the analysis finishes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, sample } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('pasting the seed finishes the analysis', async () => {
  const { page, errors, foreign, context } = await openPage(browser, server.url);
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator('[data-testid="analysis-status"][data-state="done"]').waitFor({ timeout: 10000 });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
