import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { fileFor } from '../support/built-site';
import { bulletinFolders, readFacts, readText, titleOf } from '../support/content-files';

const ID = 'hubei-2020-05-sink-into-enterprises';
const CODE = (readFacts(ID) as { permalink: string }).permalink;
const historyOf = (id: string) => (readFacts(id) as { history: { kind: string }[] }).history;

/** The site's public address, as the page states it in its canonical link. */
async function siteOf(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).origin;
}

test.describe('copying links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a measure\'s "Copy link", reached by keyboard, copies its short link in the page\'s language with the anchor', async ({ page }) => {
    await page.goto(`/en/bulletins/${ID}/`);
    const control = page.locator('#measure-2 .measure-link');
    await expect(control).toBeVisible();
    await control.focus();
    await page.keyboard.press('Enter');
    await expect(control).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await siteOf(page)}/b/${CODE}/en/#measure-2`);
    await expect(page.locator('[data-copy-status]')).toContainText(`/b/${CODE}/en/#measure-2`);
  });

  test('the citation and both short links copy as they are shown: this language\'s by default, and the one for either language', async ({ page }) => {
    await page.goto(`/zh/bulletins/${ID}/`);
    await page.getByRole('button', { name: '复制引用' }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toBe((await page.locator('#citation').textContent())!.trim());
    expect(citation).toContain(`. ${titleOf(ID, 'zh')}[EB/OL]. `);
    expect(citation).toContain(`/b/${CODE}/zh/`);
    await page.getByRole('button', { name: '复制链接', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await siteOf(page)}/b/${CODE}/zh/`);
    await page.getByRole('button', { name: '复制不限语言的链接', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await siteOf(page)}/b/${CODE}/`);
  });
});

test('without the Clipboard API, "Copy link" shows the link selected for Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto(`/en/bulletins/${ID}/`);
  await page.locator('#measure-3 .measure-link').click();
  const field = page.locator('#measure-3 .copy-fallback input');
  await expect(field).toBeFocused();
  const url = `${await siteOf(page)}/b/${CODE}/en/#measure-3`;
  await expect(field).toHaveValue(url);
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, url.length]);
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(page.locator('#measure-3 .measure-link')).toBeFocused();
});

test.describe('a short link opened by a Chinese reader', () => {
  test.use({ locale: 'zh-CN' });
  test('a measure link copied on the English page opens the Chinese text at that measure', async ({ page }) => {
    await page.goto(`/b/${CODE}/#measure-4`);
    await expect(page).toHaveURL(`/zh/bulletins/${ID}/#measure-4`);
    await expect(page.locator('#measure-4')).toBeInViewport();
    await expect(page.locator('#measure-4')).toContainText('四是');
  });
});

test('a short link with a language opens that language, whatever the browser prefers', async ({ page }) => {
  for (const id of bulletinFolders()) {
    const code = (readFacts(id) as { permalink: string }).permalink;
    await page.goto(`/b/${code}/zh/#measure-1`);
    await expect(page).toHaveURL(`/zh/bulletins/${id}/#measure-1`);
    await expect(page.locator('h1')).toHaveText(titleOf(id, 'zh'));
  }
});

test('the QR code on every bulletin page decodes to its short link in that language', async ({ page }) => {
  for (const id of bulletinFolders()) {
    const code = (readFacts(id) as { permalink: string }).permalink;
    for (const lang of ['en', 'zh']) {
      await page.goto(`/${lang}/bulletins/${id}/`);
      const png = PNG.sync.read(await page.locator('.cite__qr svg').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data, `${id} ${lang}`).toBe(`${await siteOf(page)}/b/${code}/${lang}/`);
    }
  }
});

test('each bulletin page describes itself for sharing, with a 1200×630 image', async ({ page, request }) => {
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`/${lang}/bulletins/${ID}/`);
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
    expect(await meta('og:title')).toBe(titleOf(ID, lang));
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:locale')).toBe(lang === 'en' ? 'en_GB' : 'zh_CN');
    expect(await meta('og:url')).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
    expect(await meta('og:description')).toBe(await page.locator('meta[name=description]').getAttribute('content'));
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const image = await request.get(new URL((await meta('og:image'))!).pathname);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await image.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
  }
});

test('each bulletin page carries schema.org data tying its two languages together', async ({ page }) => {
  const data = async (lang: string) => {
    await page.goto(`/${lang}/bulletins/${ID}/`);
    return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  };
  const zh = await data('zh');
  const en = await data('en');
  expect(zh).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'zh-CN', headline: titleOf(ID, 'zh') });
  expect(en).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', headline: titleOf(ID, 'en') });
  // Hubei's source is Chinese: the English page is its translation.
  expect(en.translationOfWork.url).toBe(zh.url);
  expect(zh.workTranslation.url).toBe(en.url);
});

test('each language has an RSS feed of every bulletin and every correction, linked from every page', async ({ page, request }) => {
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`/${lang}/`);
    const href = await page.locator(`link[rel=alternate][type="application/rss+xml"][hreflang="${lang === 'en' ? 'en' : 'zh-CN'}"]`).getAttribute('href');
    await expect(page.locator('.site-footer a[type="application/rss+xml"]')).toHaveAttribute('href', new URL(href!).pathname);
    const xml = await (await request.get(new URL(href!).pathname)).text();
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('item')].map((item) => ({ title: item.querySelector('title')?.textContent, link: item.querySelector('link')?.textContent }));
    }, xml);
    expect(items, 'the feed is well-formed XML').not.toBeNull();
    const corrected = lang === 'en' ? 'Correction: ' : '更正：';
    const expected = bulletinFolders().flatMap((id) => [titleOf(id, lang), ...historyOf(id).filter((e) => e.kind === 'corrected').map(() => `${corrected}${titleOf(id, lang)}`)]);
    expect(items!.map((i) => i.title).sort()).toEqual(expected.sort());
    for (const item of items!) expect((await request.get(new URL(item.link!).pathname)).status()).toBe(200);
  }
});

test('an unknown address gets a 404 page in both languages, with the masthead, a search box, the newest bulletins and the way to all of them in each', async ({ page }) => {
  const response = await page.goto('/en/bulletins/no-such-bulletin/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('[lang="zh-CN"] h2').first()).toHaveText('页面不存在');
  for (const href of ['/en/', '/zh/']) await expect(page.locator(`.masthead a[href="${href}"]`)).toHaveCount(1);
  for (const lang of ['en', 'zh']) {
    await expect(page.locator(`main form[action="/${lang}/search/"] input[name="q"]`)).toHaveCount(1);
    for (const id of bulletinFolders()) await expect(page.locator(`main a[href="/${lang}/bulletins/${id}/"]`)).toHaveCount(1);
    await expect(page.locator(`main a[href="/${lang}/years/"]`)).toContainText(String(bulletinFolders().length));
  }
  await page.locator('#not-found-q-zh').fill('纾困');
  await page.locator('#not-found-q-zh').press('Enter');
  await expect(page).toHaveURL('/zh/search/?q=%E7%BA%BE%E5%9B%B0');
});

test('a bulletin prints on A4 with its text, short link and QR code, without the site navigation', async ({ page }) => {
  await page.goto(`/en/bulletins/${ID}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.masthead .wordmark')).toBeVisible();
  for (const control of ['.site-search', '.masthead__menu', '.language-switch', '.breadcrumbs']) await expect(page.locator(control).first()).toBeHidden();
  await expect(page.locator('.measure-nav')).toBeHidden();
  await expect(page.locator('.measure-link').first()).toBeHidden();
  for (const link of await page.locator('.cite__permalink').all()) await expect(link).toBeVisible();
  await expect(page.locator('.cite__qr svg')).toBeVisible();
  const external = page.locator('.prose a[href^="http"], .documents a[href^="http"]').first();
  if ((await external.count()) > 0) {
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await external.getAttribute('href'));
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test.describe('short links on a host without the server configuration', () => {
  // The static pages at /b/<code>/ stand in for the redirects there. Such a host is played by
  // answering every request from dist/ as a plain static host would.
  const HOST = 'http://static-host.test';
  test.use({ locale: 'zh-CN' });
  test.beforeEach(async ({ page }) => {
    await page.route(`${HOST}/**`, async (route) => {
      const file = fileFor(new URL(route.request().url()).pathname);
      if (file) await route.fulfill({ path: file });
      else await route.fulfill({ status: 404, path: fileFor('/404.html')! });
    });
  });

  test("the language-neutral link opens the reader's language at the measure, by the page's script", async ({ page }) => {
    await page.goto(`${HOST}/b/${CODE}/#measure-4`);
    await expect(page).toHaveURL(`${HOST}/zh/bulletins/${ID}/#measure-4`);
    await expect(page.locator('#measure-4')).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a language\'s link still opens its bulletin', async ({ page }) => {
      await page.goto(`${HOST}/b/${CODE}/en/`);
      await expect(page).toHaveURL(`${HOST}/en/bulletins/${ID}/`);
    });
  });
});

test.describe('a short link pasted into a chat or a mail', () => {
  // Unfurlers run no script and may not follow a redirect: the static short-link page itself
  // describes the bulletin, as its page does, in its language or, for the neutral link, in both.
  const head = (file: string) => {
    const html = readFileSync(file, 'utf8');
    const meta = (name: string) => new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1];
    return { html, meta, canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1], title: /<title>([^<]*)<\/title>/.exec(html)?.[1] };
  };
  const unescape = (text: string | undefined) => text?.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#39;', "'");

  for (const id of bulletinFolders()) {
    const code = (readFacts(id) as { permalink: string }).permalink;
    test(`/b/${code}/en/ and /zh/ show ${id} in their language, with its share image`, () => {
      for (const lang of ['en', 'zh'] as const) {
        const page = head(fileFor(`/b/${code}/${lang}/`)!);
        expect(page.html).toContain(`<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"`);
        expect(unescape(page.meta('og:title'))).toBe(titleOf(id, lang));
        expect(unescape(page.title)).toMatch(new RegExp(`^${escapeRegExp(titleOf(id, lang))} · `));
        expect(unescape(page.meta('og:description'))).toBe((readText(id, lang).frontmatter as { summary: string }).summary.trim());
        expect(new URL(page.meta('og:image')!).pathname).toBe(`/${lang}/bulletins/${id}/share.png`);
        expect(new URL(page.canonical!).pathname).toBe(`/${lang}/bulletins/${id}/`);
        expect(page.meta('og:url')).toBe(page.canonical);
        expect(page.meta('twitter:card')).toBe('summary_large_image');
      }
    });

    test(`/b/${code}/ shows ${id} with its title in both languages`, () => {
      const page = head(fileFor(`/b/${code}/`)!);
      expect(unescape(page.meta('og:title'))).toBe(`${titleOf(id, 'en')} · ${titleOf(id, 'zh')}`);
      expect(new URL(page.meta('og:image')!).pathname).toBe(`/en/bulletins/${id}/share.png`);
      expect(new URL(page.canonical!).pathname).toBe(`/en/bulletins/${id}/`);
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
