import { describe, expect, it } from 'vitest';
import type { ChangeNote } from '../content/schema/facts';
import { corrections, historyNewestFirst, lastUpdate } from './history';

const entry = (day: number, kind: ChangeNote['kind']): ChangeNote => ({ date: { year: 2026, month: 11, day }, kind, note: { en: `note ${day}`, zh: `说明${day}` } });
const history = [entry(23, 'published'), entry(25, 'corrected'), entry(30, 'updated')];

describe('lastUpdate()', () => {
  it('is the newest entry of a history kept oldest first', () => {
    expect(lastUpdate({ history })).toEqual(entry(30, 'updated'));
  });

  it('is the first publication while nothing has changed since', () => {
    expect(lastUpdate({ history: [entry(23, 'published')] }).kind).toBe('published');
  });
});

describe('corrections()', () => {
  it('leaves out the first publication and lists the newest change first', () => {
    expect(corrections({ history }).map((e) => e.date.day)).toEqual([30, 25]);
  });
});

describe('historyNewestFirst()', () => {
  it('lists every entry, newest first, without reordering the facts', () => {
    expect(historyNewestFirst({ history }).map((e) => e.date.day)).toEqual([30, 25, 23]);
    expect(history.map((e) => e.date.day)).toEqual([23, 25, 30]);
  });
});
