import { expect, type Page, test } from '@playwright/test';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/i18n/locales';
import { regionChain, type RegionId } from '../../src/lib/vocabulary/regions';
import { bulletinFolders, readFacts, readText, titleOf } from '../support/content-files';

interface Facts {
  date: string;
  region: RegionId;
  topics: string[];
  measures: { id: string; topics: string[] }[];
  figures: { id: string; label: { en: string; zh: string } }[];
}
const facts = (id: string) => readFacts(id) as Facts;
const ids = bulletinFolders();

/** The bulletins a list page links to (card titles), sorted. */
async function listed(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/bulletins\/([^/]+)\//.exec(h)?.[1] ?? h).sort();
}

for (const lang of LANGS) {
  test(`/${lang}/years/ and each year page list the bulletins of that year`, async ({ page }) => {
    const years = [...new Set(ids.map((id) => facts(id).date.slice(0, 4)))];
    await page.goto(`/${lang}/years/`);
    await expect(page.locator('.browse-list a')).toHaveCount(years.length);
    for (const year of years) {
      await page.goto(`/${lang}/years/${year}/`);
      expect(await listed(page)).toEqual(ids.filter((id) => facts(id).date.startsWith(year)).sort());
    }
  });

  test(`/${lang}/topics/ pages list the bulletins and measures carrying each topic`, async ({ page }) => {
    const topics = [...new Set(ids.flatMap((id) => [...facts(id).topics, ...facts(id).measures.flatMap((m) => m.topics)]))];
    await page.goto(`/${lang}/topics/`);
    await expect(page.locator('.browse-list a')).toHaveCount(topics.length);
    for (const topic of topics) {
      await page.goto(`/${lang}/topics/${topic}/`);
      const expected = ids.filter((id) => facts(id).topics.includes(topic) || facts(id).measures.some((m) => m.topics.includes(topic)));
      expect(await listed(page), topic).toEqual(expected.sort());
      const measures = await page.locator('.measure-item__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expectedMeasures = ids.flatMap((id) => facts(id).measures.filter((m) => m.topics.includes(topic)).map((m) => `/${lang}/bulletins/${id}/#${m.id}`));
      expect(measures.sort(), topic).toEqual(expectedMeasures.sort());
    }
  });

  test(`/${lang}/regions/ shows each province on the map and every place's bulletins`, async ({ page }) => {
    const places = [...new Set(ids.flatMap((id) => regionChain(facts(id).region)))];
    const provinces = places.filter((p) => regionChain(p).length === 1);
    await page.goto(`/${lang}/regions/`);
    // The map: 34 tiles, the provinces with bulletins marked and linked to their pages.
    await expect(page.locator('.region-map svg a')).toHaveCount(provinces.length);
    for (const province of provinces) await expect(page.locator(`.region-map svg a[href="/${lang}/regions/${province}/"]`)).toHaveCount(1);
    // …each named for screen readers with the province's full name.
    const names = { en: 'Shandong Province', zh: '山东省' };
    await expect(page.locator('.region-map').getByRole('link', { name: new RegExp(names[lang]) })).toHaveAttribute('href', `/${lang}/regions/shandong/`);
    for (const place of places) {
      await page.goto(`/${lang}/regions/${place}/`);
      expect(await listed(page), place).toEqual(ids.filter((id) => regionChain(facts(id).region).includes(place)).sort());
    }
  });

  test(`/${lang}/measures/ lists every measure under each of its topics, and filters by region`, async ({ page }) => {
    await page.goto(`/${lang}/measures/`);
    const items = page.locator('.measure-item');
    await expect(items).toHaveCount(ids.reduce((n, id) => n + facts(id).measures.reduce((k, m) => k + m.topics.length, 0), 0));
    // Each link goes to a measure heading of its bulletin.
    const link = page.locator('.measure-item__title').nth(3);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
    await page.goBack();
    await page.locator('#measures-region').selectOption('shandong');
    const inShandong = ids.filter((id) => regionChain(facts(id).region).includes('shandong'));
    const visible = await page.locator('.measure-item:visible').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset['measure']!.split('#')[0]))]);
    expect(visible.sort()).toEqual(inShandong.sort());
    await expect(page).toHaveURL(/region=shandong/);
  });

  test(`/${lang}/ shows the newest bulletins and a way into each way of browsing, with search in the masthead`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    for (const path of ['regions', 'topics', 'years', 'measures', 'glossary']) await expect(page.locator(`.ways a[href="/${lang}/${path}/"]`)).toHaveCount(1);
    // Search is offered once, in the masthead: a box on a wide screen, a button on a phone.
    await expect(page.locator(`.ways a[href="/${lang}/search/"]`)).toHaveCount(0);
    await expect(page.locator(`.masthead form[action="/${lang}/search/"]`)).toHaveCount(1);
    await expect(page.locator(`.masthead__bar > a[href="/${lang}/search/"]`)).toHaveCount(1);
    await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveAttribute('href', `/${lang}/`);
  });
}

test('every key figure has its label and value as text, and the bars are hidden from screen readers', async ({ page }) => {
  for (const id of ids) {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/bulletins/${id}/`);
      for (const figure of facts(id).figures) {
        const element = page.locator(`#figure-${figure.id}`);
        await expect(element, `${id} ${figure.id}`).toContainText(figure.label[lang]);
        await expect(element).toContainText(/\d/);
      }
      for (const svg of await page.locator('.figures svg').all()) await expect(svg).toHaveAttribute('aria-hidden', 'true');
    }
  }
});

test('a chart draws bars in proportion to the values (Hubei’s problems)', async ({ page }) => {
  await page.goto('/en/bulletins/hubei-2020-05-sink-into-enterprises/');
  const widths = await Promise.all(['problems-collected', 'problems-for-department', 'problems-construction', 'problems-real-estate'].map((f) => page.locator(`#figure-${f} .bar__fill`).evaluate((r) => r.getBoundingClientRect().width)));
  const values = [153, 122, 91, 31];
  for (const [i, width] of widths.entries()) expect(width / widths[0]!).toBeCloseTo(values[i]! / values[0]!, 2);
});

/** The blocks of a text as the editor wrote them (runs of lines separated by blank lines), and a heading over its translator's notes if it has any. */
function blockCount(id: string, lang: string): number {
  const blocks = readText(id, lang).body.split(/\n\s*\n/).filter((b) => b.trim() !== '');
  return blocks.length + (blocks.some((b) => /^\[\^[^\]]+\]:/.test(b)) ? 1 : 0);
}

test('the side-by-side view pairs every paragraph of the original with its translation', async ({ page }) => {
  for (const id of ids) {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/bulletins/${id}/compare/`);
      const rows = page.locator('.compare__row[data-block]');
      const count = blockCount(id, 'en');
      expect(blockCount(id, 'zh')).toBe(count);
      await expect(rows, id).toHaveCount(count);
      for (const row of await rows.all()) {
        const cells = row.locator('.compare__cell');
        await expect(cells).toHaveCount(2);
        expect((await cells.nth(0).innerText()).trim(), `${id} row`).not.toBe('');
        expect((await cells.nth(1).innerText()).trim(), `${id} row`).not.toBe('');
        expect(await cells.nth(0).getAttribute('lang')).not.toBe(await cells.nth(1).getAttribute('lang'));
      }
      await expect(page.locator('.compare__title').first()).toContainText(/./);
    }
  }
  // Titles pair too.
  await page.goto('/en/bulletins/hubei-2020-05-sink-into-enterprises/compare/');
  await expect(page.locator('.compare__title[lang="zh-CN"]')).toHaveText(titleOf('hubei-2020-05-sink-into-enterprises', 'zh'));
});

test('glossary terms in a bulletin link to their entry, and every entry is on the glossary page', async ({ page }) => {
  const glossary = load(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'glossary.yaml'), 'utf8')) as { id: string; zh: string; bulletins: string[] }[];
  for (const lang of LANGS) {
    await page.goto(`/${lang}/glossary/`);
    for (const term of glossary) await expect(page.locator(`#term-${term.id}`)).toHaveCount(1);
  }
  // 外联站 in the Shandong text links to its entry, which comes into view.
  await page.goto('/zh/bulletins/shandong-2021-03-out-of-province-liaison/');
  await page.locator('.prose a.term', { hasText: '外联站' }).first().click();
  await expect(page).toHaveURL('/zh/glossary/#term-wailianzhan');
  await expect(page.locator('#term-wailianzhan')).toBeInViewport();
  // Every term the glossary lists for a bulletin is linked from that bulletin's Chinese page where its body has it
  // (one visit per bulletin, which keeps the test well inside its time on a busy machine).
  for (const id of bulletinFolders()) {
    const terms = glossary.filter((term) => term.bulletins.includes(id) && readText(id, 'zh').body.includes(term.zh));
    if (terms.length === 0) continue;
    await page.goto(`/zh/bulletins/${id}/`);
    for (const term of terms) await expect(page.locator(`.prose a.term[href="/zh/glossary/#term-${term.id}"]`), `${term.id} in ${id}`).toHaveCount(1);
  }
});
