import { expect, type Page, test } from '@playwright/test';
import { startTrickleServer } from '../support/trickle-server';

/**
 * On a slow connection a browser draws a page as far as it has read it, and again as the rest
 * arrives. Nothing drawn may then move: not for a later sibling that changes a column's width
 * (the label column of the facts, the 404 page's two languages), not for a control whose size
 * waits on its options, not for a form a script reveals. The site is served here in pieces cut
 * before the tags that open blocks, with a pause after each that is longer than a frame.
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
  server = await startTrickleServer({ chunk: 300, pause: 20 });
});
test.afterAll(async () => {
  await server.close();
});

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift while the page loads, with what moved and from where to where. */
async function shiftsWhileLoading(page: Page, url: string): Promise<Shift[]> {
  await page.addInitScript(() => {
    const record = window as unknown as { shifts: Shift[] };
    record.shifts = [];
    const name = (node: Node | null) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : `text in ${node?.parentElement?.className ?? '?'}`);
    const box = (rect: DOMRectReadOnly) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
        record.shifts.push({ value: entry.value, sources: entry.sources.map((source) => `${name(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  // A shared search shows its results, then the filters' counts: both may move something.
  if (url.includes('q=')) await expect(page.locator('[data-count-for="region:shandong"]')).toHaveText(/\d/, { timeout: 20_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
  test.describe(`drawn while loading at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const lang of ['en', 'zh']) {
      for (const path of [...PAGES.map((page) => page.replace('{lang}', lang)), ...(lang === 'en' ? ['/404.html', '/b/hb-2020-05/'] : [])]) {
        test(`nothing on ${path} moves as the rest of it arrives`, async ({ page }) => {
          const shifts = await shiftsWhileLoading(page, server.origin + path);
          const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
          // Lighthouse shows CLS to three places: below 0.0005 it says 0.
          expect(total, shifts.flatMap((shift) => shift.sources.map((source) => `${shift.value.toFixed(5)} ${source}`)).join('\n')).toBeLessThan(0.0005);
        });
      }
    }
  });
}
