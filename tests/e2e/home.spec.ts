import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { bulletinFolders, readFacts, titleOf } from '../support/content-files';

/** Bulletin ids newest first, worked out from the facts files' dates (the id breaks a tie). */
const newestFirst = bulletinFolders()
  .map((id) => ({ id, date: String((readFacts(id) as { date: string }).date) }))
  .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
  .map((b) => b.id);

/** How many of the newest bulletins the home page lists (src/pages/[lang]/index.astro); the browse pages list the rest. */
const HOME_LIST = 10;
const shown = newestFirst.slice(0, HOME_LIST);
const which = shown.length === newestFirst.length ? `all ${newestFirst.length}` : `${shown.length} of ${newestFirst.length}`;

for (const lang of LANGS) {
  test(`/${lang}/ lists the ${HOME_LIST} newest bulletins (here ${which}), newest first, each linking to its page, and counts them all`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const links = page.locator('.card__title a');
    await expect(links).toHaveCount(shown.length);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(shown.map((id) => `/${lang}/bulletins/${id}/`));
    for (const [i, id] of shown.entries()) {
      await expect(links.nth(i)).toHaveText(titleOf(id, lang));
    }
    // The heading gives the number of all bulletins, not of those listed under it.
    const count = lang === 'en' ? `${newestFirst.length} bulletins` : `${newestFirst.length} 篇文章`;
    await expect(page.locator('#list-heading .count')).toHaveText(count);
    await links.first().click();
    await expect(page.locator('h1')).toHaveText(titleOf(newestFirst[0]!, lang));
  });
}

test.describe('the root page sends a visitor to their language', () => {
  test.describe('with a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('lands on /zh/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/zh/');
    });
  });

  test.describe('with an English browser', () => {
    test.use({ locale: 'en-GB' });
    test('lands on /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/en/');
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers a plain link to each language', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: '中文' }).click();
      await expect(page).toHaveURL('/zh/');
    });
  });
});

test('no page asks any host but the site itself for anything', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:')) foreign.push(url);
  });
  const paths = ['/', '/en/', '/zh/', ...bulletinFolders().flatMap((id) => LANGS.map((l) => `/${l}/bulletins/${id}/`))];
  for (const path of paths) await page.goto(path, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
});
