import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../tests/support/bulletins';
import { accessDateText } from '../../scripts/copy';
import { citation, citeReference, hyphenatedRuns, inferredNote, quotedTitle, urlSegments } from './citation';
import { calendarDay, citationDate } from './citation-dates';
/** A bulletin's short link in one language, as the page gives it. */
const SHORT_LINK = (code: string, lang: string) => `https://policy-digest.example.org/b/${code}/${lang}/`;
const BUILT = { year: 2026, month: 12, day: 2 };

// The expected citations are written out by hand from GB/T 7714-2015 (§4.6 electronic resources, §4.1 for
// where a translator goes, §8.4 for dates) and The Chicago Manual of Style, 17th ed. (notes for news
// articles and web pages, with an access date), not taken from what the code prints.
describe('citation()', () => {
  const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');
  const dezhou = realBulletin('dezhou-2020-08-construction-upgrading');
  const deqing = realBulletin('deqing-2024-06-project-landing');

  it('cites a Chinese original in GB/T 7714 form: authority, title [EB/OL], publisher, (date)[access date], language short link', () => {
    expect(citation(hubei, 'zh', SHORT_LINK('hb-2020-05', 'zh'), BUILT)).toBe(
      '湖北省住房和城乡建设厅. 湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动[EB/OL]. 中华建设网, (2020-05-27)[2026-12-02]. https://policy-digest.example.org/b/hb-2020-05/zh/.',
    );
  });

  it("cites this site's English translation as a Chicago note, naming the site as translator and the title's own quotation marks single", () => {
    expect(citation(hubei, 'en', SHORT_LINK('hb-2020-05', 'en'), BUILT)).toBe(
      'Department of Housing and Urban-Rural Development of Hubei Province, “Hubei’s Housing and Urban-Rural Development System Carries Out the First Round of the ‘Going Down to Enterprises, Helping Enterprises Out of Difficulty’ Campaign in Earnest,” trans. Construction Policy Digest, China Construction Network, May 27, 2020, accessed December 2, 2026, https://policy-digest.example.org/b/hb-2020-05/en/.',
    );
  });

  it('cites a published English translation with no translator, its inferred authority and inferred month in brackets', () => {
    expect(citation(dezhou, 'en', SHORT_LINK('dz-2020-08', 'en'), BUILT)).toBe(
      '[Dezhou Municipal Bureau of Housing and Urban-Rural Development], “Dezhou City promotes the transformation and upgrading of the construction industry with greater efforts,” precast.com.cn (English news), [August 2020], accessed December 2, 2026, https://policy-digest.example.org/b/dz-2020-08/en/.',
    );
  });

  it("cites this site's Chinese translation of a published translation with the site as translator after the title, as GB/T 7714 places a translator", () => {
    expect(citation(deqing, 'zh', SHORT_LINK('dq-2024-06', 'zh'), BUILT)).toBe(
      '[德庆县投资促进局]. 精准发力！德庆县项目落地刷新“进度条”[EB/OL]. 建筑业政策摘编, 译. 投资肇庆, (2024-06-18)[2026-12-02]. https://policy-digest.example.org/b/dq-2024-06/zh/.',
    );
  });

  it('writes an inferred month in GB/T 7714 as a supplied date, in brackets inside the date’s parentheses', () => {
    expect(citation(dezhou, 'zh', SHORT_LINK('dz-2020-08', 'zh'), BUILT)).toBe(
      '[德州市住房和城乡建设局]. 德州市加大力度推动建筑业转型升级[EB/OL]. 建筑业政策摘编, 译. precast.com.cn（英文资讯）, ([2020-08])[2026-12-02]. https://policy-digest.example.org/b/dz-2020-08/zh/.',
    );
  });

  it('turns straight double quotation marks in a title into single ones, the comma inside both closing marks', () => {
    expect(citation(deqing, 'en', SHORT_LINK('dq-2024-06', 'en'), BUILT)).toBe(
      '[Deqing County Investment Promotion Bureau], “Precise efforts! China Deqing County project landing refreshes the ‘progress bar,’\u202f” Invest in Zhaoqing, June 18, 2024, accessed December 2, 2026, https://policy-digest.example.org/b/dq-2024-06/en/.',
    );
  });

  it("gives the publication's date where it differs from the bulletin's own", () => {
    const shandong = realBulletin('shandong-2021-03-out-of-province-liaison');
    expect(shandong.facts.date).toEqual({ year: 2021, month: 3, day: 8 });
    expect(citation(shandong, 'en', SHORT_LINK('sd-2021-03', 'en'), BUILT)).toContain(', China Quality News Network, March 9, 2021, accessed December 2, 2026, ');
    expect(citation(shandong, 'zh', SHORT_LINK('sd-2021-03', 'zh'), BUILT)).toContain('. 中国质量新闻网, (2021-03-09)[2026-12-02]. ');
  });

  it('never puts double quotation marks inside the double quotation marks of an English title', () => {
    for (const bulletin of [hubei, dezhou, deqing]) {
      const text = citation(bulletin, 'en', SHORT_LINK(bulletin.facts.permalink, 'en'), BUILT);
      const title = text.slice(text.indexOf('“') + 1, text.lastIndexOf('”'));
      expect(title, bulletin.id).not.toMatch(/[“”"]/);
    }
  });

  it('gives the document number where the bulletin has one: after the title in Chinese, as its other title information', () => {
    // None of the five bulletins prints its own number, so give one a number for the test.
    const numbered = { ...hubei, facts: { ...hubei.facts, documentNumber: '鄂建文〔2020〕12号' } };
    expect(citation(numbered, 'zh', SHORT_LINK('hb-2020-05', 'zh'), BUILT)).toContain('“下沉企业、助企纾困”活动: 鄂建文〔2020〕12号[EB/OL]. 中华建设网');
    expect(citation(numbered, 'en', SHORT_LINK('hb-2020-05', 'en'), BUILT)).toContain('in Earnest,” 鄂建文〔2020〕12号, trans. Construction Policy Digest, ');
    expect(citation(hubei, 'zh', SHORT_LINK('hb-2020-05', 'zh'), BUILT)).not.toContain('号');
  });
});

describe('quotedTitle()', () => {
  it('makes curly and straight double quotation marks single, and straight apostrophes curly', () => {
    expect(quotedTitle('The “Going Down” campaign')).toBe('The ‘Going Down’ campaign');
    expect(quotedTitle('Refreshes the "progress bar" of Deqing\'s projects')).toBe('Refreshes the ‘progress bar’ of Deqing’s projects');
  });
});

describe('urlSegments()', () => {
  it('cuts a web address after each slash, keeping "//" whole, so it can break only there', () => {
    expect(urlSegments('https://policy-digest.example.org/b/hb-2020-05/zh/')).toEqual(['https://', 'policy-digest.example.org/', 'b/', 'hb-2020-05/', 'zh/']);
    expect(urlSegments('https://example.org/a-b')).toEqual(['https://', 'example.org/', 'a-b']);
  });
});

describe('hyphenatedRuns()', () => {
  it('sets each hyphenated word apart, to be kept on one line', () => {
    expect(hyphenatedRuns('Housing and Urban-Rural Development, ')).toEqual([
      { text: 'Housing and ', keep: false },
      { text: 'Urban-Rural', keep: true },
      { text: ' Development, ', keep: false },
    ]);
  });
});

describe('citation dates', () => {
  it('writes a date as GB/T 7714 does (YYYY-MM-DD) and as Chicago does (Month Day, Year)', () => {
    expect(citationDate({ year: 2026, month: 1, day: 5 }, 'iso')).toBe('2026-01-05');
    expect(citationDate({ year: 2026, month: 1, day: 5 }, 'chicago')).toBe('January 5, 2026');
    expect(citationDate({ year: 2020, month: 8 }, 'iso')).toBe('2020-08');
    expect(citationDate({ year: 2020, month: 8 }, 'chicago')).toBe('August 2020');
  });

  it("takes the build's access date as the calendar day where the build runs", () => {
    expect(calendarDay(new Date(2031, 2, 4, 23, 59))).toEqual({ year: 2031, month: 3, day: 4 });
  });

  it('has the copy script write the access date exactly as the build does, on every day of a year', () => {
    for (let day = new Date(2031, 0, 1); day.getFullYear() === 2031; day.setDate(day.getDate() + 1)) {
      for (const style of ['iso', 'chicago'] as const) expect(accessDateText(day, style)).toBe(citationDate(calendarDay(day), style));
    }
    expect(accessDateText(new Date(2031, 2, 4, 0, 5), 'chicago')).toBe('March 4, 2031');
    expect(accessDateText(new Date(2031, 2, 4, 0, 5), 'iso')).toBe('2031-03-04');
  });
});

const sixteenOpinions = {
  number: '鲁政办字〔2019〕53号',
  title: { en: 'Sixteen Opinions on Further Promoting the Reform and Development of the Construction Industry', zh: '关于进一步促进建筑业改革发展的十六条意见' },
  issuer: { en: 'General Office of the Shandong Provincial Government', zh: '山东省人民政府办公厅' },
};

describe('citeReference()', () => {
  it('puts the issuer before the title in Chinese, with full-width brackets', () => {
    expect(citeReference(sixteenOpinions, 'zh')).toBe('山东省人民政府办公厅《关于进一步促进建筑业改革发展的十六条意见》（鲁政办字〔2019〕53号）');
  });

  it('gives the English form of the document number before the number as printed', () => {
    expect(citeReference({ ...sixteenOpinions, numberEn: 'Lu Zheng Ban Zi [2019] No. 53' }, 'en')).toMatch(/\(Lu Zheng Ban Zi \[2019\] No\. 53; 鲁政办字〔2019〕53号\)$/);
    expect(citeReference({ ...sixteenOpinions, numberEn: 'Lu Zheng Ban Zi [2019] No. 53' }, 'zh')).toMatch(/（鲁政办字〔2019〕53号）$/);
  });

  it('quotes the title in English and keeps the document number as printed', () => {
    expect(citeReference(sixteenOpinions, 'en')).toBe(
      '“Sixteen Opinions on Further Promoting the Reform and Development of the Construction Industry”, General Office of the Shandong Provincial Government (鲁政办字〔2019〕53号)',
    );
  });

  it('leaves out an issuer that is not known', () => {
    const { issuer: _, ...anonymous } = sixteenOpinions;
    expect(citeReference(anonymous, 'zh')).toBe('《关于进一步促进建筑业改革发展的十六条意见》（鲁政办字〔2019〕53号）');
  });
});

describe('inferredNote()', () => {
  it('follows an English date after a space, a Chinese one directly, in full-width brackets', () => {
    expect(inferredNote('en')).toBe(' (inferred)');
    expect(inferredNote('zh')).toBe('（推定）');
  });
});
