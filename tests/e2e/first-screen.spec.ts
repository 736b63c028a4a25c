import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { bulletinFolders } from '../support/content-files';

const PHONE = { width: 390, height: 844 };

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: PHONE });

  for (const id of bulletinFolders()) {
    for (const lang of LANGS) {
      test(`/${lang}/bulletins/${id}/ shows its title, its text mark and the summary's first line without scrolling`, async ({ page }) => {
        await page.goto(`/${lang}/bulletins/${id}/`);
        const header = await page.locator('.masthead').boundingBox();
        expect(header!.height).toBeLessThanOrEqual(80);
        const bottomOf = async (selector: string) => {
          const box = await page.locator(selector).first().boundingBox();
          return box!.y + box!.height;
        };
        expect(await bottomOf('h1')).toBeLessThanOrEqual(PHONE.height);
        expect(await bottomOf('.provenance .status-mark')).toBeLessThanOrEqual(PHONE.height);
        // The first line of the summary: the top of its text plus one line.
        const firstLine = await page.locator('.summary__text').evaluate((p) => {
          const range = document.createRange();
          range.selectNodeContents(p);
          return range.getClientRects()[0]!.bottom;
        });
        expect(firstLine).toBeLessThanOrEqual(PHONE.height);
      });
    }
  }

  test('the menu button opens the section nav, and the search button leads to search', async ({ page }) => {
    await page.goto('/en/regions/');
    const nav = page.getByRole('navigation', { name: 'Browse' });
    await expect(nav).toBeHidden();
    await page.locator('.masthead__menu > summary').click();
    await expect(nav.getByRole('link', { name: 'Topics' })).toBeVisible();
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL('/en/search/');
  });

  test('the map gives way to the list of regions', async ({ page }) => {
    await page.goto('/en/regions/');
    await expect(page.locator('.region-map')).toBeHidden();
    await expect(page.locator('.region-tree a', { hasText: 'Dezhou City' }).first()).toBeVisible();
  });
});

test.describe('on a 1366×900 desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the section nav shows without a menu button, and the list of measures sticks beside the text', async ({ page }) => {
    await page.goto('/en/bulletins/hubei-2020-05-sink-into-enterprises/');
    await expect(page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'Topics' })).toBeVisible();
    await expect(page.locator('.masthead__menu > summary')).toBeHidden();
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    const aside = await page.locator('.measure-nav').boundingBox();
    expect(aside!.y).toBeGreaterThanOrEqual(0);
    expect(aside!.y).toBeLessThan(100);
  });

  test('the map labels its marked tiles at 12 px or more, with their bulletin counts', async ({ page }) => {
    await page.goto('/en/regions/');
    // The size as drawn: the font size in the map's units times the map's scale on screen.
    const sizes = await page
      .locator('.tile--marked .tile__name')
      .evaluateAll((texts) => texts.map((t) => Number(t.getAttribute('font-size')) * (t as SVGTextElement).ownerSVGElement!.getScreenCTM()!.a));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await expect(page.locator('.tile--marked', { has: page.locator('title', { hasText: 'Shandong' }) }).locator('.tile__count')).toHaveText('2');
  });
});
