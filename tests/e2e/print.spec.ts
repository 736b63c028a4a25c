import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LANGS } from '../../src/i18n/locales';
import { bulletinFolders } from '../support/content-files';

/** The lines of text on each printed page, top to bottom, as a reader sees them on paper. */
async function printedLines(pdf: Buffer): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const byLine = new Map<number, string>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5]! / 2) * 2;
      byLine.set(y, (byLine.get(y) ?? '') + item.str);
    }
    // PDF y runs upwards: the highest line is the top of the page.
    pages.push([...byLine.entries()].sort((a, b) => b[0] - a[0]).map(([, text]) => text));
  }
  await doc.cleanup();
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, '');
const PAGE_NUMBER = /^\d+\/\d+$/;

for (const id of bulletinFolders()) {
  for (const lang of LANGS) {
    test(`/${lang}/bulletins/${id}/ prints with the masthead, page numbers and no heading left at the foot of a page`, async ({ page }) => {
      await page.goto(`/${lang}/bulletins/${id}/`);
      const headings = (await page.locator('main :is(h2, h3, h4):visible').allTextContents()).map(squash).filter(Boolean);
      const pages = await printedLines(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages.length).toBeGreaterThan(1);
      expect(squash(pages[0]!.join(''))).toContain(squash(lang === 'en' ? 'Construction Policy Digest' : '建筑业政策摘编'));
      pages.forEach((lines, i) => {
        const footer = squash(lines.at(-1) ?? '');
        expect(footer, `page ${i + 1} is numbered`).toBe(`${i + 1}/${pages.length}`);
        const last = squash(lines.filter((l) => !PAGE_NUMBER.test(squash(l))).at(-1) ?? '');
        if (i === pages.length - 1 || last.length < 2) return;
        const ending = headings.find((h) => h.endsWith(last));
        expect(ending, `page ${i + 1} ends with the heading “${ending}”`).toBeUndefined();
      });
    });
  }
}
