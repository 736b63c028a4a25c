import { z } from 'astro/zod';
import { DAY_MS, lastDayOf, type PartialDate, utcStart } from '../../vocabulary/dates';
import { oneOf } from './messages';
import { partialDateSchema } from './partial-date';

/** Text in both languages, one line long: a card's line is read at a glance. */
const lineSchema = (what: string, maxEn: number, maxZh: number) =>
  z.object(
    {
      en: z.string({ error: `missing English ${what}: add an \`en:\` line` }).trim().min(1, `empty English ${what}: write it`).max(maxEn, `the English ${what} is longer than ${maxEn} characters: keep it to one line`),
      zh: z.string({ error: `missing Chinese ${what}: add a \`zh:\` line` }).trim().min(1, `empty Chinese ${what}: write it`).max(maxZh, `the Chinese ${what} is longer than ${maxZh} characters: keep it to one line`),
    },
    { error: `expected the ${what} in both languages: write it as \`{ en: "…", zh: "…" }\`` },
  );

export const TIME_FRAME_KINDS = ['period', 'one-off', 'ongoing', 'not-stated'] as const;

/**
 * When a provision applies, as its text says:
 * - a period with a first day (`from`) and a last day (`through`), or a day it applies until (`until`, exclusive:
 *   "10月1日前", "until 1 October"); either end may be missing where the text gives only one;
 * - a one-off action the text reports, dated (`on`, or `from` and `through` for work reported over a span:
 *   "1—5月") where the text dates it;
 * - an ongoing arrangement without an end, from a day where the text gives one;
 * - or not stated, where the text gives no time frame: never a guess.
 */
const periodSchema = z
  .strictObject(
    {
      kind: z.literal('period'),
      from: partialDateSchema.optional(),
      through: partialDateSchema.optional(),
      until: partialDateSchema.optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in a period: it has from, through (the last day in force) or until (the day it ends, not included)` : undefined) },
  )
  .superRefine((period, ctx) => {
    if (period.through && period.until) ctx.addIssue({ code: 'custom', path: ['until'], message: 'a period has through (its last day) or until (the day it stops), not both: keep the one the text says' });
    if (!period.from && !period.through && !period.until) ctx.addIssue({ code: 'custom', path: ['from'], message: 'a period needs from, through or until: write the dates the text gives, or use `ongoing`, `one-off` or `not-stated`' });
    const end = period.through ?? period.until;
    if (period.from && end && endOfPeriod(period) < startOfPeriod(period.from)) {
      ctx.addIssue({ code: 'custom', path: [period.through ? 'through' : 'until'], message: 'the period ends before it starts: check from and the end date against the text' });
    }
  });

const oneOffSchema = z
  .strictObject(
    {
      kind: z.literal('one-off'),
      on: partialDateSchema.optional(),
      /** Work the text reports as done over a span ("1—5月"): its first and last month or day. */
      from: partialDateSchema.optional(),
      through: partialDateSchema.optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in a one-off: it has on (the day, where the text gives it), or from and through (the span it was done over)` : undefined) },
  )
  .superRefine((oneOff, ctx) => {
    if (oneOff.on && (oneOff.from || oneOff.through)) ctx.addIssue({ code: 'custom', path: ['on'], message: 'a one-off has on (one day) or from and through (a span), not both' });
    if (oneOff.from && oneOff.through && endOfPeriod(oneOff) < startOfPeriod(oneOff.from)) {
      ctx.addIssue({ code: 'custom', path: ['through'], message: 'the span ends before it starts: check from and through against the text' });
    }
  });
const ongoingSchema = z.strictObject(
  { kind: z.literal('ongoing'), from: partialDateSchema.optional() },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in an ongoing time frame: it has only from` : undefined) },
);
const notStatedSchema = z.strictObject({ kind: z.literal('not-stated') });

/** `time: ongoing` is short for `time: { kind: ongoing }`, and likewise for one-off and not-stated. */
export const timeFrameSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { kind: value } : value),
  z.discriminatedUnion('kind', [periodSchema, oneOffSchema, ongoingSchema, notStatedSchema], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown time frame: use one of ${oneOf(TIME_FRAME_KINDS)}, e.g. \`time: { kind: period, until: "2020-10-01" }\` or \`time: not-stated\``
        : undefined,
  }),
);

/** The first day a date stands for ("2020-11" starts on 1 November). */
export const startOfPeriod = (date: PartialDate): string => isoDay({ ...date, day: date.day ?? 1 });

/** The last day a period is in force: `through` itself (to the month's end for a month), or the day before `until`. */
export function endOfPeriod(period: { through?: PartialDate | undefined; until?: PartialDate | undefined }): string {
  if (period.through) return isoDay({ ...period.through, day: period.through.day ?? lastDayOf(period.through) });
  if (period.until) {
    const day = new Date(utcStart(period.until) - DAY_MS);
    return day.toISOString().slice(0, 10);
  }
  return '9999-12-31';
}

const isoDay = (date: Required<PartialDate>) => `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** One thing a measure provides for: who acts, what they do, the figures it names and when it applies. */
export const provisionSchema = z.strictObject(
  {
    /** The body or bodies that act, named as the text names them. */
    actors: z.array(lineSchema('actor', 120, 40), { error: 'missing actors: add `actors:` with the body or bodies that act, e.g. `- { en: "Huangshi", zh: "黄石市" }`' }).min(1, 'name at least one actor, as the text names it'),
    /** What they do, one line, without the actor. */
    action: lineSchema('action', 200, 80),
    /** Ids of this bulletin's key figures that the provision names. */
    figures: z.array(z.string().min(1)).default([]),
    time: timeFrameSchema,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in a provision: it has actors, action, figures and time` : undefined) },
);

/** A measure at a glance: its provisions, each with its own actors and time frame. */
export const measureCardSchema = z.strictObject(
  {
    provisions: z.array(provisionSchema, { error: 'a card lists its provisions: add `provisions:` with at least one' }).min(1, 'a card lists at least one provision'),
  },
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')} in a card: it has provisions`;
      if (issue.input === undefined) return 'missing card: add `card: { provisions: [...] }` saying who acts, what they do and when, as the text says';
      return undefined;
    },
  },
);

export type TimeFrame = z.output<typeof timeFrameSchema>;
export type Provision = z.output<typeof provisionSchema>;
export type MeasureCard = z.output<typeof measureCardSchema>;
