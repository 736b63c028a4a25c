import { expect, type Page, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';

/** Records every Content-Security-Policy violation the page reports, and every request to another host. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; foreign: string[] }> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(request.url());
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), foreign };
}

const PAGES = ['/', '/{lang}/', '/{lang}/bulletins/hubei-2020-05-sink-into-enterprises/', '/{lang}/bulletins/deqing-2024-06-project-landing/compare/', '/{lang}/regions/', '/{lang}/topics/financing/', '/{lang}/years/2020/', '/{lang}/measures/?region=shandong', '/{lang}/glossary/', '/{lang}/search/?q=financing&region=shandong', '/b/hb-2020-05/', '/{lang}/no-such-page/'];

for (const lang of LANGS) {
  test(`every ${lang} page kind runs under its Content-Security-Policy, requesting nothing from elsewhere`, async ({ page }) => {
    const { violations, foreign } = await watch(page);
    for (const template of PAGES) {
      const path = template.replace('{lang}', lang);
      await page.goto(path, { waitUntil: 'networkidle' });
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).toContain("default-src 'self'");
      expect(await violations(), path).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });

  test(`${lang}: search (Pagefind, its WebAssembly and worker) and copying run under the policy`, async ({ page }) => {
    const { violations } = await watch(page);
    await page.goto(`/${lang}/bulletins/hubei-2020-05-sink-into-enterprises/`);
    await page.keyboard.press('/');
    await page.keyboard.type(lang === 'en' ? 'financing' : '纾困');
    await expect(page.locator('.site-search__panel .result').first()).toBeVisible();
    await page.locator('#measure-2 .measure-link').click();
    expect(await violations()).toEqual([]);
  });
}

test('hosts that read _headers send the headers a meta tag cannot set, and every page kind works under both', async ({ request }) => {
  // The test server sends dist/_headers as such a host would, so the page tests above ran under both policies.
  for (const path of ['/en/', '/zh/bulletins/hubei-2020-05-sink-into-enterprises/', '/en/search/', '/pagefind/en/pagefind.js']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});
