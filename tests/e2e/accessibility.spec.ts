import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Only these rules look at colours: the dark scheme is checked with them, the light one with every rule.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (rules ? axe.withRules(rules) : axe.withTags(TAGS)).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every rule in the light scheme, then the colour rules again in the dark one, on the same page. */
async function violationsInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  return { light, dark: await violations(page, COLOUR_RULES) };
}

// One page of each kind; each in both languages, light and dark.
const PAGES = [
  '/{lang}/',
  '/{lang}/bulletins/hubei-2020-05-sink-into-enterprises/',
  // Translated back from a published translation in Chinese: the mark in its own colour, and translator's notes.
  '/{lang}/bulletins/dezhou-2020-08-construction-upgrading/',
  '/{lang}/bulletins/deqing-2024-06-project-landing/compare/',
  '/{lang}/regions/',
  '/{lang}/regions/shandong/',
  '/{lang}/topics/',
  '/{lang}/topics/financing/',
  '/{lang}/topics/financing/compare/',
  '/{lang}/years/2020/',
  '/{lang}/measures/',
  '/{lang}/glossary/',
  '/{lang}/about/',
  '/{lang}/search/?q=financing',
  // A query that names a topic and a term, with filters chosen: See also, chips, the related and other-language lists.
  '/{lang}/search/?q=%E7%BA%BE%E5%9B%B0&region=hubei&region=shandong',
  '/{lang}/no-such-page/',
];

for (const lang of LANGS) {
  test.describe(lang, () => {
    for (const template of PAGES) {
      const path = template.replace('{lang}', lang);
      test(`${path} has no accessibility violations, light or dark`, async ({ page }) => {
        await page.goto(path);
        if (path.includes('/search/')) await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-count', /\d/);
        expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
      });
    }
    test('the header search with its results open has no accessibility violations, light or dark', async ({ page }) => {
      await page.goto(`/${lang}/topics/`);
      await page.keyboard.press('/');
      await page.keyboard.type(lang === 'en' ? 'financing' : '纾困');
      await expect(page.locator('.site-search__panel .result').first()).toBeVisible();
      expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
    });
  });
}

test('keyboard only: skip link, search, a result, and the language switch', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  // Tab on to the search box: it comes before the language switch in the header.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('quota');
  await expect(page.locator('.site-search__panel .result')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.site-search__panel .result__title')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/bulletins\/hubei-2020-05-sink-into-enterprises\/#measure-2$/);
  // The language switch, reached by Tab from the search box, keeps the reader's place.
  await page.locator('#site-search-q').focus();
  await page.keyboard.press('Escape');
  let guard = 0;
  while (!(await page.locator('.language-switch').evaluate((el) => el === document.activeElement)) && guard++ < 10) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/zh/bulletins/hubei-2020-05-sink-into-enterprises/#measure-2');
});
