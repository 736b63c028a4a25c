import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../tests/support/content-files';
import { BAR, barLayout, barRows, type ChartGroup, chartGroups, proportionLength } from './figure-charts';
import { bulletinFactsSchema, type KeyFigure } from '../content/schema/facts';
import type { UnitId } from '../vocabulary/units';

const figuresOf = (folder: string): KeyFigure[] => bulletinFactsSchema.parse(readFacts(folder)).figures;
const DEQING = figuresOf('deqing-2024-06-project-landing');
const HUBEI = figuresOf('hubei-2020-05-sink-into-enterprises');

const figure = (id: string, value: number, unit: UnitId, chart?: string): KeyFigure => ({ id, value, unit, ...(chart ? { chart } : {}), label: { en: id, zh: id } });

const idsOf = (group: ChartGroup): string[] => ('figures' in group ? group.figures : [group.figure]).map((f) => f.id);
/** The group holding a figure. */
const groupOf = (groups: ChartGroup[], id: string): ChartGroup => {
  const group = groups.find((g) => idsOf(g).includes(id));
  if (!group) throw new Error(`no group holds ${id}`);
  return group;
};

/** Half the 0.1 px a length is rounded to: the most a rounded length may differ from the exact one. */
const ROUNDING = 0.05 + 1e-9;

describe('chartGroups() on the real bulletins', () => {
  it('puts the figures of one chart together, in the order the charts first appear, every figure once', () => {
    for (const figures of [DEQING, HUBEI]) {
      const groups = chartGroups(figures);
      expect(groups.flatMap(idsOf).sort()).toEqual(figures.map((f) => f.id).sort());
      for (const group of groups) {
        const chart = ('figures' in group ? group.figures[0] : group.figure).chart;
        const expected = chart ? figures.filter((f) => f.chart === chart).map((f) => f.id) : idsOf(group);
        expect(idsOf(group)).toEqual(expected);
      }
    }
  });

  it('compares Deqing’s investment against its half-year and annual tasks in one yuan chart', () => {
    const investment = groupOf(chartGroups(DEQING), 'manufacturing-investment');
    expect(investment.kind).toBe('bars');
    expect(idsOf(investment)).toEqual(['manufacturing-investment', 'half-year-task', 'annual-task']);
    // Scaled to the largest, the 3 billion annual task: no fixed top for yuan.
    expect(investment.kind === 'bars' && investment.max).toBeUndefined();
    // The 66 million of financing help is another matter: it stays a number, off that chart.
    expect(groupOf(chartGroups(DEQING), 'financing-needs-solved').kind).toBe('number');
  });

  it('draws Deqing’s 54.1 % completion as a proportion, its projects as bars and its count of people as a number', () => {
    const groups = chartGroups(DEQING);
    expect(groupOf(groups, 'annual-task-completion').kind).toBe('proportion');
    expect(groupOf(groups, 'projects-started').kind).toBe('bars');
    expect(groupOf(groups, 'employment-needs-solved').kind).toBe('number');
  });

  it('compares Hubei’s 153 problems collected, 122 for the province, 91 construction and 31 real estate', () => {
    const problems = groupOf(chartGroups(HUBEI), 'problems-collected');
    expect(problems.kind).toBe('bars');
    expect(problems.kind === 'bars' && problems.figures.map((f) => f.value)).toEqual([153, 122, 91, 31]);
    // Its two percentages measure different things: not compared.
    expect(groupOf(chartGroups(HUBEI), 'huangshi-presale-guarantee-ratio').kind).toBe('number');
    expect(groupOf(chartGroups(HUBEI), 'coverage').kind).toBe('proportion');
  });
});

describe('chartGroups() kinds', () => {
  it('makes a percentage alone in its chart, from 0 to 100, a proportion; outside that range a number', () => {
    for (const value of [0, 54.1, 100]) expect(chartGroups([figure('share', value, 'percent', 'c')])[0]?.kind).toBe('proportion');
    for (const value of [-3, 120]) expect(chartGroups([figure('growth', value, 'percent', 'c')])[0]?.kind).toBe('number');
  });

  it('keeps a figure without a chart a number, a percentage too (a growth rate is no share of a whole)', () => {
    expect(chartGroups([figure('funds', 700_000, 'yuan')])[0]?.kind).toBe('number');
    expect(chartGroups([figure('growth', 12, 'percent')])[0]?.kind).toBe('number');
    expect(chartGroups([figure('a', 1, 'yuan'), figure('b', 2, 'yuan')]).map((g) => g.kind)).toEqual(['number', 'number']);
  });

  it('puts percentages on a 0–100 scale only when all of them fit in it', () => {
    const within = chartGroups([figure('a', 12, 'percent', 'c'), figure('b', 100, 'percent', 'c')])[0];
    const beyond = chartGroups([figure('a', 12, 'percent', 'c'), figure('b', 150, 'percent', 'c')])[0];
    expect(within?.kind === 'bars' && within.max).toBe(100);
    expect(beyond?.kind).toBe('bars');
    expect(beyond?.kind === 'bars' && beyond.max).toBeUndefined();
  });

  it('gathers a chart’s figures even when others come between them', () => {
    const figures = [figure('a', 1, 'yuan', 'x'), figure('b', 2, 'people'), figure('c', 3, 'yuan', 'x')];
    expect(chartGroups(figures).map(idsOf)).toEqual([['a', 'c'], ['b']]);
  });

  it('has no groups without figures', () => {
    expect(chartGroups([])).toEqual([]);
  });
});

describe('barLayout()', () => {
  it('draws every bar at its value times one scale, the largest filling the width (Deqing’s yuan)', () => {
    const width = 320;
    const values = DEQING.filter((f) => f.unit === 'yuan').map((f) => f.value);
    const largest = Math.max(...values);
    const lengths = barLayout(values, { width }).map((bar) => bar.length);
    values.forEach((value, index) => {
      expect(Math.abs((lengths[index] ?? Number.NaN) - value * (width / largest))).toBeLessThanOrEqual(ROUNDING);
    });
    expect(lengths[values.indexOf(largest)]).toBe(width);
  });

  it('keeps the ratio of length to value the same for every bar of Hubei’s problems', () => {
    const values = HUBEI.filter((f) => f.unit === 'problems').map((f) => f.value);
    // A width that is a multiple of the largest value makes every length exact, so the ratios can be compared exactly.
    const width = Math.max(...values) * 2;
    const ratios = barLayout(values, { width }).map((bar, index) => bar.length / (values[index] ?? Number.NaN));
    for (const ratio of ratios) expect(ratio).toBeCloseTo(2, 9);
  });

  it('fills 54.1 % of the width for 54.1 on a 0–100 scale', () => {
    const width = 200;
    expect(barLayout([54.1], { width, max: 100 })[0]?.length).toBeCloseTo((54.1 / 100) * width, 9);
  });

  it('rounds lengths to 0.1 px', () => {
    const [third] = barLayout([1, 3], { width: 100 });
    const length = third?.length ?? Number.NaN;
    expect(Number.isInteger(Math.round(length * 10 * 1e6) / 1e6)).toBe(true);
    expect(Math.abs(length - 100 / 3)).toBeLessThanOrEqual(ROUNDING);
  });

  it('gives 0 a bar of length 0, and no bars (not NaN) when every value is 0', () => {
    expect(barLayout([0, 5], { width: 100 })).toEqual([{ length: 0 }, { length: 100 }]);
    expect(barLayout([0, 0], { width: 100 })).toEqual([{ length: 0 }, { length: 0 }]);
  });

  it('clamps a negative value to 0 without letting it change the scale', () => {
    expect(barLayout([-5, 10, 5], { width: 100 })).toEqual([{ length: 0 }, { length: 100 }, { length: 50 }]);
  });

  it('stops a value above an explicit max at the full width', () => {
    expect(barLayout([150, 50], { width: 100, max: 100 })).toEqual([{ length: 100 }, { length: 50 }]);
  });
});

describe('barRows() and proportionLength()', () => {
  it('lays out a chart’s bars on its shared scale, each with its figure', () => {
    const group = groupOf(chartGroups(HUBEI), 'problems-collected');
    if (group.kind !== 'bars') throw new Error('Hubei’s problems should be bars');
    const rows = barRows(group);
    expect(rows.map((row) => row.figure)).toEqual(group.figures);
    // Scaled to the largest, 153: it fills the drawing and 31 takes 31/153 of it.
    rows.forEach((row) => expect(row.length).toBeCloseTo(Math.round((row.figure.value / 153) * BAR.width * 10) / 10, 9));
  });

  it('lays out percentages on the 0–100 scale', () => {
    const rows = barRows({ kind: 'bars', unit: 'percent', figures: [figure('a', 100, 'percent', 'c'), figure('b', 2.5, 'percent', 'c')], max: 100 });
    expect(rows.map((row) => row.length)).toEqual([BAR.width, (2.5 / 100) * BAR.width]);
  });

  it('draws a proportion as its share of the full track', () => {
    const group = chartGroups(DEQING).find((g) => g.kind === 'proportion');
    if (group?.kind !== 'proportion') throw new Error('Deqing should have a proportion');
    expect(proportionLength(group)).toBeCloseTo((group.figure.value / 100) * BAR.width, 9);
  });
});
