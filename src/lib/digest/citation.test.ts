import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../tests/support/bulletins';
import { citation, citationParts, citeReference, inferredNote } from './citation';

const URL_ = 'https://policy-digest.example.org/b/hb-2020-05/';

describe('citation()', () => {
  const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');

  it("cites in English: authority, both titles, date, that the text is this site's translation, short link", () => {
    expect(citation(hubei, 'en', URL_)).toBe(
      `Department of Housing and Urban-Rural Development of Hubei Province, “${hubei.texts.en.title}” [${hubei.texts.zh.title}], 27 May 2020. This site's translation. ${URL_}`,
    );
  });

  it('cites in Chinese with book-title marks and full-width punctuation, marking the original as such', () => {
    expect(citation(hubei, 'zh', URL_)).toBe(`湖北省住房和城乡建设厅：《${hubei.texts.zh.title}》（英文题名：${hubei.texts.en.title}），2020年5月27日。原文（照发布文本）。${URL_}`);
  });

  it('says a Chinese text translated back from a published English translation is not the official text', () => {
    const dezhou = realBulletin('dezhou-2020-08-construction-upgrading');
    expect(citation(dezhou, 'zh', URL_)).toContain('。本站据英文译本回译，非官方原文。https://');
    expect(citation(dezhou, 'en', URL_)).toContain('. Published translation. https://');
  });

  it('gives the document number where the bulletin has one, and nothing where it has none', () => {
    // None of the five bulletins prints its own number, so give one a number for the test.
    const number = '鄂建文〔2020〕12号';
    const numbered = { ...hubei, facts: { ...hubei.facts, documentNumber: number } };
    expect(citation(numbered, 'en', URL_)).toContain(`27 May 2020, ${number}. This site's translation. ${URL_}`);
    expect(citation(numbered, 'zh', URL_)).toContain(`2020年5月27日，${number}。原文（照发布文本）。${URL_}`);
    expect(citation(hubei, 'zh', URL_)).not.toContain('号');
  });

  it('says when the date was inferred', () => {
    const dezhou = realBulletin('dezhou-2020-08-construction-upgrading');
    expect(dezhou.facts.dateInferred).toBe(true);
    expect(citation(dezhou, 'en', URL_)).toContain('August 2020 (inferred).');
    expect(citation(dezhou, 'zh', URL_)).toContain('2020年8月（推定）。');
  });

  it('marks the title in the other language, so it is shown in that language\'s type', () => {
    expect(citationParts(hubei, 'zh', URL_).filter((p) => p.lang)).toEqual([{ text: hubei.texts.en.title, lang: 'en' }]);
    expect(citationParts(hubei, 'en', URL_).filter((p) => p.lang)).toEqual([{ text: hubei.texts.zh.title, lang: 'zh-CN' }]);
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
