import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, type Page, test } from '@playwright/test';
import { bulletinsContaining, factsOf } from '../support/search-oracle';
import { bulletinFolders, readText } from '../support/content-files';

// Concepts: a query that names a topic or a glossary term also finds the texts on that
// topic or using that term, after those with the words, and says so.

type List = '[data-own]' | '[data-related]' | '[data-other-list]';

async function search(page: Page, lang: 'en' | 'zh', query: string, extra = ''): Promise<void> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-elapsed-ms', /\d/);
}

/** The bulletin ids a list shows, in its order. */
function idsIn(page: Page, list: List): Promise<string[]> {
  return page.locator(`.search-page ${list} .result`).evaluateAll((items) => items.map((li) => li.getAttribute('data-bulletin') ?? ''));
}

const glossary = load(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; zh: string; en: string; bulletins: string[] }[];
const term = (id: string) => glossary.find((t) => t.id === id)!;

test('纾困 on the Chinese site finds every bulletin on 助企纾困, the one with the word first, and names the topic and the term', async ({ page }) => {
  const tagged = bulletinFolders().filter((id) => factsOf(id).topics.includes('enterprise-relief'));
  const literal = bulletinsContaining(/纾困/, 'zh');
  expect(tagged.length, 'the topic holds more bulletins than have the word').toBeGreaterThan(literal.length);
  expect(literal).toEqual(['hubei-2020-05-sink-into-enterprises']);

  await search(page, 'zh', '纾困');
  const own = await idsIn(page, '[data-own]');
  const related = await idsIn(page, '[data-related]');
  expect(own).toEqual(literal);
  expect([...own, ...related].sort()).toEqual(tagged.sort());
  expect(related).not.toContain(literal[0]);

  const seeAlso = page.locator('[data-concepts]');
  await expect(seeAlso).toContainText(`主题：助企纾困（${tagged.length} 篇文章）`);
  await expect(seeAlso.getByRole('link', { name: '助企纾困' })).toHaveAttribute('href', '/zh/topics/enterprise-relief/');
  await expect(seeAlso.getByRole('link', { name: /纾困 → relieve difficulties/ })).toHaveAttribute('href', '/zh/glossary/#term-shukun');
  // Each result the topic found says so.
  for (const item of await page.locator('[data-related] .result').all()) await expect(item.locator('.result__found')).toHaveText('主题：助企纾困');
});

test('a result found by its topic opens the bulletin at the first measure on that topic', async ({ page }) => {
  await search(page, 'zh', '纾困');
  const first = page.locator('[data-related] .result').first();
  const id = (await first.getAttribute('data-bulletin'))!;
  const facts = load(readFileSync(`content/bulletins/${id}/facts.yaml`, 'utf8')) as { measures: { id: string; topics: string[] }[] };
  const measure = facts.measures.find((m) => m.topics.includes('enterprise-relief'))?.id;
  expect(measure, 'the bulletin has a measure on the topic').toBeDefined();
  await expect(first.locator('.result__title')).toHaveAttribute('href', `/zh/bulletins/${id}/#${measure}`);
});

test('an English query for a glossary rendering finds the Chinese text that uses the term', async ({ page }) => {
  const { zh, en, bulletins } = term('dianxiaoer-service');
  expect(bulletinsContaining(new RegExp(zh), 'zh')).toEqual(bulletins);
  await search(page, 'en', en);
  expect(await idsIn(page, '[data-other-list]')).toEqual(bulletins);
  const chinese = page.locator('[data-other-list] .result').first();
  await expect(chinese.locator('.result__found')).toHaveText(`Glossary: ${zh} → ${en}`);
  await expect(chinese.locator('.result__excerpt mark').first()).toHaveText(zh);
  await expect(page.locator('[data-concepts]')).toContainText(`Glossary: ${zh} → ${en}`);
});

test('a Chinese term on the Chinese site finds the English texts that render it, and a Chinese word on the English site finds them in English', async ({ page }) => {
  const { zh, bulletins } = term('shukun');
  await search(page, 'zh', zh);
  expect(await idsIn(page, '[data-other-list]')).toEqual(bulletins);
  await search(page, 'en', zh);
  expect(await idsIn(page, '[data-own]'), 'no English text has the Chinese word').toEqual([]);
  expect(await idsIn(page, '[data-related]')).toContain(bulletins[0]);
  await expect(page.locator('[data-related] .result').first().locator('.result__found')).toHaveText(/^Glossary: 纾困 → relieve difficulties$/);
});

test('an ordinary word names no concept and finds nothing more than its texts', async ({ page }) => {
  await search(page, 'en', 'enterprises');
  await expect(page.locator('[data-concepts]')).toBeHidden();
  await expect(page.locator('[data-related-box]')).toBeHidden();
});

// Snippets: in each language's punctuation, cut at words (English) or clauses (Chinese), with an ellipsis at each cut.
const SNIPPET_QUERIES: { lang: 'en' | 'zh'; query: string }[] = [
  { lang: 'zh', query: '纾困' },
  { lang: 'zh', query: '湖北' },
  { lang: 'zh', query: '德庆' },
  { lang: 'zh', query: '企业' },
  { lang: 'en', query: 'Deqing' },
  { lang: 'en', query: 'service' },
  { lang: 'en', query: 'financing' },
  { lang: 'en', query: 'enterprises' },
];

const wordsOf = (id: string, lang: string) => {
  const { frontmatter, body } = readText(id, lang);
  const { title, summary } = frontmatter as { title: string; summary: string };
  return `${title}\n${summary}\n${body}`;
};

for (const { lang, query } of SNIPPET_QUERIES) {
  test(`the snippets for "${query}" are joined and cut as ${lang === 'zh' ? 'Chinese' : 'English'} is written`, async ({ page }) => {
    await search(page, lang, query);
    const items = await page.locator('.search-page .result').evaluateAll((lis) =>
      lis.map((li) => ({ id: li.getAttribute('data-bulletin') ?? '', lang: li.querySelector('.result__title')?.getAttribute('lang') ?? '', excerpt: li.querySelector('.result__excerpt')?.textContent ?? '' })),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const { id, lang: titleLang, excerpt } of items) {
      const textLang = titleLang === 'zh-CN' ? 'zh' : titleLang === 'en' ? 'en' : lang;
      expect(excerpt, id).not.toContain('. 摘要.');
      expect(excerpt.trim(), `${id}: a snippet`).not.toBe('');
      if (textLang === 'zh') {
        expect(excerpt, `${id}: no ASCII full stop after Chinese`).not.toMatch(/\p{Script=Han}\. /u);
        // A cut is marked with …… and falls after a clause, or the snippet begins a sentence.
        expect(excerpt, id).not.toMatch(/^…(?!…)/u);
      } else {
        const opening = excerpt.replace(/^…/u, '').split(/\s+/u)[0]!.replace(/[^\p{L}\p{N}]+$/gu, '');
        const escaped = opening.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'u').test(wordsOf(id, 'en')), `${id}: "${opening}" begins a word of the text`).toBe(true);
        const cut = !/[.!?”"’)]$/u.test(excerpt.trim());
        if (cut) expect(excerpt.trim(), `${id}: a cut ends with an ellipsis`).toMatch(/…$/u);
      }
    }
  });
}
