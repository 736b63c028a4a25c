import { expect, type Page, test } from '@playwright/test';
import { filtersCounted } from '../support/filter-counts';
import { recordedShifts, recordShifts } from '../support/layout-shifts';
import { bulletinsContaining, factsOf } from '../support/search-oracle';

// Filters as a finder has them: beside the results on a wide screen, behind one button on a
// phone; values that would give nothing cannot be ticked; chosen filters are chips; an empty
// result says which filters hide the matches.

async function search(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-elapsed-ms', /\d/);
}

test('a value that would give no result cannot be ticked, and the others can', async ({ page }) => {
  await search(page, '/zh/search/?q=装配式');
  await filtersCounted(page);
  const boxes = await page.locator('.search-filters input[type="checkbox"]').evaluateAll((inputs) =>
    inputs.map((input) => ({
      value: `${(input as HTMLInputElement).name}:${(input as HTMLInputElement).value}`,
      disabled: (input as HTMLInputElement).disabled,
      count: input.parentElement?.querySelector('[data-count-for]')?.textContent ?? '',
    })),
  );
  const empty = boxes.filter((box) => box.count === '（0）');
  expect(empty.length, 'some values give nothing for 装配式').toBeGreaterThan(0);
  expect(empty.every((box) => box.disabled)).toBe(true);
  expect(boxes.filter((box) => box.count !== '（0）').every((box) => !box.disabled)).toBe(true);
  await expect(page.locator('.search-filters input[name="region"][value="hubei"]')).toBeDisabled();
});

test('the counts count what the topic found as well as the words', async ({ page }) => {
  // 装配式 is in one text; its topic holds a second bulletin, from Shandong, that the count must include.
  const literal = bulletinsContaining(/装配式/, 'zh');
  const onTopic = ['dezhou-2020-08-construction-upgrading', 'shandong-2021-03-out-of-province-liaison', 'zhejiang-2020-10-industrialisation-interviews', 'hubei-2020-05-sink-into-enterprises', 'deqing-2024-06-project-landing'].filter((id) =>
    factsOf(id).topics.includes('industrialisation'),
  );
  const shown = [...new Set([...literal, ...onTopic])];
  const inShandong = shown.filter((id) => ['shandong', 'dezhou'].includes(factsOf(id).region));
  await search(page, '/zh/search/?q=装配式');
  await filtersCounted(page);
  await expect(page.locator('[data-count-for="region:shandong"]')).toHaveText(`（${inShandong.length}）`);
});

test('the empty result names the filter that hides the matches and clears it', async ({ page }) => {
  await search(page, '/zh/search/?q=装配式&region=hubei');
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText('筛选条件“地区：湖北省”');
  await expect(status).toContainText('“装配式”');
  await expect(page.locator('.search-page [data-own] .result')).toHaveCount(0);
  await page.getByRole('button', { name: '清除全部筛选条件' }).click();
  await expect(page).toHaveURL('/zh/search/?q=%E8%A3%85%E9%85%8D%E5%BC%8F');
  await expect(page.locator('.search-page [data-own] .result').first()).toBeVisible();
  await expect(page.locator('[data-chips]')).toBeHidden();
});

test('each chosen filter is a chip above the results that takes it away', async ({ page }) => {
  await search(page, '/en/search/?q=enterprises&region=shandong&year=2020');
  const chips = page.locator('[data-chip-list] .chip');
  await expect(chips).toHaveText(['Region: Shandong Province×', 'Year: 2020×']);
  await page.getByRole('button', { name: 'Remove the filter Region: Shandong Province' }).click();
  await expect(page).toHaveURL('/en/search/?q=enterprises&year=2020');
  await expect(chips).toHaveText(['Year: 2020×']);
  await expect(page.getByRole('checkbox', { name: /^Shandong Province/ })).not.toBeChecked();
  await expect(page.locator('#search-q')).toBeFocused();
});

test('the filters use the labels the bulletin pages use', async ({ page }) => {
  await page.goto('/zh/search/');
  await expect(page.locator('.search-filters legend')).toHaveText(['地区', '层级', '年份', '主题']);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters sit behind one button that counts the chosen ones, and the first result is on the first screen', async ({ page }) => {
    await search(page, '/en/search/?q=financing&year=2020');
    const toggle = page.locator('.search-filters__toggle');
    // As drawn (innerText), not as written: a flex box drops the space between its text and a child element.
    await expect.poll(() => toggle.evaluate((summary) => (summary as HTMLElement).innerText)).toBe('Filters (1)');
    await expect(page.getByRole('checkbox', { name: /^Shandong Province/ })).toBeHidden();
    const first = await page.locator('.search-page [data-own] .result').first().boundingBox();
    expect(first!.y + 40, 'the first result’s title is on the first screen').toBeLessThan(844);
    await toggle.click();
    await expect(page.getByRole('checkbox', { name: /^Shandong Province/ })).toBeVisible();
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the filters stand beside the results, open, with no button', async ({ page }) => {
    await search(page, '/en/search/?q=financing');
    await expect(page.locator('.search-filters__toggle')).toBeHidden();
    const filters = await page.locator('.search-filters__body').boundingBox();
    const results = await page.locator('.search-page [data-own]').boundingBox();
    expect(filters!.x + filters!.width).toBeLessThanOrEqual(results!.x);
    expect(Math.abs(filters!.y - results!.y)).toBeLessThan(200);
  });
});

/**
 * Adds up the layout shifts of a page load, as the Layout Instability API reports them, on a CPU slowed
 * six times: a slow phone paints a page before it has all been read, which is when a shift shows.
 */
async function layoutShift(page: Page, path: string): Promise<{ total: number; moved: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await recordShifts(page);
  await page.goto(path);
  // Six times slower, a Chinese search on a busy two-core machine can take longer than the usual five seconds.
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/, { timeout: 30_000 });
  if (path.includes('q=')) await filtersCounted(page, 30_000);
  await page.waitForTimeout(300);
  return recordedShifts(page);
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const path of ['/en/search/', '/zh/search/', '/zh/search/?q=纾困', '/en/search/?q=relief&topic=financing', '/zh/search/?q=装配式&region=hubei']) {
      test(`nothing moves while ${path} loads`, async ({ page }) => {
        const { total, moved } = await layoutShift(page, path);
        // Lighthouse shows CLS to three places: below 0.0005 it says 0.
        expect(total, moved).toBeLessThan(0.0005);
      });
    }
  });
}

test('the results of a shared link are shown before the filter counts are asked for', async ({ page }) => {
  const order: string[] = [];
  await page.route('**/pagefind/en/pagefind.js?counts', async (route) => {
    order.push(`counts requested, ${await page.locator('.search-page [data-own] .result').count()} results shown`);
    await route.continue();
  });
  await search(page, '/en/search/?q=financing');
  await filtersCounted(page);
  expect(order).toHaveLength(1);
  expect(order[0]).not.toContain(' 0 results shown');
});

/**
 * Serves the counting copy of the English index through a module that records the words of
 * each of its searches and holds each one until the test opens `__countsGate` (open from the
 * start unless `held`).
 */
async function watchCounting(page: Page, held: boolean): Promise<void> {
  await page.addInitScript((closed) => {
    const gate = window as unknown as { __countTerms: string[]; __countsGate: Promise<void>; __openCounts: () => void };
    gate.__countTerms = [];
    gate.__countsGate = closed ? new Promise((open) => (gate.__openCounts = open)) : Promise.resolve();
  }, held);
  await page.route('**/pagefind/en/pagefind.js?counts', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `import * as inner from '/pagefind/en/pagefind.js?counted';
export * from '/pagefind/en/pagefind.js?counted';
export async function search(...args) { globalThis.__countTerms.push(String(args[0])); await globalThis.__countsGate; return inner.search(...args); }`,
    }),
  );
}

/** The words of each search the counting index has made, in order (a search by filters alone is "null"). */
const countTerms = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __countTerms: string[] }).__countTerms);

test('counting the filters for words the reader has replaced stops when the new search starts', async ({ browser }) => {
  // "financing" names a topic, so its counts take a search per filter value and lookup (by the words, by the topic alone).
  const alone = await browser.newPage();
  await watchCounting(alone, false);
  await search(alone, '/en/search/?q=financing');
  await filtersCounted(alone);
  expect((await countTerms(alone)).length, 'counting "financing" on its own takes several searches').toBeGreaterThan(3);
  await alone.close();

  const page = await browser.newPage();
  await watchCounting(page, true);
  await search(page, '/en/search/?q=financing');
  await expect.poll(async () => (await countTerms(page)).length).toBeGreaterThan(0);
  const begun = (await countTerms(page)).length;
  await page.locator('#search-q').fill('qualification');
  await page.locator('#search-q').press('Enter');
  await expect(page.locator('.search-page [data-own] .result').first()).toContainText(/qualification/i);
  await page.evaluate(() => (window as unknown as { __openCounts: () => void }).__openCounts());
  await filtersCounted(page);
  const terms = await countTerms(page);
  expect(terms.filter((term) => term !== 'qualification'), 'no search for "financing" after those it had begun').toHaveLength(begun);
  expect(terms.at(-1)).toBe('qualification');
});

/**
 * Serves two copies of the English index, the one for words alone (`pagefind.js`) and the
 * filtered one (`pagefind.js?filtered`), through modules that record the words and filters of
 * each search they make.
 */
async function watchCopies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __searches: string[] }).__searches = [];
  });
  for (const [copy, url] of [
    ['words', '**/pagefind/en/pagefind.js'],
    ['filtered', '**/pagefind/en/pagefind.js?filtered'],
  ]) {
    await page.route(url!, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `import * as inner from '/pagefind/en/pagefind.js?${copy}-watched';
export * from '/pagefind/en/pagefind.js?${copy}-watched';
export async function search(term, options) { globalThis.__searches.push('${copy} ' + String(term) + ' ' + JSON.stringify(options?.filters ?? {})); return inner.search(term, options); }`,
      }),
    );
  }
}

test('a search by words alone goes to a copy of the index that has loaded no filter, even after a topic and a filter were searched', async ({ page }) => {
  await watchCopies(page);
  await search(page, '/en/search/?q=financing');
  await page.getByRole('checkbox', { name: /^Shandong Province/ }).check();
  await expect(page).toHaveURL(/region=shandong/);
  await expect(page.locator('.search-page [data-own] .result').first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove the filter Region: Shandong Province' }).click();
  await expect(page).not.toHaveURL(/region=/);
  await page.locator('#search-q').fill('qualification');
  await page.locator('#search-q').press('Enter');
  await expect(page.locator('.search-page [data-own] .result').first()).toContainText(/qualification/i);

  const searches = await page.evaluate(() => (window as unknown as { __searches: string[] }).__searches);
  const inCopy = (copy: string) => searches.filter((s) => s.startsWith(`${copy} `)).map((s) => s.slice(copy.length + 1));
  // Each search by words after the topic's lookup and the filter would otherwise pay for counting them.
  expect(inCopy('words')).toEqual(expect.arrayContaining(['financing {}', 'qualification {}']));
  expect(inCopy('words').filter((s) => !s.endsWith(' {}')), 'no search in the words copy names a filter').toEqual([]);
  expect(inCopy('filtered')).toContain('null {"all":[{},{"topic":"financing"}]}');
  expect(inCopy('filtered')).toContain('financing {"region":{"any":["shandong"]}}');
});
