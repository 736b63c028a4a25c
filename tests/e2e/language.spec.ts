import { expect, type Locator, test } from '@playwright/test';

const LATIN_FACES = /^("?(system-ui|-apple-system|Segoe UI|Roboto|Helvetica Neue|Arial)"?)/;
const CJK_FACES = /^("?(PingFang SC|Hiragino Sans GB|Microsoft YaHei|Noto Sans CJK SC|Source Han Sans SC)"?)/;

const leadingFace = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).fontFamily);

test.describe('each language is set in its own face', () => {
  test('English quoted in a Chinese page leads with a Latin face', async ({ page }) => {
    await page.goto('/zh/bulletins/deqing-2024-06-project-landing/compare/');
    const english = page.locator('[lang="en"]').filter({ hasText: /[a-z]{3}/ }).first();
    expect(await leadingFace(english)).toMatch(LATIN_FACES);
    expect(await leadingFace(page.locator('h1'))).toMatch(CJK_FACES);
  });

  test('Chinese quoted in an English translator’s note leads with a CJK face', async ({ page }) => {
    await page.goto('/en/bulletins/deqing-2024-06-project-landing/');
    const chinese = page.locator('.notes [lang="zh-CN"]', { hasText: '大会战' }).first();
    await expect(chinese).toHaveText('“大会战”打响以来');
    expect(await leadingFace(chinese)).toMatch(CJK_FACES);
    expect(await leadingFace(page.locator('.notes li').first())).toMatch(LATIN_FACES);
  });

  test('the other-language wordmark in the masthead is set in its own face', async ({ page }) => {
    await page.goto('/en/');
    expect(await leadingFace(page.locator('.wordmark__secondary'))).toMatch(CJK_FACES);
  });
});

test.describe('the language switch keeps the reader’s place', () => {
  test('a search with its filter carries across', async ({ page }) => {
    await page.goto('/en/search/?q=financing&region=shandong');
    await page.locator('.language-switch').click();
    await expect(page).toHaveURL('/zh/search/?q=financing&region=shandong');
  });

  test('a filtered list carries across with its anchor', async ({ page }) => {
    await page.goto('/en/measures/?region=shandong#topic-financing');
    await page.locator('.language-switch').click();
    await expect(page).toHaveURL('/zh/measures/?region=shandong#topic-financing');
  });

  test('the measures filter carries across', async ({ page }) => {
    await page.goto('/en/measures/');
    await page.locator('#measures-region').selectOption('shandong');
    await page.locator('.language-switch').click();
    await expect(page).toHaveURL('/zh/measures/?region=shandong');
    await expect(page.locator('#measures-region')).toHaveValue('shandong');
  });
});

test.describe('a filtered list says it is filtered', () => {
  test('the measures heading and tab title name the region and count what shows', async ({ page }) => {
    await page.goto('/en/measures/?region=shandong');
    const shown = await page.locator('[data-measures-count]').textContent();
    const count = /\d+/.exec(shown ?? '')![0];
    await expect(page.locator('h1')).toHaveText(`Policy measures from Shandong Province ${count} measures`);
    await expect(page).toHaveTitle(/^Policy measures from Shandong Province/);
    await page.locator('#measures-region').selectOption('');
    await expect(page.locator('h1')).toHaveText('All policy measures 36 measures');
  });
});
