import { describe, expect, it } from 'vitest';
import { problemList } from './content-error';
import { checkFigures } from './figure-checks';
import type { BulletinFacts, KeyFigure } from './schema/facts';

const FILE = 'content/bulletins/x-2020-01-a/facts.yaml';
const label = { en: 'a figure', zh: '一个数据' };
const figure = (id: string, extra: Partial<KeyFigure> = {}): KeyFigure => ({ id, value: 1, unit: 'projects', label, ...extra });

/** The problems checkFigures reports for these figures and measures, as "field: problem". */
function problems(figures: KeyFigure[], measures: string[] = ['measure-1']): string[] {
  const { problems: found, report } = problemList();
  const facts = { figures, measures: measures.map((id) => ({ id, topics: ['financing'] })) } as unknown as BulletinFacts;
  checkFigures(facts, FILE, report);
  return found.map((p) => `${p.field}: ${p.problem}`);
}

describe('checkFigures()', () => {
  it('accepts figures of one unit in a chart, with unique ids and real measures', () => {
    expect(problems([figure('a', { chart: 'c', measure: 'measure-1' }), figure('b', { chart: 'c' }), figure('d', { unit: 'yuan' })])).toEqual([]);
  });

  it('refuses a chart that would draw two units on one scale', () => {
    expect(problems([figure('a', { chart: 'c' }), figure('b', { chart: 'c', unit: 'yuan' })])).toEqual(['figures.1.chart: figure "b" is in yuan but chart "c" draws projects']);
  });

  it('refuses an id used twice, naming the second use', () => {
    expect(problems([figure('a'), figure('a')])).toEqual(['figures.1.id: figure id "a" is used twice']);
  });

  it('refuses a figure that points at a measure the bulletin does not list', () => {
    expect(problems([figure('a', { measure: 'measure-9' })])).toEqual(['figures.0.measure: figure "a" points at "measure-9", which is not among the measures']);
  });
});
