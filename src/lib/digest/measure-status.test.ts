import { describe, expect, it } from 'vitest';
import { timeFrameSchema } from '../content/schema/measure-card';
import { measureStatuses, provisionStatus } from './measure-status';

const time = (input: unknown) => timeFrameSchema.parse(input);
const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('provisionStatus()', () => {
  it('is in force on the last day before an "until" day, and lapsed on that day', () => {
    const huangshi = time({ kind: 'period', until: '2020-10-01' });
    expect(provisionStatus(huangshi, day(2020, 9, 30))).toBe('in-force');
    expect(provisionStatus(huangshi, day(2020, 10, 1))).toBe('lapsed');
  });

  it('is in force on a "through" day, and lapsed the day after', () => {
    const period = time({ kind: 'period', from: '2020-11-01', through: '2020-12-31' });
    expect(provisionStatus(period, day(2020, 12, 31))).toBe('in-force');
    expect(provisionStatus(period, day(2021, 1, 1))).toBe('lapsed');
  });

  it('reads a period given in months as from the first of its first month to the last of its last', () => {
    const lastTwoMonths = time({ kind: 'period', from: '2020-11', through: '2020-12' });
    expect(provisionStatus(lastTwoMonths, day(2020, 10, 31))).toBe('not-yet');
    expect(provisionStatus(lastTwoMonths, day(2020, 11, 1))).toBe('in-force');
    expect(provisionStatus(lastTwoMonths, day(2020, 12, 31))).toBe('in-force');
    expect(provisionStatus(lastTwoMonths, day(2021, 1, 1))).toBe('lapsed');
  });

  it('keeps a period with a start and no end in force once it has started', () => {
    expect(provisionStatus(time({ kind: 'period', from: '2021-03-08' }), day(2030, 1, 1))).toBe('in-force');
  });

  it('calls a reported one-off action done, and a dated one not yet done before its day', () => {
    expect(provisionStatus(time('one-off'), day(2020, 1, 1))).toBe('done');
    expect(provisionStatus(time({ kind: 'one-off', on: '2020-04-03' }), day(2020, 4, 3))).toBe('done');
    expect(provisionStatus(time({ kind: 'one-off', on: '2020-04-03' }), day(2020, 4, 2))).toBe('not-yet');
    expect(provisionStatus(time({ kind: 'one-off', from: '2024-01', through: '2024-05' }), day(2026, 12, 2))).toBe('done');
  });

  it('calls a standing arrangement ongoing, from its start where the text gives one', () => {
    expect(provisionStatus(time('ongoing'), day(2026, 12, 2))).toBe('ongoing');
    expect(provisionStatus(time({ kind: 'ongoing', from: '2021-04' }), day(2021, 3, 31))).toBe('not-yet');
    expect(provisionStatus(time({ kind: 'ongoing', from: '2021-04' }), day(2021, 4, 1))).toBe('ongoing');
  });

  it('says not stated where the text gives no time frame, whatever the day', () => {
    expect(provisionStatus(time('not-stated'), day(2020, 1, 1))).toBe('not-stated');
  });
});

describe('measureStatuses()', () => {
  it('lists each status of its provisions once, in a fixed order', () => {
    const provision = (t: unknown) => ({ actors: [{ en: 'A', zh: '甲' }], action: { en: 'Acts', zh: '行动' }, figures: [], time: time(t) });
    const card = { provisions: [provision('ongoing'), provision({ kind: 'period', until: '2020-10-01' }), provision('ongoing')] };
    expect(measureStatuses(card, day(2026, 12, 2))).toEqual(['lapsed', 'ongoing']);
  });
});
