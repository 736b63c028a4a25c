import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../../tests/support/bulletins';
import { highwireDate, highwireTags } from './highwire';
import { bulletinReference } from './reference';

const SITE = new URL('https://policy-digest.example.org');
const tagsOf = (id: string, lang: 'en' | 'zh') => highwireTags(bulletinReference(realBulletin(id), lang, SITE));

describe('highwireTags()', () => {
  it("describes a translation with its authority, date, language, address, outlet and the original's title in Chinese", () => {
    const tags = tagsOf('hubei-2020-05-sink-into-enterprises', 'en');
    expect(tags.filter((tag) => tag.name !== 'citation_title')).toEqual([
      { name: 'citation_author', content: 'Department of Housing and Urban-Rural Development of Hubei Province' },
      { name: 'citation_publication_date', content: '2020/05/27' },
      { name: 'citation_language', content: 'en' },
      { name: 'citation_public_url', content: 'https://policy-digest.example.org/en/bulletins/hubei-2020-05-sink-into-enterprises/' },
      { name: 'citation_publisher', content: 'China Construction Network' },
      { name: 'dcterms.alternative', content: '湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动', lang: 'zh-CN' },
    ]);
    expect(tags[0]).toEqual({ name: 'citation_title', content: expect.stringMatching(/^Hubei’s Housing and Urban-Rural Development System Carries Out the First Round/) });
  });

  it('gives one of each tag, and no document number where the bulletin has none', () => {
    const names = tagsOf('deqing-2024-06-project-landing', 'zh').map((tag) => tag.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('citation_technical_report_number');
    expect(names).not.toContain('dcterms.alternative');
  });
});

describe('highwireDate()', () => {
  it('writes a day as year/month/day and a month alone as year/month', () => {
    expect(highwireDate({ year: 2024, month: 6, day: 8 })).toBe('2024/06/08');
    expect(highwireDate({ year: 2020, month: 8 })).toBe('2020/08');
  });
});
