import { describe, expect, it } from 'vitest';
import { languageRuns } from './language-runs';

describe('languageRuns()', () => {
  it('marks Chinese quoted in English, with its full-width quotes and the text after it', () => {
    expect(languageRuns('renders “Since the ‘war’” as “大会战”打响以来, “since the general battle”', 'en')).toEqual([
      { text: 'renders “Since the ‘war’” as ' },
      { text: '“大会战”打响以来', lang: 'zh' },
      { text: ', “since the general battle”' },
    ]);
  });

  it('keeps digits written against Chinese characters with them', () => {
    expect(languageRuns('gives the amount as 5000多万, “more than 50 million”', 'en')[1]).toEqual({ text: '5000多万', lang: 'zh' });
  });

  it('marks an English phrase in a Chinese text, but not a lone acronym', () => {
    expect(languageRuns('英文译本作“the year’s task”，并采用BIM技术', 'zh')).toEqual([
      { text: '英文译本作“' },
      { text: 'the year’s task', lang: 'en' },
      { text: '”，并采用BIM技术' },
    ]);
  });

  it('leaves a text in one language whole', () => {
    expect(languageRuns('Enterprises given paired assistance', 'en')).toEqual([{ text: 'Enterprises given paired assistance' }]);
  });
});
