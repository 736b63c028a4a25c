// Measures search as a reader meets it, in Chromium against a built site:
// the bytes a first search costs, how long queries take, and what a shared
// link to the search page costs until its first result is painted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Serves a dist folder with the project's plain static server; resolves once it listens. */
export function serve(distDir, port) {
  const server = spawn(process.execPath, ['tests/support/serve-dist.mjs', distDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.stdout.once('data', () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * What a host that gzips text would send: HTML (a page's path ends in `/`), CSS, JavaScript,
 * JSON and SVG. Pagefind's index files are compressed already; a host would not gzip them again.
 */
const gzippedLength = (path, body) => (/(\/|\.html|\.css|\.js|\.json|\.svg)$/.test(path) ? gzipSync(body).length : body.length);

/** Sums the responses `files` ({ path, body }) as served and as a host that gzips would send them. */
function tally(files) {
  let raw = 0;
  let gzip = 0;
  for (const { path, body } of files) {
    raw += body.length;
    gzip += gzippedLength(path, body);
  }
  return { requests: files.length, raw, gzip, files: files.map(({ path }) => path) };
}

/**
 * Opens `pagePath`, types `query` into the header box and waits for the results:
 * every response in between is what a first search costs. Counted as served
 * (this server does not compress) and as a host that gzips would send it.
 */
async function firstSearchBytes(browser, base, distDir, pagePath, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${pagePath}`);
  const fetched = [];
  // The favicon is the page's own, fetched late; everything else here is search.
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path !== '/favicon.svg') fetched.push(path);
  });
  await page.locator('#site-search-q').click();
  await page.keyboard.type(query);
  await page.locator('.site-search__panel .result').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return tally(fetched.map((path) => ({ path, body: readFileSync(join(distDir, decodeURIComponent(path))) })));
}

/** Words that match nothing in either language's corpus, searched between two runs of a query. */
const BETWEEN = { en: 'zzzq', zh: '氪氪' };

/** Runs each query `runs` times on the search page and reports the time the page itself measured. */
async function queryTimes(browser, base, lang, queries, runs) {
  const page = await browser.newPage();
  await page.goto(`${base}/${lang}/search/`);
  const times = {};
  const counts = {};
  for (const query of queries) {
    times[query] = [];
    for (let run = 0; run < runs; run += 1) {
      // Another query in between, so each run is a fresh search: the page does not search again for what it
      // shows already, and it trims the words, so a trailing space would not do. This one matches nothing.
      for (const q of [BETWEEN[lang], query]) {
        const before = await page.locator('[data-search-results]').getAttribute('data-search-count');
        await page.locator('#search-q').fill(q);
        await page.locator('#search-q').press('Enter');
        await page.waitForFunction((b) => document.querySelector('[data-search-results]')?.getAttribute('data-search-count') !== b, before);
      }
      times[query].push(Number(await page.locator('[data-search-results]').getAttribute('data-elapsed-ms')));
    }
    counts[query] = Number(await page.locator('[data-search-results]').getAttribute('data-own-total'));
  }
  await page.close();
  return { times, counts };
}

/** The first result of the search page's own lists, not of the header box, which the search page also has. */
const FIRST_RESULT = '[data-search-page] :is([data-own], [data-related], [data-other-list]) .result';

/**
 * Runs in the page before any of its scripts (page.addInitScript), so the site needs no hook:
 * once the first result is in the document, notes on window.__firstResultPaint the time since
 * navigation start (performance.now()'s origin). The first animation frame callback runs
 * before the frame that paints the result, the second once that frame is done.
 */
function watchFirstResult(selector) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__firstResultPaint = performance.now();
    }));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const sharedLink = (base, lang, query) => `${base}/${lang}/search/?q=${encodeURIComponent(query)}`;
const firstResultPaint = async (page) => (await page.waitForFunction(() => window.__firstResultPaint)).jsonValue();

/** Opens a shared link to the search page `runs` times, each in a new context so that nothing is cached: ms to the first result painted. */
async function sharedLinkPaint(browser, base, lang, query, runs) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watchFirstResult, FIRST_RESULT);
    await page.goto(sharedLink(base, lang, query));
    times.push(await firstResultPaint(page));
    await context.close();
  }
  return { times, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/** The search page's vocabulary for expanding queries: an inline JSON block its script reads. */
const CONCEPTS = /(<script\b[^>]*\bid="?search-concepts"?[^>]*>)[\s\S]*?(<\/script>)/;
/** The search page with its concept block emptied but kept, so that its script runs without concepts. */
const withoutConcepts = (html) => html.replace(CONCEPTS, '$1[]$2');

/**
 * Opens a shared link to the search page in a new context, with the page's HTML passed
 * through `transform`, and counts every response from the navigation until the network
 * is idle after the first result is painted. Counted from the bodies the browser received,
 * since a transformed page is not the file in dist/.
 */
async function sharedLinkBytes(browser, base, lang, query, transform) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchFirstResult, FIRST_RESULT);
  // Routed even when `transform` changes nothing: routing turns the HTTP cache off,
  // so both runs compared fetch alike.
  await page.route((url) => url.pathname === `/${lang}/search/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: transform(await response.text()) });
  });
  const files = [];
  page.on('response', (response) => files.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, body }))));
  await page.goto(sharedLink(base, lang, query));
  await firstResultPaint(page);
  await page.waitForLoadState('networkidle');
  const bytes = tally(await Promise.all(files));
  await context.close();
  return bytes;
}

/** A shared link with the query in it: time to the first result painted, and its bytes with and without the concept block. */
async function sharedLinkCost(browser, base, lang, query, runs) {
  return {
    query,
    paint: await sharedLinkPaint(browser, base, lang, query, runs),
    withConcepts: await sharedLinkBytes(browser, base, lang, query, (html) => html),
    withoutConcepts: await sharedLinkBytes(browser, base, lang, query, withoutConcepts),
  };
}

/**
 * Everything the search benchmark reports for one built site.
 * `queries` is { en: [...], zh: [...] }; the first query of each language is the one typed for the byte count
 * and the one in the shared link.
 */
export async function measureSearch({ distDir, port, bulletinPath, queries, runs = 7 }) {
  const server = await serve(distDir, port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const base = `http://127.0.0.1:${port}`;
  try {
    const result = {};
    for (const lang of Object.keys(queries)) {
      const bytes = await firstSearchBytes(browser, base, distDir, bulletinPath(lang), queries[lang][0]);
      const { times, counts } = await queryTimes(browser, base, lang, queries[lang], runs);
      const shared = await sharedLinkCost(browser, base, lang, queries[lang][0], runs);
      result[lang] = { bytes, times, counts, medians: Object.fromEntries(Object.entries(times).map(([q, t]) => [q, median(t)])), shared };
    }
    return result;
  } finally {
    await browser.close();
    server.kill();
  }
}
