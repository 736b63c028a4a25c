import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../tests/support/bulletins';
import { titleOf } from '../../../tests/support/content-files';
import { searchRecord } from './search-record';

const DEQING = 'deqing-2024-06-project-landing';
const DEZHOU = 'dezhou-2020-08-construction-upgrading';

describe('searchRecord()', () => {
  it('files a county bulletin under its whole region chain, level, year, and the topics of the bulletin and its measures', () => {
    const bulletin = realBulletin(DEQING);
    expect(searchRecord(bulletin, 'en').filters).toEqual({
      region: ['deqing', 'zhaoqing', 'guangdong'],
      level: ['county'],
      year: ['2024'],
      topic: expect.arrayContaining([...bulletin.facts.topics, ...bulletin.facts.measures.flatMap((m) => m.topics)]),
      // Deqing's first measure is on investment projects and supervision, its third on relief, approvals, financing and hiring.
      topic_at: expect.arrayContaining(['investment-projects:measure-1', 'supervision:measure-1', 'financing:measure-3']),
    });
    // …each topic once: the bulletin's own and its measures'.
    const topics = searchRecord(bulletin, 'en').filters.topic;
    expect(topics).toHaveLength(new Set([...bulletin.facts.topics, ...bulletin.facts.measures.flatMap((m) => m.topics)]).size);
  });

  it('sorts by the full date, and a month-only date as the first of its month', () => {
    expect(searchRecord(realBulletin(DEQING), 'en').sort).toEqual({ date: '2024-06-18' });
    expect(searchRecord(realBulletin(DEZHOU), 'en').sort).toEqual({ date: '2020-08-01' });
  });

  it('gives the id, and the title, region and date in both languages', () => {
    const expected = {
      bulletin: DEQING,
      title_en: titleOf(DEQING, 'en'),
      title_zh: titleOf(DEQING, 'zh'),
      region_en: 'Deqing County, Zhaoqing City, Guangdong Province',
      region_zh: '广东省肇庆市德庆县',
      date_en: '18 June 2024',
      date_zh: '2024年6月18日',
      text_status: 'published-translation',
      status_en: 'Published translation',
      status_zh: '已发布的译文',
    };
    expect(searchRecord(realBulletin(DEQING), 'en').meta).toEqual(expected);
  });

  it('files a city bulletin with a month-only date under its city and province, and writes the month only', () => {
    const record = searchRecord(realBulletin(DEZHOU), 'en');
    expect(record.filters.region).toEqual(['dezhou', 'shandong']);
    expect(record.filters.level).toEqual(['city']);
    expect(record.filters.year).toEqual(['2020']);
    expect(record.meta).toMatchObject({ date_en: 'August 2020', date_zh: '2020年8月', region_zh: '山东省德州市' });
  });

  it("marks the Chinese page of a bulletin published in English translation as this site's translation of it, in both reader languages", () => {
    expect(searchRecord(realBulletin(DEZHOU), 'zh').meta).toMatchObject({
      text_status: 'site-translation-of-translation',
      status_zh: '本站据英文译本回译，非官方原文',
      status_en: "This site’s translation of a published English translation, not the official text",
    });
  });
});
