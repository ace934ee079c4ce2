// Browser timing (a measuring script, not a test): `node tests/e2e/timing.mjs [runs]`
// after `make dist`. Serves dist/ and drives headless Chromium like the e2e tests, then
// prints medians of:
//
// - time to interactive: navigation start to the paste area being usable (the wasm is
//   loaded and the app mounted), from `performance.now()` inside the page;
// - for the seed (static/samples/kerry-sochi.txt), 100 KB and 1 MB of generated news-like
//   text: the analysis time the page itself reports ("Done in X ms", the engine call
//   alone: on the page for the seed, in the Web Worker for the long texts), the time from
//   the paste to the finished, rendered page, and, for a text analysed in the Web Worker,
//   the longest pause of the page's main thread while the worker ran (the largest gap
//   between 1 ms timer ticks before the answer) and the pause taken by reading and drawing
//   the answer (the last gap).
//
// The generated texts follow the same recipe as the engine's criterion bench: a few
// paragraphs written for itinera, repeated with varied people, places and days.
import { serveDist, launch, openPage, sample } from './harness.mjs';

const runs = Number(process.argv[2] || 5);

const PARAGRAPHS = [
  '{P} flew to {A} on {D} for talks with officials from {B}, the first such visit in two years. "We have a lot to discuss," {P} told reporters at the airport before leaving for the capital.',
  'The meeting in {A} followed a week of tense exchanges between {B} and {C} over trade, energy and the future of the border region. Analysts said the visit could ease some of the pressure on both governments.',
  'On {D}, {Q} will travel from {A} to {C}, where the delegation is expected to meet business leaders and sign an agreement on water and transport projects worth $2.5 billion.',
  'Police in {C} said about 1,200 people gathered in the main square on {D} evening. The protest was peaceful, a spokesman for the city council said, and the crowd left by 10 p.m.',
];
const PEOPLE = ['Maria Lindqvist', 'Tomas Okafor', 'Aiko Tanaka', 'Rafael Duarte', 'Helen Mwangi', 'Pavel Sokolov'];
const PLACES = ['Paris', 'Berlin', 'Tokyo', 'Nairobi', 'Lima', 'Cairo', 'New Delhi', 'Sydney', 'Toronto', 'Madrid',
  'Rome', 'Ankara', 'Seoul', 'Hanoi', 'Accra', 'Oslo', 'Warsaw', 'Kyiv', 'Doha', 'Brazil', 'Kenya', 'Japan', 'Peru'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** News-like text of at least `bytes` characters, the same every run. */
function generate(bytes) {
  let state = 12345;
  const pick = (list) => { state = (state * 1103515245 + 12345) % 2147483648; return list[state % list.length]; };
  const out = [];
  let len = 0;
  for (let i = 0; len < bytes; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length]
      .replaceAll('{P}', pick(PEOPLE)).replaceAll('{Q}', pick(PEOPLE)).replaceAll('{A}', pick(PLACES))
      .replaceAll('{B}', pick(PLACES)).replaceAll('{C}', pick(PLACES)).replaceAll('{D}', pick(DAYS));
    out.push(p);
    len += p.length + 2;
  }
  return out.join('\n\n');
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Pastes `text` (setting the value directly, as a paste does) and returns
 * { engine: reported ms, total: ms from paste to the rendered result }. */
async function timePaste(page, text) {
  return page.evaluate(async (t) => {
    const area = document.querySelector('[data-testid="article-input"]');
    const status = document.querySelector('[data-testid="analysis-status"]');
    const before = status.textContent;
    const t0 = performance.now();
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    // Wait for the status to change, then one more frame so the views have painted.
    let last = performance.now();
    const gaps = [];
    let working = false;
    while (status.textContent === before || !/Done in|failed|Could not/.test(status.textContent)) {
      working = working || status.dataset.state === 'working';
      await new Promise((r) => setTimeout(r, 1));
      const now = performance.now();
      if (working) gaps.push(now - last);
      last = now;
    }
    const drawing = gaps.pop() || 0;
    const paused = Math.max(0, ...gaps);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const total = performance.now() - t0;
    const m = status.textContent.match(/Done in ([\d.]+) ms/);
    return { engine: m ? Number(m[1]) : NaN, total, paused, drawing, working, status: status.textContent.slice(0, 120) };
  }, text);
}

const server = await serveDist();
const browser = await launch();
try {
  const tti = [];
  for (let i = 0; i < runs; i++) {
    const { page, context } = await openPage(browser, server.url);
    await page.getByTestId('article-input').waitFor();
    tti.push(await page.evaluate(() => new Promise((resolve) => {
      const ready = () => {
        const area = document.querySelector('[data-testid="article-input"]');
        if (area && !area.disabled) resolve(performance.now()); else requestAnimationFrame(ready);
      };
      ready();
    })));
    await context.close();
  }
  console.log(`time to interactive: median ${median(tti).toFixed(0)} ms (${runs} loads: ${tti.map((x) => x.toFixed(0)).join(', ')})`);

  const texts = [['seed', sample('kerry-sochi.txt')], ['100k', generate(100_000)], ['1m', generate(1_000_000)]];
  const { page, context } = await openPage(browser, server.url);
  await page.getByTestId('article-input').waitFor();
  // The first analysis also parses the gazetteer: timed on its own.
  const first = await timePaste(page, texts[0][1]);
  console.log(`first analysis (parses the gazetteer), seed: engine ${first.engine} ms, to rendered ${first.total.toFixed(0)} ms`);
  for (const [name, text] of texts) {
    const engine = [];
    const total = [];
    const paused = [];
    const drawing = [];
    let worker = false;
    for (let i = 0; i < runs; i++) {
      await timePaste(page, 'x');
      const r = await timePaste(page, text);
      engine.push(r.engine);
      total.push(r.total);
      paused.push(r.paused);
      drawing.push(r.drawing);
      worker = r.working;
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    console.log(`${name}: ${text.length} chars, ${words} words: engine in page median ${median(engine).toFixed(1)} ms `
      + `(${(words / median(engine) * 1000).toFixed(0)} words/s), paste to rendered median ${median(total).toFixed(0)} ms`
      + (worker ? `; in the worker: longest main-thread pause while it ran median ${median(paused).toFixed(0)} ms, `
        + `reading and drawing its answer median ${median(drawing).toFixed(0)} ms` : '; on the page'));
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
