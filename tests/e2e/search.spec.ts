import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { bulletinsContaining, factsOf, measureHolding } from '../support/search-oracle';
import { bulletinFolders, titleOf } from '../support/content-files';

/** The bulletin ids a results list links to, sorted. */
async function resultIds(page: Page, list: '[data-own]' | '[data-other-list]'): Promise<string[]> {
  const hrefs = await page.locator(`.search-page ${list} .result__title`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => /\/bulletins\/([^/?#]+)\//.exec(href)?.[1] ?? href).sort();
}

async function search(page: Page, lang: 'en' | 'zh', query: string, extra = ''): Promise<void> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-elapsed-ms', /\d/);
}

// Each query, and the pattern whose presence in a text means the bulletin must be found.
// English patterns are word stems, because the index stems (financing, finance and financial share "financ").
const QUERIES: { lang: 'en' | 'zh'; query: string; pattern: RegExp }[] = [
  { lang: 'en', query: 'financing', pattern: /\bfinanc/i },
  { lang: 'en', query: 'finance', pattern: /\bfinanc/i },
  { lang: 'en', query: 'qualifications', pattern: /\bqualif/i },
  { lang: 'en', query: 'qualification', pattern: /\bqualif/i },
  { lang: 'en', query: 'prefabricated', pattern: /\bprefabricat/i },
  { lang: 'en', query: 'Deqing', pattern: /\bdeqing/i },
  { lang: 'zh', query: '纾困', pattern: /纾困/ },
  { lang: 'zh', query: '外联站', pattern: /外联站/ },
  { lang: 'zh', query: '装配式', pattern: /装配式/ },
  { lang: 'zh', query: '工程造价', pattern: /工程造价/ },
  { lang: 'zh', query: '德州', pattern: /德州/ },
  { lang: 'zh', query: '银行', pattern: /银行/ },
  { lang: 'zh', query: '恒丰银行', pattern: /恒丰银行/ },
  { lang: 'zh', query: '德', pattern: /德/ },
];

for (const { lang, query, pattern } of QUERIES) {
  test(`/${lang}/search/ for "${query}" finds exactly the bulletins whose ${lang} text has it`, async ({ page }) => {
    const expected = bulletinsContaining(pattern, lang);
    expect(expected.length, 'the query should occur in some text').toBeGreaterThan(0);
    await search(page, lang, query);
    expect(await resultIds(page, '[data-own]')).toEqual(expected);
    await expect(page.locator('.search-page [data-own] mark').first()).toBeVisible();
  });
}

// Each word is in one bulletin's title and in other bulletins' texts: the title must count for more.
// (Both rank another bulletin first when the title weighs as little as body text.)
for (const [lang, word] of [['zh', '推动'], ['zh', '建设']] as const) {
  test(`the bulletin with "${word}" in its title ranks first`, async ({ page }) => {
    const withTitle = bulletinFolders().filter((id) => titleOf(id, lang).includes(word));
    expect(withTitle).toHaveLength(1);
    expect(bulletinsContaining(new RegExp(word), lang).length, 'other texts have the word too').toBeGreaterThan(1);
    await search(page, lang, word);
    await expect(page.locator('.search-page [data-own] .result').first()).toHaveAttribute('data-bulletin', withTitle[0]!);
  });
}

// Words that occur in one bulletin only, inside a measure: the result must open that measure.
for (const [lang, word] of [['zh', '工程造价'], ['en', 'quota']] as const) {
  test(`a result for "${word}" opens the bulletin at the measure that matched, with the words marked`, async ({ page }) => {
    const [id, ...rest] = bulletinsContaining(new RegExp(word, 'i'), lang);
    expect(rest, 'the word should occur in one bulletin only').toEqual([]);
    const measure = measureHolding(id!, lang, word);
    expect(measure).not.toBeNull();
    await search(page, lang, word);
    await page.locator('.search-page [data-own] .result__title').first().click();
    await expect(page).toHaveURL(`/${lang}/bulletins/${id}/#${measure}`);
    await expect(page.locator(`#${measure}`)).toBeInViewport();
    const marked = (await page.locator('.prose mark.search-hit').allTextContents()).join(' ');
    // Chinese may be marked word by word (工程, 造价), so look for the last part.
    expect(marked.toLowerCase()).toContain(lang === 'zh' ? '造价' : word);
    expect(new URL(page.url()).search, 'highlight words leave the address once marked').toBe('');
  });
}

test('filters narrow the results to the bulletins that carry the value', async ({ page }) => {
  const query = 'enterprises';
  const all = bulletinsContaining(/\benterpris/i, 'en');
  const inShandong = all.filter((id) => ['shandong', 'dezhou'].includes(factsOf(id).region));
  const from2020 = all.filter((id) => factsOf(id).date.startsWith('2020'));
  const financing = all.filter((id) => factsOf(id).topics.includes('financing'));
  expect(inShandong.length).toBeLessThan(all.length);

  await search(page, 'en', query);
  expect(await resultIds(page, '[data-own]')).toEqual(all);

  // On a phone the filters sit behind a button; on a wide screen they are always open beside the results.
  const toggle = page.locator('.search-filters__toggle');
  if (await toggle.isVisible()) await toggle.click();
  const count = (filter: string) => page.locator(`[data-count-for="${filter}"]`);
  await expect(count('region:shandong')).toHaveText(`(${inShandong.length})`);
  await page.getByRole('checkbox', { name: /^Shandong Province/ }).check();
  await expect(page).toHaveURL(/region=shandong/);
  await expect.poll(() => resultIds(page, '[data-own]')).toEqual(inShandong);
  // Regions combine with "any": ticking Shandong leaves Zhejiang's count as it was.
  const inZhejiang = all.filter((id) => factsOf(id).region === 'zhejiang');
  await expect(count('region:zhejiang')).toHaveText(`(${inZhejiang.length})`);

  await page.getByRole('checkbox', { name: /^Shandong Province/ }).uncheck();
  await page.getByRole('checkbox', { name: /^2020/ }).check();
  await expect.poll(() => resultIds(page, '[data-own]')).toEqual(from2020);

  // The URL holds the search: opening it afresh gives the same results, filters ticked.
  await page.goto(`/en/search/?q=${query}&topic=financing`);
  await expect.poll(() => resultIds(page, '[data-own]')).toEqual(financing);
  await expect(page.getByRole('checkbox', { name: /^Financing/ })).toBeChecked();
});

test('sorting by date orders the results newest or oldest first', async ({ page }) => {
  const ids = bulletinsContaining(/\benterpris/i, 'en');
  const byDate = [...ids].sort((a, b) => factsOf(a).date.localeCompare(factsOf(b).date));
  for (const [sort, expected] of [['newest', [...byDate].reverse()], ['oldest', byDate]] as const) {
    await search(page, 'en', 'enterprises', `&sort=${sort}`);
    const hrefs = await page.locator('.search-page [data-own] .result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.map((h) => /\/bulletins\/([^/?#]+)\//.exec(h)?.[1])).toEqual(expected);
  }
});

test('a Chinese word searched on the English site shows the Chinese texts, marked as such', async ({ page }) => {
  const expected = bulletinsContaining(/纾困/, 'zh');
  await search(page, 'en', '纾困');
  expect(await resultIds(page, '[data-own]')).toEqual([]);
  expect(await resultIds(page, '[data-other-list]')).toEqual(expected);
  const first = page.locator('.search-page [data-other-list] .result').first();
  await expect(first.locator('.result__title')).toHaveAttribute('lang', 'zh-CN');
  await expect(first.locator('.result__badge')).toHaveText('Chinese text');
  await expect(first.locator('.result__reader')).toHaveAttribute('href', /^\/en\/bulletins\//);
});

test('a Chinese phrase finds the same Chinese texts from the English site as from the Chinese', async ({ page }) => {
  // Pagefind splits Chinese into words only on a Chinese page; the English page must split it alike.
  for (const query of ['工程造价', '下沉企业', '建筑业企业']) {
    await search(page, 'zh', query);
    const onChineseSite = await resultIds(page, '[data-own]');
    expect(onChineseSite.length, query).toBeGreaterThan(0);
    await search(page, 'en', query);
    expect(await resultIds(page, '[data-other-list]'), query).toEqual(onChineseSite);
  }
});

test('an English name searched on the Chinese site shows the English texts', async ({ page }) => {
  const expected = bulletinsContaining(/Hengfeng/, 'en');
  expect(expected.length).toBeGreaterThan(0);
  await search(page, 'zh', 'Hengfeng');
  expect(await resultIds(page, '[data-other-list]')).toEqual(expected);
  await expect(page.locator('.search-page [data-other-list] .result__badge').first()).toHaveText('英文文本');
});

test('only bulletin texts are indexed: one page per bulletin and language, and no words of the site chrome', async ({ page }) => {
  await page.goto('/en/');
  // Ask each language's index directly: the UI would hide a stray page, the index must not hold one.
  const found = await page.evaluate(async (words) => {
    const counts: Record<string, number[]> = {};
    for (const lang of ['en', 'zh']) {
      const pagefind = await import(`/pagefind/${lang}/pagefind.js?${lang}`);
      await pagefind.options({ basePath: `/pagefind/${lang}/` });
      const all = await pagefind.search(null, { filters: {} });
      const pages = await Promise.all(all.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
      counts[`${lang} pages`] = [pages.filter((p: { url: string }) => p.url.includes('/bulletins/')).length, pages.length];
      for (const word of words) counts[`${lang} ${word}`] = [(await pagefind.search(word)).results.length];
    }
    return counts;
  }, ['Digest', 'Narrow', '筛选', '摘编']);
  const n = bulletinFolders().length;
  for (const word of ['Digest', 'Narrow']) expect(bulletinsContaining(new RegExp(word, 'i'), 'en')).toEqual([]);
  for (const word of ['筛选', '摘编']) expect(bulletinsContaining(new RegExp(word), 'zh')).toEqual([]);
  expect(found).toEqual({
    'en pages': [n, n],
    'zh pages': [n, n],
    'en Digest': [0], 'en Narrow': [0], 'en 筛选': [0], 'en 摘编': [0],
    'zh Digest': [0], 'zh Narrow': [0], 'zh 筛选': [0], 'zh 摘编': [0],
  });
});

const UNSEARCHABLE = 'Type a word: letters, numbers or Chinese characters.';

// Each odd query, the query the page should search for (trimmed, cut to 200 characters), and the
// status that shows it has: the query echoed as text, or a request for a word.
const ODD_QUERIES: { query: string; searched: string; status: string }[] = [
  { query: '', searched: '', status: 'Type a word, or choose a filter.' },
  { query: 'financing '.repeat(50), searched: 'financing '.repeat(20).trim(), status: `“${'financing '.repeat(20).trim()}”` },
  { query: '<script>window.__pwned = 1</script>', searched: '<script>window.__pwned = 1</script>', status: '“<script>window.__pwned = 1</script>”' },
  { query: '<img src=x onerror="window.__pwned = 1">', searched: '<img src=x onerror="window.__pwned = 1">', status: '“<img src=x onerror="window.__pwned = 1">”' },
  { query: '.*+?^${}()|[]\\', searched: '.*+?^${}()|[]\\', status: UNSEARCHABLE },
  { query: '🏗️🚧', searched: '🏗️🚧', status: UNSEARCHABLE },
  { query: '，。？！“”（）【】', searched: '，。？！“”（）【】', status: UNSEARCHABLE },
];

for (const { query, searched, status } of ODD_QUERIES) {
  test(`the odd query ${JSON.stringify(query.slice(0, 40))} does no harm`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // Start from a finished search, so that the status changes only once the odd query has been
    // searched in its turn (after the typing pause): before that, the page still shows "financing".
    await search(page, 'en', 'financing');
    await expect(page.locator('[data-search-status]')).toContainText('“financing”');
    await page.locator('#search-q').fill(query);
    if (status.startsWith('“')) await expect(page.locator('[data-search-status]')).toContainText(status);
    else await expect(page.locator('[data-search-status]')).toHaveText(status);
    expect(new URL(page.url()).searchParams.get('q') ?? '').toBe(searched);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('[data-search-results] :is(img, script)')).toHaveCount(0);
    if (status === UNSEARCHABLE || query === '') await expect(page.locator('.search-page .results .result')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('the header box searches from any page, with keyboard', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const id = bulletinFolders()[0]!;
  await page.goto(`/en/bulletins/${id}/`);
  expect(requests.filter((path) => path.startsWith('/pagefind/') || path.includes('header-search')), 'nothing of search loads with the page').toEqual([]);

  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('financing');
  const panel = page.locator('.site-search__panel');
  await expect(panel).toBeVisible();
  expect(requests.some((path) => path.startsWith('/pagefind/en/'))).toBe(true);
  const expected = bulletinsContaining(/\bfinanc/i, 'en');
  await expect(panel.locator('[data-own] .result')).toHaveCount(Math.min(expected.length, 5));
  await expect(page.locator('.site-search__status')).toContainText(String(expected.length));

  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('.result__title').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.locator('#site-search-q')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/search/?q=financing');
  await expect.poll(() => resultIds(page, '[data-own]')).toEqual(expected);
});

for (const lang of ['en', 'zh'] as const) {
  test(`a first search on a page in ${lang === 'en' ? 'English' : 'Chinese'} fetches its own strings and not the other language's`, async ({ page }) => {
    const dictionary = (of: string) => JSON.parse(readFileSync(`src/i18n/${of}.json`, 'utf8')) as Record<string, string>;
    const own = dictionary(lang)['search.status.unavailable']!;
    const other = dictionary(lang === 'en' ? 'zh' : 'en')['search.status.unavailable']!;
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(`/${lang}/bulletins/${bulletinFolders()[0]}/`);
    await page.locator('#site-search-q').click();
    await page.keyboard.type(lang === 'en' ? 'financing' : '纾困');
    await expect(page.locator('.site-search__panel [data-own] .result').first()).toBeVisible();
    expect(scripts.some((body) => body.includes(own)), 'its own strings arrive').toBe(true);
    expect(scripts.filter((body) => body.includes(other)), 'the other language\'s strings stay behind').toEqual([]);
  });
}

test('words typed before the search script arrives wait for the typing pause like later ones: one search, for all the words', async ({ browser }) => {
  const path = `/en/bulletins/${bulletinFolders()[0]!}/`;
  const status = (page: Page) => page.locator('.site-search__status');
  // The results' texts a search fetched, one file per result shown.
  const fragmentsFetched = async (arrange: (page: Page) => Promise<void>): Promise<string[]> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url()).pathname;
      if (url.includes('/fragment/')) fetched.add(url);
    });
    // The page's clock stands still while the test types, so the pause typing waits for cannot end
    // between two letters however slow the machine is.
    await page.clock.install();
    await page.goto(path);
    await arrange(page);
    await page.clock.resume();
    await expect(status(page)).toContainText('Deqing');
    await page.waitForLoadState('networkidle');
    await context.close();
    return [...fetched].sort();
  };
  const stillClock = (page: Page) => page.clock.pauseAt(Date.now() + 60_000);
  // Typed once the script is there: a search for "Deqing" alone.
  const alone = await fragmentsFetched(async (page) => {
    const loaded = page.waitForRequest((request) => request.url().includes('/pagefind/en/pagefind.js'));
    await page.locator('#site-search-q').click();
    await loaded;
    await stillClock(page);
    await page.keyboard.type('Deqing');
  });
  // "D" typed while the script is on its way, the rest once it is there. A search run for "D" as soon
  // as the script arrives (it matches every bulletin) would fetch more texts.
  const early = await fragmentsFetched(async (page) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/header-search*.js', async (route) => {
      await held;
      await route.continue();
    });
    await stillClock(page);
    await page.locator('#site-search-q').click();
    await page.keyboard.type('D');
    const loaded = page.waitForRequest((request) => request.url().includes('/pagefind/en/pagefind.js'));
    release();
    await loaded;
    await page.keyboard.type('eqing');
  });
  expect(alone.length).toBeGreaterThan(0);
  expect(early).toEqual(alone);
});

test('Escape from the results closes them for good: the search the last key scheduled does not reopen them', async ({ page }) => {
  await page.goto(`/en/bulletins/${bulletinFolders()[0]!}/`);
  await page.locator('#site-search-q').fill('financ');
  const panel = page.locator('.site-search__panel');
  await expect(panel.locator('.result').first()).toBeVisible();
  // One more letter schedules a search for when typing pauses; the reader arrows into the results and
  // presses Escape before that pause is over (Escape in the box itself would clear it).
  await page.locator('#site-search-q').press('i');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  // Longer than the pause typing waits for and than a search takes here: a scheduled search would have reopened it.
  await page.waitForTimeout(2_000);
  await expect(panel).toBeHidden();
  await expect(page.locator('#site-search-q')).toBeFocused();
});

test('results for newer words keep the place of a reader who has arrowed into the older ones', async ({ page }) => {
  await page.goto(`/en/bulletins/${bulletinFolders()[0]!}/`);
  await page.locator('#site-search-q').fill('financ');
  const titles = page.locator('.site-search__panel .result__title');
  await expect(page.locator('.site-search__status')).toContainText(/\d/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(1)).toBeFocused();
  // The box changes while focus is in the list, as when a slow search for the last keystrokes comes back late.
  await page.locator('#site-search-q').evaluate((box: HTMLInputElement) => {
    box.value = 'financing';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.locator('.site-search__status')).toContainText('financing');
  await expect(titles.nth(1)).toBeFocused();
});

test('Enter after the typing pause keeps the results shown: the same words are not searched again, new words are', async ({ page }) => {
  await search(page, 'en', 'financing');
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-search-count', '1');
  await page.locator('#search-q').press('Enter');
  // A search of these few bulletins ends in well under this, so a second search would have shown.
  await page.waitForTimeout(1_000);
  await expect(results).toHaveAttribute('data-search-count', '1');
  await expect(page.locator('.search-page [data-own] .result').first()).toContainText(/financ/i);
  await page.locator('#search-q').fill('qualification');
  await page.locator('#search-q').press('Enter');
  await expect(page.locator('.search-page [data-own] .result').first()).toContainText(/qualification/i);
  await expect(results).toHaveAttribute('data-search-count', '2');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and links to the bulletin lists', async ({ page }) => {
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`/${lang}/search/`);
      await expect(page.locator('.search-page__noscript')).toBeVisible();
      await expect(page.locator('.search-page__noscript a')).toHaveAttribute('href', `/${lang}/`);
      await expect(page.locator('[data-search-form]')).toBeHidden();
    }
  });
});
