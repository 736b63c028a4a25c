import { expect, type Page, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { bulletinFolders, readFacts, readText } from '../support/content-files';

// Written out from the sources (../shared/bulletins): Dezhou, Deqing and Zhejiang were published in
// English translation only, Shandong and Hubei in Chinese. These are what each text's mark must say.
const PUBLISHED_IN_ENGLISH = { en: 'Published translation', zh: '本站据英文译本回译，非官方原文' };
const PUBLISHED_IN_CHINESE = { en: "This site’s translation", zh: '原文（照发布文本）' };
const MARK: Record<string, { en: string; zh: string }> = {
  'dezhou-2020-08-construction-upgrading': PUBLISHED_IN_ENGLISH,
  'deqing-2024-06-project-landing': PUBLISHED_IN_ENGLISH,
  'zhejiang-2020-10-industrialisation-interviews': PUBLISHED_IN_ENGLISH,
  'shandong-2021-03-out-of-province-liaison': PUBLISHED_IN_CHINESE,
  'hubei-2020-05-sink-into-enterprises': PUBLISHED_IN_CHINESE,
};
/** Each text's mark as a reader of the other language sees it, e.g. in a search result. */
const MARK_ACROSS: Record<'en' | 'zh', Record<string, string>> = {
  en: { [PUBLISHED_IN_ENGLISH.zh]: "This site’s translation of a published English translation, not the official text", [PUBLISHED_IN_CHINESE.zh]: 'Original text, as published' },
  zh: { [PUBLISHED_IN_ENGLISH.en]: '已发布的译文', [PUBLISHED_IN_CHINESE.en]: '本站译文' },
};

type History = { date: string; kind: string }[];
const historyOf = (id: string) => (readFacts(id) as { history: History }).history;
const idOf = (href: string | null) => /\/bulletins\/([^/?#]+)\//.exec(href ?? '')?.[1] ?? '';

test('every bulletin id has its expected marks written out here', () => {
  expect(bulletinFolders().sort()).toEqual(Object.keys(MARK).sort());
});

for (const id of bulletinFolders()) {
  for (const lang of LANGS) {
    test(`/${lang}/bulletins/${id}/ says next to its title what its text is, linked to the explanation`, async ({ page }) => {
      await page.goto(`/${lang}/bulletins/${id}/`);
      const mark = page.locator('h1 + div .provenance .status-mark');
      await expect(mark).toHaveText(MARK[id]![lang]);
      await expect(page.locator('.meta dt', { hasText: lang === 'en' ? 'This text' : '本页文本' })).toHaveCount(1);
      await mark.click();
      await expect(page).toHaveURL(`/${lang}/about/#text-status`);
      await expect(page.locator('#text-status')).toBeInViewport();
    });

    test(`/${lang}/bulletins/${id}/ shows its history, and its last update in the facts`, async ({ page }) => {
      const history = historyOf(id);
      await page.goto(`/${lang}/bulletins/${id}/`);
      const entries = page.locator('#updates .history__entry');
      await expect(entries).toHaveCount(history.length);
      // Newest first on the page; facts.yaml keeps them oldest first.
      await expect(entries.first().locator('time')).toHaveAttribute('datetime', history.at(-1)!.date);
      await expect(entries.last().locator('time')).toHaveAttribute('datetime', history[0]!.date);
      const lastUpdated = page.locator('.meta div', { hasText: lang === 'en' ? 'Last updated' : '最近更新' });
      await expect(lastUpdated.locator('time')).toHaveAttribute('datetime', history.at(-1)!.date);
      await lastUpdated.locator('a').click();
      await expect(page.locator('#updates')).toBeInViewport();
    });
  }
}

async function cardMarks(page: Page): Promise<[string, string][]> {
  return page.locator('.card').evaluateAll((cards) =>
    cards.map((card) => [card.querySelector('.card__title a')?.getAttribute('href') ?? '', card.querySelector('.status-mark')?.textContent ?? '']),
  );
}

for (const lang of LANGS) {
  test(`every card on /${lang}/ and a topic page carries its text's mark`, async ({ page }) => {
    for (const path of [`/${lang}/`, `/${lang}/topics/enterprise-relief/`]) {
      await page.goto(path);
      const marks = await cardMarks(page);
      expect(marks.length).toBeGreaterThan(0);
      for (const [href, mark] of marks) expect(mark, href).toBe(MARK[idOf(href)]![lang]);
    }
  });

  test(`every search result on /${lang}/search/ carries the mark of the text that matched, in the reader's language`, async ({ page }) => {
    const marks = async () =>
      page.locator('.search-page .result').evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector('.result__title')?.getAttribute('href') ?? '', mark: item.querySelector('.result__status .status-mark')?.textContent ?? '' })),
      );
    // A word in every text of the reader's language, then one in the other language's texts.
    for (const [query, textLang] of lang === 'en' ? [['construction', 'en'], ['建设', 'zh']] : [['建设', 'zh'], ['construction', 'en']]) {
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query!)}`);
      await expect(page.locator('[data-search-results]')).toHaveAttribute('data-elapsed-ms', /\d/);
      const results = (await marks()).filter(({ href }) => href.startsWith(`/${textLang}/`));
      expect(results.length, query).toBeGreaterThanOrEqual(textLang === lang ? bulletinFolders().length : 1);
      for (const { href, mark } of results) {
        const own = MARK[idOf(href)]![textLang as 'en' | 'zh'];
        expect(mark, href).toBe(textLang === lang ? own : MARK_ACROSS[lang][own]);
      }
    }
  });

  test(`the side-by-side view on /${lang}/ marks each column with what its text is`, async ({ page }) => {
    await page.goto(`/${lang}/bulletins/dezhou-2020-08-construction-upgrading/compare/`);
    const heads = page.locator('.compare__row--head .status-mark');
    // The source the site took (the published English) first, its translation beside it.
    await expect(heads).toHaveText(lang === 'en' ? ['Published translation', MARK_ACROSS.en[PUBLISHED_IN_ENGLISH.zh]!] : [MARK_ACROSS.zh[PUBLISHED_IN_ENGLISH.en]!, PUBLISHED_IN_ENGLISH.zh]);
  });

  test(`the citation on /${lang}/ names this site as translator of its own translations only`, async ({ page }) => {
    // The translator as each style gives one: "…, 译." after the title (GB/T 7714), "trans. …" (Chicago).
    const credit = lang === 'en' ? 'trans. Construction Policy Digest,' : '建筑业政策摘编, 译.';
    for (const id of bulletinFolders()) {
      await page.goto(`/${lang}/bulletins/${id}/`);
      // The English of Hubei and Shandong, the Chinese of the other three, are this site's translations.
      const isSiteTranslation = [PUBLISHED_IN_CHINESE.en, PUBLISHED_IN_ENGLISH.zh].includes(MARK[id]![lang]);
      const citation = page.locator('#citation');
      await expect(citation, id).toBeVisible();
      if (isSiteTranslation) await expect(citation, id).toContainText(credit);
      else await expect(citation, id).not.toContainText(credit);
    }
  });

  test(`/${lang}/about/ is linked from the footer and explains each mark, with no report address when none is set`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/`);
    await page.locator(`.site-footer a[href="/${lang}/about/"]`).click();
    await expect(page).toHaveURL(`/${lang}/about/`);
    const marks = page.locator('#text-status ~ dl .status-mark');
    await expect(marks).toHaveCount(4);
    for (const mark of [...Object.values(PUBLISHED_IN_ENGLISH), ...Object.values(PUBLISHED_IN_CHINESE)]) {
      const shown = lang === 'en' ? (mark in MARK_ACROSS.en ? MARK_ACROSS.en[mark] : mark) : (mark in MARK_ACROSS.zh ? MARK_ACROSS.zh[mark] : mark);
      await expect(marks.filter({ hasText: new RegExp(`^${shown!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })).toHaveCount(1);
    }
    await expect(page.locator('#report-heading')).toHaveCount(0);
    await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  });
}

test("translator's notes: each marker leads to its note and back, in both languages, with the same notes", async ({ page }) => {
  const id = 'dezhou-2020-08-construction-upgrading';
  const noteIds = (lang: string) => [...readText(id, lang).body.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]);
  expect(noteIds('en').length).toBeGreaterThan(0);
  expect(noteIds('zh')).toEqual(noteIds('en'));
  for (const lang of LANGS) {
    await page.goto(`/${lang}/bulletins/${id}/`);
    await expect(page.locator('.notes h3')).toHaveText(lang === 'en' ? "Translator’s notes" : '译注');
    await expect(page.locator('.notes li')).toHaveCount(noteIds(lang).length);
    const first = noteIds(lang)[0];
    await page.locator(`#note-marker-${first}`).click();
    await expect(page.locator(`#note-${first}`)).toBeInViewport();
    await page.locator(`#note-${first} .notes__back`).click();
    await expect(page.locator(`#note-marker-${first}`)).toBeInViewport();
    await expect(page.locator('.prose')).not.toContainText('[^');
  }
});
