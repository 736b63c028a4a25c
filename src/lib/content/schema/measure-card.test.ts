import { describe, expect, it } from 'vitest';
import { measureCardSchema, timeFrameSchema } from './measure-card';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('timeFrameSchema', () => {
  it('reads `ongoing`, `one-off` and `not-stated` written alone as their kind', () => {
    expect(timeFrameSchema.parse('ongoing')).toEqual({ kind: 'ongoing' });
    expect(timeFrameSchema.parse('not-stated')).toEqual({ kind: 'not-stated' });
  });

  it('refuses a period that ends before it starts, naming the end and the fix', () => {
    expect(messages(timeFrameSchema.safeParse({ kind: 'period', from: '2020-11-01', through: '2020-10-31' }))).toEqual(['through: the period ends before it starts: check from and the end date against the text']);
    expect(messages(timeFrameSchema.safeParse({ kind: 'period', from: '2020-11-01', until: '2020-11-01' }))).toEqual(['until: the period ends before it starts: check from and the end date against the text']);
  });

  it('accepts a one-day period, and a period within one month', () => {
    expect(timeFrameSchema.safeParse({ kind: 'period', from: '2020-11-01', through: '2020-11-01' }).success).toBe(true);
    expect(timeFrameSchema.safeParse({ kind: 'period', from: '2020-11', through: '2020-11' }).success).toBe(true);
  });

  it('refuses a period with both a last day and an until day, or with no date at all', () => {
    expect(messages(timeFrameSchema.safeParse({ kind: 'period', through: '2020-12-31', until: '2021-01-01' }))[0]).toMatch(/^until: a period has through .* or until .* not both/);
    expect(messages(timeFrameSchema.safeParse({ kind: 'period' }))[0]).toMatch(/^from: a period needs from, through or until/);
  });

  it('refuses an unknown kind, listing the kinds', () => {
    expect(messages(timeFrameSchema.safeParse('forever'))[0]).toMatch(/unknown time frame: use one of period, one-off, ongoing or not-stated/);
  });

  it('refuses a field the kind does not have, naming the fields it has', () => {
    expect(messages(timeFrameSchema.safeParse({ kind: 'one-off', until: '2020-10-01' }))[0]).toMatch(/unknown field\(s\) until in a one-off/);
  });
});

describe('measureCardSchema', () => {
  const provision = { actors: [{ en: 'Huangshi', zh: '黄石市' }], action: { en: 'Cuts the time limit for permits', zh: '压缩许可办理时限' }, time: 'ongoing' };

  it('needs at least one provision with at least one actor', () => {
    expect(messages(measureCardSchema.safeParse({ provisions: [] }))).toEqual(['provisions: a card lists at least one provision']);
    expect(messages(measureCardSchema.safeParse({ provisions: [{ ...provision, actors: [] }] }))).toEqual(['provisions.0.actors: name at least one actor, as the text names it']);
  });

  it('refuses an action longer than one line in either language', () => {
    const long = { ...provision, action: { en: 'x'.repeat(201), zh: '字'.repeat(81) } };
    expect(messages(measureCardSchema.safeParse({ provisions: [long] }))).toEqual([
      'provisions.0.action.en: the English action is longer than 200 characters: keep it to one line',
      'provisions.0.action.zh: the Chinese action is longer than 80 characters: keep it to one line',
    ]);
  });

  it('refuses an action missing its Chinese', () => {
    expect(messages(measureCardSchema.safeParse({ provisions: [{ ...provision, action: { en: 'Acts' } }] }))).toEqual(['provisions.0.action.zh: missing Chinese action: add a `zh:` line']);
  });
});

describe('measureCardSchema, for a measure without a card', () => {
  it('says the card is missing and what to write', () => {
    expect(messages(measureCardSchema.safeParse(undefined))[0]).toMatch(/^: missing card: add `card: \{ provisions: \[\.\.\.\] \}`/);
  });
});
