import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n';
import { timeFrameSchema } from '../content/schema/measure-card';
import { timeFrameText } from './time-frame-text';

const en = useTranslations('en');
const zh = useTranslations('zh');
const text = (input: unknown) => {
  const time = timeFrameSchema.parse(input);
  return [timeFrameText(time, 'en', en), timeFrameText(time, 'zh', zh)];
};

describe('timeFrameText()', () => {
  it('prints an "until" day as the text gives it, not the day before', () => {
    expect(text({ kind: 'period', until: '2020-10-01' })).toEqual(['until 1 October 2020', '2020年10月1日前']);
  });

  it('prints a period in months with both ends', () => {
    expect(text({ kind: 'period', from: '2020-11', through: '2020-12' })).toEqual(['from November 2020 to December 2020', '2020年11月至2020年12月']);
  });

  it('prints the day of a dated one-off, and the start of an ongoing arrangement', () => {
    expect(text({ kind: 'one-off', on: '2020-04-03' })).toEqual(['on 3 April 2020', '2020年4月3日']);
    expect(text({ kind: 'one-off', on: '2020-04' })).toEqual(['in April 2020', '2020年4月']);
    expect(text({ kind: 'one-off', from: '2024-01', through: '2024-05' })).toEqual(['from January 2024 to May 2024', '2024年1月至2024年5月']);
    expect(text({ kind: 'ongoing', from: '2021-03' })).toEqual(['from March 2021', '自2021年3月起']);
  });

  it('prints nothing where the status says it all', () => {
    expect(text('one-off')).toEqual([null, null]);
    expect(text('ongoing')).toEqual([null, null]);
    expect(text('not-stated')).toEqual([null, null]);
  });
});
