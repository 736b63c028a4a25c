import { expect, test } from '@playwright/test';
import { LANGS, otherLang } from '../../src/i18n/locales';
import { bulletinFolders, readFacts, titleOf } from '../support/content-files';

// Written out, not imported: these are what the pages must say, not what the code happens to say.
const HTML_LANG = { en: 'en', zh: 'zh-CN' } as const;
const measuresOf = (id: string) => (readFacts(id) as { measures: { id: string }[] }).measures.map((m) => m.id);

for (const id of bulletinFolders()) {
  for (const lang of LANGS) {
    const path = `/${lang}/bulletins/${id}/`;

    test(`${path} renders in its language with its title`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.locator('h1')).toHaveText(titleOf(id, lang));
      await expect(page).toHaveTitle(new RegExp(`^${titleOf(id, lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
    });

    test(`${path} switches language and back`, async ({ page }) => {
      const other = otherLang(lang);
      await page.goto(path);
      await page.locator('.language-switch').click();
      await expect(page).toHaveURL(`/${other}/bulletins/${id}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[other]);
      await expect(page.locator('h1')).toHaveText(titleOf(id, other));
      await page.locator('.language-switch').click();
      await expect(page).toHaveURL(path);
      await expect(page.locator('h1')).toHaveText(titleOf(id, lang));
    });

    test(`${path} has a heading for every measure anchor`, async ({ page }) => {
      await page.goto(path);
      const measures = measuresOf(id);
      expect(measures.length).toBeGreaterThan(0);
      for (const measure of measures) {
        await expect(page.locator(`.prose :is(h3, h4)#${measure}`), measure).toHaveCount(1);
      }
      // …and links to each of them in the measures list.
      await expect(page.locator('.measure-nav a')).toHaveCount(measures.length);
    });

    test(`${path} links to both languages with hreflang, plus x-default`, async ({ page }) => {
      await page.goto(path);
      for (const l of LANGS) {
        await expect(page.locator(`link[rel=alternate][hreflang="${HTML_LANG[l]}"]:not([type])`)).toHaveAttribute('href', new RegExp(`/${l}/bulletins/${id}/$`));
      }
      await expect(page.locator('link[rel=alternate][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`/en/bulletins/${id}/$`));
    });
  }
}

test('the language switch keeps the reader on the same measure', async ({ page }) => {
  const id = 'hubei-2020-05-sink-into-enterprises';
  await page.goto(`/en/bulletins/${id}/#measure-4`);
  await page.locator('.language-switch').click();
  await expect(page).toHaveURL(`/zh/bulletins/${id}/#measure-4`);
  await expect(page.locator('#measure-4')).toBeInViewport();
  await expect(page.locator('#measure-4')).toContainText('四是');
});

test('the facts say what the text is, and the line under the title links to the text it was translated from', async ({ page }) => {
  await page.goto('/en/bulletins/shandong-2021-03-out-of-province-liaison/');
  await expect(page.locator('.meta div', { hasText: 'This text' })).toContainText('Translated by this site from the Chinese original');
  await page.locator('.provenance__other').click();
  await expect(page).toHaveURL('/zh/bulletins/shandong-2021-03-out-of-province-liaison/');
  await page.goto('/zh/bulletins/dezhou-2020-08-construction-upgrading/');
  await expect(page.locator('.meta div', { hasText: '本页文本' })).toContainText('本站未能取得中文原文');
});

test('an inferred authority says so, with how it was inferred', async ({ page }) => {
  await page.goto('/en/bulletins/deqing-2024-06-project-landing/');
  const authority = page.locator('.meta div', { hasText: 'Issued by' });
  await expect(authority).toContainText('Deqing County Investment Promotion Bureau (inferred)');
  await expect(authority).toContainText('contact block');
  await page.goto('/zh/bulletins/deqing-2024-06-project-landing/');
  await expect(page.locator('.meta div', { hasText: '发布单位' })).toContainText('德庆县投资促进局（推定）');
});

test('an inferred date says so, with how it was inferred', async ({ page }) => {
  await page.goto('/en/bulletins/dezhou-2020-08-construction-upgrading/');
  const date = page.locator('.meta div').filter({ has: page.locator('dt', { hasText: /^Date$/ }) });
  await expect(date.locator('time')).toHaveAttribute('datetime', '2020-08');
  await expect(date).toContainText('August 2020 (inferred)');
  await expect(date).toContainText('the year (2020) is inferred from the epidemic');
  await page.goto('/zh/bulletins/dezhou-2020-08-construction-upgrading/');
  await expect(page.locator('.meta div').filter({ has: page.locator('dt', { hasText: /^日期$/ }) })).toContainText('2020年8月（推定）');
});
