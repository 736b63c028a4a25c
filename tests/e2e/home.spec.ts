import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { bulletinFolders, readFacts, titleOf } from '../support/content-files';

/** Bulletin ids newest first, worked out from the facts files' dates. */
const newestFirst = bulletinFolders()
  .map((id) => ({ id, date: String((readFacts(id) as { date: string }).date) }))
  .sort((a, b) => b.date.localeCompare(a.date))
  .map((b) => b.id);

for (const lang of LANGS) {
  test(`/${lang}/ lists every bulletin, newest first, each linking to its page`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const links = page.locator('.card__title a');
    await expect(links).toHaveCount(newestFirst.length);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(newestFirst.map((id) => `/${lang}/bulletins/${id}/`));
    for (const [i, id] of newestFirst.entries()) {
      await expect(links.nth(i)).toHaveText(titleOf(id, lang));
    }
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
