import { expect, type Page, test } from '@playwright/test';
import { filtersCounted } from '../support/filter-counts';
import { recordedShifts, recordShifts } from '../support/layout-shifts';
import { startTrickleServer } from '../support/trickle-server';

/**
 * On a slow connection a browser draws a page as far as it has read it, and again as the rest
 * arrives. Nothing drawn may then move: not for a later sibling that changes a column's width
 * (the label column of the facts, the 404 page's two languages), not for a control whose size
 * waits on its options, not for a button or a label drawn before its word, not for a form a script
 * reveals. The site is served here in pieces cut before the tags that open blocks and after the opening
 * tag of every button, summary and label, with a pause after each that is longer than a frame.
 */
const PAGES = [
  '/{lang}/',
  '/{lang}/search/',
  '/{lang}/search/?q=relief&topic=financing',
  '/{lang}/about/',
  '/{lang}/glossary/',
  '/{lang}/measures/',
  '/{lang}/regions/',
  '/{lang}/regions/shandong/',
  '/{lang}/topics/',
  '/{lang}/topics/financing/',
  '/{lang}/years/',
  '/{lang}/bulletins/deqing-2024-06-project-landing/',
  '/{lang}/bulletins/hubei-2020-05-sink-into-enterprises/',
  '/{lang}/bulletins/hubei-2020-05-sink-into-enterprises/compare/',
];

let server: Awaited<ReturnType<typeof startTrickleServer>>;
test.beforeAll(async () => {
  server = await startTrickleServer({ chunk: 300, pause: 20, controlPause: 100 });
});
test.afterAll(async () => {
  await server.close();
});

/** Every layout shift while the page loads, summed, with what moved. */
async function shiftsWhileLoading(page: Page, url: string): Promise<{ total: number; moved: string }> {
  await recordShifts(page);
  await page.goto(url, { waitUntil: 'load' });
  // A shared search shows its results, then the filters' counts: both may move something.
  if (url.includes('q=')) await filtersCounted(page, 20_000);
  await page.waitForTimeout(300);
  return recordedShifts(page);
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
  test.describe(`drawn while loading at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const lang of ['en', 'zh']) {
      for (const path of [...PAGES.map((page) => page.replace('{lang}', lang)), ...(lang === 'en' ? ['/404.html', '/b/hb-2020-05/'] : [])]) {
        test(`nothing on ${path} moves as the rest of it arrives`, async ({ page }) => {
          const { total, moved } = await shiftsWhileLoading(page, server.origin + path);
          // Not even a shift too small for Lighthouse's three places: each one here is a box drawn in the wrong place.
          expect(moved).toBe('');
          expect(total).toBe(0);
        });
      }
    }
  });
}
