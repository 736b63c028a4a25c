import { describe, expect, it } from 'vitest';
import { citeReference } from './cite-reference';

const sixteenOpinions = {
  number: '鲁政办字〔2019〕53号',
  title: { en: 'Sixteen Opinions on Further Promoting the Reform and Development of the Construction Industry', zh: '关于进一步促进建筑业改革发展的十六条意见' },
  issuer: { en: 'General Office of the Shandong Provincial Government', zh: '山东省人民政府办公厅' },
};

describe('citeReference()', () => {
  it('puts the issuer before the title in Chinese, with full-width brackets', () => {
    expect(citeReference(sixteenOpinions, 'zh')).toBe('山东省人民政府办公厅《关于进一步促进建筑业改革发展的十六条意见》（鲁政办字〔2019〕53号）');
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
