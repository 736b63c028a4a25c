import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { formatDate, parsePartialDate } from '../../src/lib/vocabulary/dates';
import { bulletinFolders, readFacts } from '../support/content-files';

// What a reference manager reads of a bulletin page: its Highwire citation tags, and the RIS and
// CSL-JSON files it links to, read back with Citation.js's readers. They must agree with the page.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: new (input: unknown) => { data: Record<string, unknown>[] } };
require('@citation-js/plugin-ris');

for (const id of bulletinFolders()) {
  for (const lang of LANGS) {
    test(`/${lang}/bulletins/${id}/ describes itself to reference managers as the page shows it`, async ({ page }) => {
      await page.goto(`/${lang}/bulletins/${id}/`);
      const meta = async (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
      const title = (await page.locator('h1').textContent())!.trim();
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      const shownAuthority = (await page.locator('.document__kicker > span').nth(1).textContent())!.trim();
      // The date the text was published: the outlet's, which the facts show, where it differs from the bulletin's own.
      const facts = readFacts(id) as { date: string; source: { publishedOn?: string } };
      const published = facts.source.publishedOn ?? facts.date;
      if (published !== facts.date) await expect(page.locator('.document__facts')).toContainText(formatDate(parsePartialDate(published)!, lang));
      else expect(await page.locator('.document__kicker time').getAttribute('datetime')).toBe(published);

      expect(await page.locator('meta[name^="citation_"]').count()).toBeGreaterThanOrEqual(6);
      expect(await meta('citation_title')).toBe(title);
      expect((await meta('citation_author'))!.replace(/^\[(.*)\]$/, '$1')).toBe(shownAuthority);
      expect(await meta('citation_publication_date')).toBe(published.replace(/-/g, '/'));
      expect(await meta('citation_language')).toBe(await page.locator('html').getAttribute('lang'));
      expect(await meta('citation_public_url')).toBe(canonical);

      const links = page.locator('.cite__downloads a');
      await expect(links).toHaveCount(2);
      const ris = await page.request.get((await links.nth(0).getAttribute('href'))!);
      expect(ris.headers()['content-type']).toMatch(/^application\/x-research-info-systems/);
      const [fromRis] = new Cite(await ris.text()).data;
      expect(fromRis).toMatchObject({ type: 'article-newspaper', title, URL: canonical });

      const csl = await page.request.get((await links.nth(1).getAttribute('href'))!);
      const items = (await csl.json()) as Record<string, unknown>[];
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ type: 'article-newspaper', title, URL: canonical, author: [{ literal: await meta('citation_author') }] });
      expect(new Cite(items).data[0]).toMatchObject({ title });
    });
  }
}
