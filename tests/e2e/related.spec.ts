import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales';
import { REGIONS, type RegionId, regionChain } from '../../src/lib/vocabulary/regions';
import { TOPICS, type TopicId } from '../../src/lib/vocabulary/topics';
import { bulletinFolders, readFacts, titleOf } from '../support/content-files';

// The related bulletins at the end of a bulletin: a few, each with reasons that hold for both bulletins.

interface Facts {
  region: RegionId;
  topics: TopicId[];
  measures: { topics: TopicId[] }[];
}
const factsOf = (id: string) => readFacts(id) as Facts;
const topicNames = (id: string, lang: 'en' | 'zh') => {
  const facts = factsOf(id);
  return new Set([...facts.topics, ...facts.measures.flatMap((m) => m.topics)].map((topic) => TOPICS[topic][lang]));
};
const provinceName = (id: string, lang: 'en' | 'zh') => REGIONS[regionChain(factsOf(id).region).at(-1)!].name[lang];

const REASON = {
  en: { province: /^Also from (.+)$/, topics: /^Also on (.+)$/, split: /, and | and |, / },
  zh: { province: /^同属(.+)$/, topics: /^同样涉及(.+)$/, split: /、/ },
};

for (const id of bulletinFolders()) {
  for (const lang of LANGS) {
    test(`/${lang}/bulletins/${id}/ ends with related bulletins, each for reasons true of both`, async ({ page }) => {
      await page.goto(`/${lang}/bulletins/${id}/`);
      const entries = page.locator('.related__entry');
      const count = await entries.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(3);
      for (let i = 0; i < count; i += 1) {
        const link = entries.nth(i).locator('.related__title');
        const other = /\/bulletins\/([^/]+)\/$/.exec((await link.getAttribute('href'))!)![1]!;
        expect(await link.getAttribute('href')).toBe(`/${lang}/bulletins/${other}/`);
        expect(other).not.toBe(id);
        expect((await link.textContent())!.trim()).toBe(titleOf(other, lang));
        const reasons = await entries.nth(i).locator('.related__reasons li').allTextContents();
        expect(reasons.length).toBeGreaterThan(0);
        for (const reason of reasons) {
          const province = REASON[lang].province.exec(reason);
          const topics = REASON[lang].topics.exec(reason);
          if (province) {
            expect(province[1]).toBe(provinceName(id, lang));
            expect(province[1]).toBe(provinceName(other, lang));
          } else {
            expect(topics, `"${reason}" is a reason of one of the two kinds`).not.toBeNull();
            for (const name of topics![1]!.split(REASON[lang].split)) {
              expect(topicNames(id, lang), name).toContain(name);
              expect(topicNames(other, lang), name).toContain(name);
            }
          }
        }
      }
    });
  }
}

test('a city’s bulletin lists its province’s first, as from the same province', async ({ page }) => {
  await page.goto('/zh/bulletins/dezhou-2020-08-construction-upgrading/');
  const first = page.locator('.related__entry').first();
  await expect(first.locator('.related__title')).toHaveAttribute('href', '/zh/bulletins/shandong-2021-03-out-of-province-liaison/');
  await expect(first.locator('.related__reasons li').first()).toHaveText('同属山东省');
});
