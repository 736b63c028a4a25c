// Measures search as a reader meets it, in Chromium against a built site:
// the bytes a first search costs, and how long queries take.
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
  let raw = 0;
  let gzip = 0;
  for (const path of fetched) {
    const body = readFileSync(join(distDir, decodeURIComponent(path)));
    raw += body.length;
    // Pagefind's index files are compressed already; a host would not gzip them again.
    gzip += path.endsWith('.js') || path.endsWith('.json') ? gzipSync(body).length : body.length;
  }
  return { requests: fetched.length, raw, gzip, files: fetched };
}

/** Runs each query `runs` times on the search page and reports the time the page itself measured. */
async function queryTimes(browser, base, lang, queries, runs) {
  const page = await browser.newPage();
  await page.goto(`${base}/${lang}/search/`);
  const times = {};
  const counts = {};
  for (const query of queries) {
    times[query] = [];
    for (let run = 0; run < runs; run += 1) {
      // A different query in between, so each run is a fresh search, not a repeat the UI could skip.
      for (const q of [`${query} `, query]) {
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

/**
 * Everything the search benchmark reports for one built site.
 * `queries` is { en: [...], zh: [...] }; the first query of each language is the one typed for the byte count.
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
      result[lang] = { bytes, times, counts, medians: Object.fromEntries(Object.entries(times).map(([q, t]) => [q, median(t)])) };
    }
    return result;
  } finally {
    await browser.close();
    server.kill();
  }
}
