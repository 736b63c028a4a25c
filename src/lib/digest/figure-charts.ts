import type { KeyFigure } from '../content/schema/facts';
import type { UnitId } from '../vocabulary/units';

/**
 * How a bulletin's key figures are drawn. The editor says which figures belong
 * together (`chart:` in facts.yaml): those share a bar chart on one scale, since
 * only figures about the same thing can be compared; a percentage alone in its
 * chart is a share of a whole, drawn on a 0–100 % track; every other figure stays
 * a number, because a growth rate or a lone count has nothing to be measured against.
 */
export type ChartGroup = BarsGroup | ProportionGroup | NumberGroup;

export interface BarsGroup {
  kind: 'bars';
  unit: UnitId;
  figures: [KeyFigure, KeyFigure, ...KeyFigure[]];
  /** The value a full-length bar stands for: 100 on a percent scale, otherwise the largest value. */
  max: number | undefined;
}

export interface ProportionGroup {
  kind: 'proportion';
  unit: 'percent';
  figure: KeyFigure;
}

export interface NumberGroup {
  kind: 'number';
  unit: UnitId;
  figure: KeyFigure;
}

/** The top of a percent scale. */
const WHOLE = 100;

const isShare = (figure: KeyFigure): boolean => figure.unit === 'percent' && figure.value >= 0 && figure.value <= WHOLE;

/**
 * The figures grouped by their chart, in the order the charts first appear and
 * figures in their own order, so the pictures follow the bulletin's telling.
 * A figure without a chart is a number of its own.
 */
export function chartGroups(figures: readonly KeyFigure[]): ChartGroup[] {
  const groups: KeyFigure[][] = [];
  const byChart = new Map<string, KeyFigure[]>();
  for (const figure of figures) {
    const existing = figure.chart ? byChart.get(figure.chart) : undefined;
    if (existing) existing.push(figure);
    else {
      const group = [figure];
      groups.push(group);
      if (figure.chart) byChart.set(figure.chart, group);
    }
  }
  return groups.map((members): ChartGroup => {
    const [first, second, ...rest] = members;
    if (!first) throw new Error('empty figure group'); // unreachable: a group is made with its first figure
    if (second) {
      // Percentages are drawn against the whole when they all fit in it, so 2.5 % looks small next to 100 %.
      const max = members.every(isShare) ? WHOLE : undefined;
      return { kind: 'bars', unit: first.unit, figures: [first, second, ...rest], max };
    }
    if (first.chart && isShare(first)) return { kind: 'proportion', unit: 'percent', figure: first };
    return { kind: 'number', unit: first.unit, figure: first };
  });
}

/**
 * Bar lengths proportional to value ÷ max (max defaults to the largest value),
 * rounded to 0.1 px. A negative value is drawn as 0 (a bar can't point the
 * other way without an axis the charts don't have; no bulletin has one), and
 * a value above an explicit max stops at the full width rather than leave the
 * drawing.
 */
export function barLayout(values: readonly number[], options: { width: number; max?: number | undefined }): { length: number }[] {
  const max = options.max ?? Math.max(0, ...values);
  return values.map((value) => {
    // All zeros (or all negative): no scale, and no bar.
    if (max <= 0 || value <= 0) return { length: 0 };
    const length = (Math.min(value, max) / max) * options.width;
    return { length: Math.round(length * 10) / 10 };
  });
}

/**
 * The drawing of one bar, in SVG user units. The SVG is stretched to its row's
 * width (preserveAspectRatio="none"), so only the proportions matter; no text
 * is drawn inside it, so nothing is distorted.
 */
export const BAR = { width: 1000, height: 10 } as const;

export interface BarRow {
  figure: KeyFigure;
  /** Length of the bar, 0…BAR.width. */
  length: number;
}

/** One bar per figure of a chart, on the chart's shared scale. */
export function barRows(group: BarsGroup): BarRow[] {
  const lengths = barLayout(
    group.figures.map((figure) => figure.value),
    { width: BAR.width, max: group.max },
  );
  return group.figures.map((figure, index) => ({ figure, length: lengths[index]?.length ?? 0 }));
}

/** The bar of a proportion: its share of the full 0–100 % track. */
export function proportionLength(group: ProportionGroup): number {
  return barLayout([group.figure.value], { width: BAR.width, max: WHOLE })[0]?.length ?? 0;
}
