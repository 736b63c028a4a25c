import type { MeasureCard, TimeFrame } from '../content/schema/measure-card';
import { endOfPeriod, startOfPeriod } from '../content/schema/measure-card';
import { isoDate, type PartialDate } from '../vocabulary/dates';

/**
 * Where a provision stands on a given day, worked out from the time frame its text gives:
 * in force (within its period), lapsed (its period has ended), not yet (it starts later),
 * done (a one-off action the text reports), ongoing (a standing arrangement without an end),
 * or not stated (the text gives no time frame).
 */
export const MEASURE_STATUSES = ['in-force', 'lapsed', 'not-yet', 'done', 'ongoing', 'not-stated'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** A provision's status on the day `asOf`. */
export function provisionStatus(time: TimeFrame, asOf: PartialDate): MeasureStatus {
  const today = isoDate(asOf);
  switch (time.kind) {
    case 'not-stated':
      return 'not-stated';
    case 'one-off': {
      const start = time.on ?? time.from;
      return start && startOfPeriod(start) > today ? 'not-yet' : 'done';
    }
    case 'ongoing':
      return time.from && startOfPeriod(time.from) > today ? 'not-yet' : 'ongoing';
    case 'period':
      if (time.from && startOfPeriod(time.from) > today) return 'not-yet';
      return endOfPeriod(time) < today ? 'lapsed' : 'in-force';
  }
}

/** The statuses of a measure's provisions, each once, in the order of MEASURE_STATUSES: what a filter matches. */
export function measureStatuses(card: MeasureCard, asOf: PartialDate): MeasureStatus[] {
  const found = new Set(card.provisions.map((provision) => provisionStatus(provision.time, asOf)));
  return MEASURE_STATUSES.filter((status) => found.has(status));
}
