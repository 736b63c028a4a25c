import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { REGIONS, type RegionId, regionChain } from '../../src/lib/vocabulary/regions';
import { bulletinFolders, readFacts } from '../support/content-files';

// Measure cards: every measure of every bulletin at a glance, with its status as of the build.

type Time = string | { kind: string; from?: string; through?: string; until?: string; on?: string };
interface Provision {
  actors: { en: string; zh: string }[];
  action: { en: string; zh: string };
  time: Time;
}
interface Facts {
  region: RegionId;
  measures: { id: string; topics: string[]; card: { provisions: Provision[] } }[];
}
const factsOf = (id: string) => readFacts(id) as Facts;

// The build works out statuses for its own day in China; so does this test, from the dates in facts.yaml.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const lapsed = (time: Time) =>
  typeof time === 'object' && time.kind === 'period' && ((time.until !== undefined && today >= time.until) || (time.through !== undefined && today.slice(0, time.through.length) > time.through));

for (const id of bulletinFolders()) {
  for (const lang of LANGS) {
    test(`/${lang}/bulletins/${id}/ has a card for every measure, above the full text, whose link lands on its heading`, async ({ page }) => {
      const { measures } = factsOf(id);
      await page.goto(`/${lang}/bulletins/${id}/`);
      const cards = page.locator('.measure-card');
      await expect(cards).toHaveCount(measures.length);
      const cardsTop = (await page.locator('.measure-cards').boundingBox())!.y;
      expect(cardsTop).toBeLessThan((await page.locator('#full-text-heading').boundingBox())!.y);
      for (const [index, measure] of measures.entries()) {
        const card = cards.nth(index);
        await expect(card).toHaveAttribute('data-card', measure.id);
        await expect(card.locator('.provision')).toHaveCount(measure.card.provisions.length);
        await expect(card.locator('.provision__action').first()).toHaveText(new RegExp(`${measure.card.provisions[0]!.action[lang].slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        const link = card.locator('.measure-card__title a');
        await expect(link).toHaveAttribute('href', `#${measure.id}`);
        const heading = page.locator(`.prose [id="${measure.id}"]`);
        // The heading's words, without the copy-link button it carries.
        const headingText = await heading.evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelector('.measure-link')?.remove();
          return copy.textContent!.trim();
        });
        // The rendered heading has typographic quotes where a source's own English has straight ones.
        const plainQuotes = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
        expect(plainQuotes((await link.textContent())!.trim())).toBe(plainQuotes(headingText));
        await link.click();
        await expect(page).toHaveURL(new RegExp(`#${measure.id}$`));
        await expect(heading).toBeInViewport();
      }
    });
  }
}

for (const lang of LANGS) {
  test(`/${lang}/: Huangshi's lower pre-sale funds ratio shows as lapsed, with the day it ran until`, async ({ page }) => {
    await page.goto(`/${lang}/bulletins/hubei-2020-05-sink-into-enterprises/`);
    const huangshi = page.locator('.measure-card[data-card="measure-4"] .provision', { hasText: '2.5%' });
    await expect(huangshi).toHaveCount(1);
    await expect(huangshi.locator('.provision__actors')).toContainText(lang === 'en' ? 'Huangshi' : '黄石市');
    await expect(huangshi.locator('.measure-status')).toHaveText(lang === 'en' ? 'Lapsed' : '已到期');
    await expect(huangshi.locator('.provision__dates')).toHaveText(lang === 'en' ? 'until 1 October 2020' : '2020年10月1日前');
    await expect(page.locator('.measure-cards__as-of')).toContainText(lang === 'en' ? 'Status as of ' : '状态截至');
  });

  test(`/${lang}/measures/ filters by status: "lapsed" shows exactly the measures with a lapsed provision`, async ({ page }) => {
    const expected = bulletinFolders().flatMap((id) => factsOf(id).measures.filter((m) => m.card.provisions.some((p) => lapsed(p.time))).map((m) => `${id}#${m.id}`));
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`/${lang}/measures/`);
    await page.locator('#measures-status').selectOption('lapsed');
    const shown = await page.locator('[data-measure]:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['measure']!));
    expect([...new Set(shown)].sort()).toEqual(expected.sort());
    await expect(page).toHaveURL(/[?&]status=lapsed/);
    await page.reload();
    await expect(page.locator('#measures-status')).toHaveValue('lapsed');
  });

  test(`/${lang}/topics/financing/compare/ lists every region with a financing measure, each authority with exactly those measures`, async ({ page }) => {
    const onTopic = bulletinFolders().flatMap((id) => {
      const facts = factsOf(id);
      const measures = facts.measures.filter((m) => m.topics.includes('financing')).map((m) => `${id}#${m.id}`);
      return measures.length > 0 ? [{ id, province: regionChain(facts.region).at(-1)!, measures }] : [];
    });
    expect(onTopic.length).toBeGreaterThan(1);
    await page.goto(`/${lang}/topics/financing/compare/`);
    const columns = page.locator('[data-region-column]');
    const provinces = [...new Set(onTopic.map((entry) => entry.province))];
    expect((await columns.evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset['regionColumn']))).sort()).toEqual([...provinces].sort());
    for (const { id, province, measures } of onTopic) {
      const column = page.locator(`[data-region-column="${province}"]`);
      await expect(column.locator('h2')).toHaveText(REGIONS[province].name[lang]);
      const authority = column.locator(`[data-bulletin="${id}"]`);
      await expect(authority).toHaveCount(1);
      expect(await authority.locator('[data-measure]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['measure']))).toEqual(measures);
    }
  });

  test(`/${lang}/topics/financing/ links its comparison of the regions`, async ({ page }) => {
    await page.goto(`/${lang}/topics/financing/`);
    await page.locator('.topic-compare-link a').click();
    await expect(page).toHaveURL(`/${lang}/topics/financing/compare/`);
  });
}

test('the regions stack on a phone and sit side by side on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/topics/financing/compare/');
  const lefts = async () => page.locator('[data-region-column]').evaluateAll((cs) => cs.map((c) => Math.round(c.getBoundingClientRect().left)));
  expect(new Set(await lefts()).size).toBe(1);
  await page.setViewportSize({ width: 1366, height: 900 });
  expect(new Set(await lefts()).size).toBeGreaterThan(1);
});
