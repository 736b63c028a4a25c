import { expect, type Page, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { bulletinFolders, readFacts, titleOf } from '../support/content-files';

// The bulletin page's "Cite or share" block: the citation as each language's standard writes it
// (GB/T 7714-2015 in Chinese, a Chicago note in English), its access date, and how it breaks.

const ID = 'hubei-2020-05-sink-into-enterprises';
const CODE = (readFacts(ID) as { permalink: string }).permalink;

/** The site's public address, as the page states it in its canonical link. */
async function siteOf(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).origin;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hubei's citation as each standard has it, with the access date left open. */
function hubeiForm(lang: 'en' | 'zh', site: string): RegExp {
  const url = escape(`${site}/b/${CODE}/${lang}/`);
  if (lang === 'zh') {
    return new RegExp(`^湖北省住房和城乡建设厅\\. ${escape(titleOf(ID, 'zh'))}\\[EB/OL\\]\\. 中华建设网, \\(2020-05-27\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${url}\\.$`);
  }
  const title = titleOf(ID, 'en').replace(/“/g, '‘').replace(/”/g, '’');
  return new RegExp(
    `^Department of Housing and Urban-Rural Development of Hubei Province, “${escape(title)},” trans\\. Construction Policy Digest, China Construction Network, May 27, 2020, accessed [A-Z][a-z]+ \\d{1,2}, \\d{4}, ${url}\\.$`,
  );
}

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`the citation on /${lang}/ has its standard's form, with the build date as the access date`, async ({ page }) => {
      await page.goto(`/${lang}/bulletins/${ID}/`);
      const text = (await page.locator('#citation').textContent())!.trim();
      expect(text).toMatch(hubeiForm(lang, await siteOf(page)));
      const built = (await page.locator('#citation time').getAttribute('datetime'))!;
      expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(built)).toBeLessThanOrEqual(Date.now());
    });
  }
});

test.describe('copying the citation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('in Chinese gives exactly the citation shown, with the reader’s today as 引用日期', async ({ page }) => {
    await page.clock.setFixedTime(new Date(2031, 2, 4, 10, 0));
    await page.goto(`/zh/bulletins/${ID}/`);
    const site = await siteOf(page);
    const expected = `湖北省住房和城乡建设厅. ${titleOf(ID, 'zh')}[EB/OL]. 中华建设网, (2020-05-27)[2031-03-04]. ${site}/b/${CODE}/zh/.`;
    await expect(page.locator('#citation')).toHaveText(expected);
    await page.getByRole('button', { name: '复制引用' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制引用，引用日期为今天。');
  });

  test('in English gives the date of the copy, not of the page load, as the date accessed', async ({ page }) => {
    await page.clock.setFixedTime(new Date(2031, 2, 4, 23, 50));
    await page.goto(`/en/bulletins/${ID}/`);
    await expect(page.locator('#citation')).toContainText(', accessed March 4, 2031, ');
    // The page is left open past midnight, then copied.
    await page.clock.setFixedTime(new Date(2031, 2, 5, 0, 10));
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(hubeiForm('en', await siteOf(page)));
    expect(copied).toContain(', accessed March 5, 2031, ');
    expect(copied).toBe((await page.locator('#citation').textContent())!.trim());
    await expect(page.locator('#citation time')).toHaveAttribute('datetime', '2031-03-05');
  });
});

/** The text of each line an element's text is laid out in, read from where each character lands. */
async function renderedLines(page: Page, selector: string): Promise<string[][]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const lines: { top: number; text: string }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue; // a space swallowed at a line break
          const last = lines.at(-1);
          if (last && Math.abs(rect.top - last.top) < rect.height / 2) last.text += text[i];
          else lines.push({ top: rect.top, text: text[i]! });
        }
      }
      return lines.map((line) => line.text.trimEnd());
    }),
  );
}

test.describe('on a phone 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of LANGS) {
    test(`no line of a citation or short link on /${lang}/ ends at a hyphen, and a web address breaks only after a "/"`, async ({ page }) => {
      for (const id of bulletinFolders()) {
        await page.goto(`/${lang}/bulletins/${id}/`);
        const citationLines = (await renderedLines(page, '#citation'))[0]!;
        expect(citationLines.length, `${id}: the citation wraps at this width`).toBeGreaterThan(1);
        for (const line of citationLines) expect(line, id).not.toMatch(/-$/);
        for (const lines of await renderedLines(page, '.cite .cite__url')) {
          for (const line of lines.slice(0, -1)) expect(line, `${id}: ${lines.join(' | ')}`).toMatch(/\/$/);
        }
        // Each piece of an address between two "/" is laid out in one box: never split across lines.
        const split = await page.locator('.cite .cite__url-part, .cite .cite__keep').evaluateAll((parts) => parts.filter((p) => p.getClientRects().length !== 1).map((p) => p.textContent));
        expect(split, id).toEqual([]);
      }
    });
  }
});

test('every link and button of the block is a target at least 24 px square, and 44 px tall, on a wide screen as on a phone', async ({ page }) => {
  for (const [lang, width] of [['en', 1280], ['zh', 1280], ['en', 390], ['zh', 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${lang}/bulletins/${ID}/`);
    const targets = page.locator('.cite a, .cite button');
    expect(await targets.count()).toBeGreaterThanOrEqual(3);
    for (const target of await targets.all()) {
      const box = (await target.boundingBox())!;
      const name = `${lang} at ${width} px: ${await target.textContent()}`;
      expect(box.width, name).toBeGreaterThanOrEqual(24);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
  }
});
