import { expect, type Locator, type Page, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { bulletinFolders } from '../support/content-files';

// The side-by-side view: column heads that stay in view, a link to every row, one language or both.
const HUBEI = 'hubei-2020-05-sink-into-enterprises';
const DEQING = 'deqing-2024-06-project-landing';
const comparePage = (lang: string, id: string) => `/${lang}/bulletins/${id}/compare/`;

/** The site's public address, as the page states it in its canonical link. */
async function siteOf(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).origin;
}

/** Every row anchor on the page, in order. */
const rowAnchors = (page: Page) => page.locator('.compare__row[id]').evaluateAll((rows) => rows.map((row) => row.id));

/** Whether a box takes up room on the page (display: none gives it none). */
const shown = (locator: Locator) => locator.evaluateAll((boxes) => boxes.map((box) => box.getClientRects().length > 0));

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  for (const [lang, id] of [
    ['en', HUBEI],
    ['zh', DEQING],
  ] as const) {
    test(`${lang}: the column heads stay at the top of the window while the table scrolls`, async ({ page }) => {
      await page.goto(comparePage(lang, id));
      const head = page.locator('.compare__head');
      const before = (await head.boundingBox())!;
      expect(before.y).toBeGreaterThan(100);
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(1500);
      const after = (await head.boundingBox())!;
      expect(Math.abs(after.y)).toBeLessThan(1);
      expect(after.height).toBeCloseTo(before.height, 0);
      // It is the head the reader sees there, drawn over the rows scrolling under it.
      const top = await page.evaluate(() => document.elementFromPoint(200, 20)?.closest('thead')?.className);
      expect(top).toBe('compare__head');
      await expect(head.locator('.status-mark')).toHaveCount(2);
      await expect(head.locator('.status-mark').first()).toBeInViewport();
    });
  }

  test('a row jumped to is marked and stops below the column heads', async ({ page }) => {
    await page.goto(`${comparePage('en', HUBEI)}#measure-2-p1`);
    const row = page.locator('#measure-2-p1');
    await expect(row).toBeInViewport();
    const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const head = (await page.locator('.compare__head').boundingBox())!;
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
    expect(await page.locator('#measure-2-p1 ~ .compare__row').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  });
});

test.describe('copying a row\'s link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const [lang, other, width] of [
    ['en', 'zh', 1366],
    ['zh', 'en', 390],
  ] as const) {
    test(`${lang} at ${width} px: "Copy link" copies the row's address, and the anchor is the same paragraph on the ${other} page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(comparePage(lang, HUBEI));
      const row = page.locator('#measure-2-p1');
      const control = row.locator('.copy-button');
      await expect(control).toBeVisible();
      const size = (await control.boundingBox())!;
      expect(size.height).toBeGreaterThanOrEqual(44);
      await control.click();
      await expect(control).toHaveText(lang === 'en' ? 'Copied' : '已复制');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${await siteOf(page)}${comparePage(lang, HUBEI)}#measure-2-p1`);
      await expect(page.locator('[data-copy-status]')).toContainText('#measure-2-p1');
      const cells = await row.locator('.compare__cell').allInnerTexts();

      // The same anchor on the other language's page: the same pair of blocks, marked as the one linked to.
      const url = new URL(copied);
      await page.goto(`${comparePage(other, HUBEI)}${url.hash}`);
      const there = page.locator(url.hash);
      await expect(there).toHaveCount(1);
      await expect(there).toBeInViewport();
      expect(await there.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await there.locator('.compare__cell').allInnerTexts()).toEqual(cells);
    });
  }

  test('the language switch opens the other language at the same row', async ({ page }) => {
    await page.goto(`${comparePage('en', DEQING)}#measure-2-1-p1`);
    await page.locator('.language-switch').click();
    await expect(page).toHaveURL(new RegExp(`${comparePage('zh', DEQING)}#measure-2-1-p1$`));
    await expect(page.locator('#measure-2-1-p1')).toBeInViewport();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 1366, height: 900 } });

    test('choosing one language hides the other column and widens the one left', async ({ page }) => {
      await page.goto(comparePage('en', HUBEI));
      const source = page.locator('.compare__cell--source');
      const target = page.locator('.compare__cell--target');
      const rows = await page.locator('.compare__row').count();
      const width = (await target.nth(2).boundingBox())!.width;
      expect(await shown(source)).toEqual(Array(rows).fill(true));

      // Hubei's text is Chinese, translated into English: "English" shows the translation alone.
      await page.getByRole('group', { name: 'Show' }).getByText('English', { exact: true }).click();
      await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
      expect(await shown(source)).toEqual(Array(rows).fill(false));
      expect(await shown(target)).toEqual(Array(rows).fill(true));
      expect((await target.nth(2).boundingBox())!.width).toBeGreaterThan(width * 1.1);
      await expect(page.getByRole('columnheader', { name: /English/ })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: /Chinese/ })).toBeHidden();

      await page.getByRole('group', { name: 'Show' }).getByText('Chinese', { exact: true }).click();
      expect(await shown(source)).toEqual(Array(rows).fill(true));
      expect(await shown(target)).toEqual(Array(rows).fill(false));

      await page.getByRole('group', { name: 'Show' }).getByText('Both', { exact: true }).click();
      expect(await shown(source)).toEqual(Array(rows).fill(true));
      expect(await shown(target)).toEqual(Array(rows).fill(true));
    });
  });
}

test('the Chinese page labels the choice in Chinese', async ({ page }) => {
  await page.goto(comparePage('zh', DEQING));
  const group = page.getByRole('group', { name: '显示' });
  await expect(group.getByRole('radio')).toHaveCount(3);
  await group.getByText('中文', { exact: true }).click();
  // Deqing's text is the published English translation; the Chinese is this site's.
  await expect(page.locator('.compare__cell--source').first()).toBeHidden();
  await expect(page.locator('.compare__cell--target').first()).toBeVisible();
});

test('every bulletin\'s rows have the same anchors in both languages, each once', async ({ page }) => {
  for (const id of bulletinFolders()) {
    const byLang: Record<string, string[]> = {};
    for (const lang of LANGS) {
      await page.goto(comparePage(lang, id));
      const anchors = await rowAnchors(page);
      expect(anchors.length, `${lang} ${id}`).toBe((await page.locator('.compare__row').count()) - 1);
      expect(new Set(anchors).size, `${lang} ${id}`).toBe(anchors.length);
      for (const anchor of anchors) expect(anchor).toMatch(/^(title|intro-p\d+|measure-\d+(-\d+)*(-p\d+)?|notes(-[a-z0-9-]+)?)$/);
      // Each row's "Copy link" is for that row.
      const links = await page.locator('.compare__row[id] .copy-button').evaluateAll((controls) => controls.map((c) => c.getAttribute('data-copy-anchor')));
      expect(links).toEqual(anchors);
      byLang[lang] = anchors;
    }
    expect(byLang['zh'], id).toEqual(byLang['en']);
  }
  // Written out by hand for one bulletin: its opening, its five measures, its one translator's note.
  await page.goto(comparePage('zh', HUBEI));
  expect(await rowAnchors(page)).toEqual([
    'title',
    'intro-p1',
    'measure-1',
    'measure-1-p1',
    'measure-2',
    'measure-2-p1',
    'measure-3',
    'measure-3-p1',
    'measure-4',
    'measure-4-p1',
    'measure-5',
    'measure-5-p1',
    'notes',
    'notes-yichang-amount',
  ]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each pair stacks, each block says its language, and a row linked to comes into view', async ({ page }) => {
    await page.goto(`${comparePage('zh', DEQING)}#measure-1-2-p1`);
    await expect(page.locator('.compare__head')).toBeHidden();
    const row = page.locator('#measure-1-2-p1');
    await expect(row).toBeInViewport();
    const [first, second] = await row.locator('.compare__cell').all();
    const a = (await first!.boundingBox())!;
    const b = (await second!.boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    const labels = await row.locator('.compare__cell').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels).toEqual(['"英文 · 已发布的译文"', '"中文 · 本站据英文译本回译，非官方原文"']);
    const control = row.locator('.copy-button');
    await expect(control).toBeInViewport();
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
