import { z } from 'astro/zod';
import { REGION_IDS } from '../../vocabulary/regions';
import { TOPIC_IDS } from '../../vocabulary/topics';
import { UNIT_IDS } from '../../vocabulary/units';
import { LANGS } from '../../../i18n/locales';
import { oneOf, textError } from './messages';
import { KEBAB_CASE, MEASURE_ANCHOR, PERMALINK_CODE } from './ids';
import { measureCardSchema } from './measure-card';
import { partialDateSchema } from './partial-date';
import { compareDatesDescending } from '../../vocabulary/dates';

/** Text in both languages; an empty or missing side is a missing translation. */
export const bilingualSchema = z.object(
  {
    en: z.string({ error: textError('en', 'missing English text: add an `en:` line') }).trim().min(1, 'empty English text: write the English'),
    zh: z.string({ error: textError('zh', 'missing Chinese text: add a `zh:` line') }).trim().min(1, 'empty Chinese text: write the Chinese'),
  },
  { error: 'expected both languages: write it as `{ en: "…", zh: "…" }`' },
);

const kebabId = (what: string) =>
  z.string().regex(KEBAB_CASE, `${what} must be kebab-case (a-z, 0-9, hyphens), e.g. "output-value"`);

const topicSchema = z.enum(TOPIC_IDS, {
  error: (issue) => `unknown topic ${JSON.stringify(issue.input)}: use one of ${oneOf(TOPIC_IDS)}, or add it to src/lib/vocabulary/topics.ts`,
});

const topicsSchema = z.array(topicSchema).min(1, 'list at least one topic').max(5, 'list at most five topics, most important first');

const langSchema = z.enum(LANGS, { error: (issue) => `unknown language ${JSON.stringify(issue.input)}: use ${oneOf(LANGS)}` });

/** One numbered measure of a bulletin: its anchor in both texts and its topics. */
export const measureSchema = z.object({
  /** The anchor both texts give the measure's heading: `measure-1`, `measure-1-2`. */
  id: z.string().regex(MEASURE_ANCHOR, 'a measure id looks like "measure-1" or "measure-1-2"'),
  topics: topicsSchema,
  /** The measure at a glance: who acts, what they do, the figures it names and when it applies. */
  card: measureCardSchema,
});

/** A number a reader should see at a glance, stored once for both languages. */
export const keyFigureSchema = z.object({
  id: kebabId('a figure id'),
  /** In the unit's base: 19.2 billion yuan is 19200000000, 12 % is 12. */
  value: z.number({ error: 'the value must be a plain number, e.g. 19200000000 for 19.2 billion yuan' }),
  unit: z.enum(UNIT_IDS, {
    error: (issue) =>
      issue.input === undefined
        ? `missing unit: add \`unit:\` with one of ${oneOf(UNIT_IDS)}`
        : `unknown unit ${JSON.stringify(issue.input)}: use one of ${oneOf(UNIT_IDS)}, or add it to src/lib/vocabulary/units.ts`,
  }),
  /** "more-than" where the text gives a floor ("more than 1,000 people", 1000余人). */
  qualifier: z.enum(['more-than'], { error: 'qualifier can only be "more-than"' }).optional(),
  /** The measure this figure belongs to, if any. */
  measure: z.string().optional(),
  /**
   * Figures with the same chart id are drawn as bars on one scale (they must share
   * a unit); a percentage alone in its chart is drawn as a share of the whole.
   * Figures without a chart are shown as numbers.
   */
  chart: kebabId('a chart id').optional(),
  /** What the figure measures, without the number. */
  label: bilingualSchema,
});

/** A document the bulletin cites by its number. */
export const referenceSchema = z.object({
  number: z.string().min(1, 'a cited document needs its number, e.g. 鲁政办字〔2019〕53号'),
  /** The number as the English text writes it, e.g. Lu Zheng Ban Zi [2019] No. 53; the English citation gives both. */
  numberEn: z.string().min(1, 'an empty numberEn: write the number as the English text gives it, or leave numberEn out').optional(),
  title: bilingualSchema,
  issuer: bilingualSchema.optional(),
});

/** A web address the source can be read at: http(s) only, so no other scheme reaches a link. */
const sourceUrlSchema = z
  .string({ error: 'url must be text: the address the source was read at, e.g. "https://example.gov.cn/…"' })
  .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value) && URL.canParse(value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a web address: write the full http:// or https:// address the source was read at, or leave url out`,
  });

/** Where the text the site took was published. */
export const sourceSchema = z.strictObject(
  {
    publication: bilingualSchema,
    publishedOn: partialDateSchema.optional(),
    /** The language of the text the site took as its source. */
    language: langSchema,
    /** The address the source was read at, where it is recorded; never guessed. */
    url: sourceUrlSchema.optional(),
    /** When the source was read at that address. */
    retrievedOn: partialDateSchema.optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in source: it has publication, publishedOn, language, url and retrievedOn` : undefined) },
);

/** What kind of change a history entry records. */
/** The kinds of text a bulletin can be. */
export const TEXT_KINDS = ['news-report', 'notice'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export const CHANGE_KINDS = ['published', 'corrected', 'updated'] as const;

/** One dated entry of a bulletin's history, as GOV.UK's "Updates to this page" has them. */
export const changeNoteSchema = z.strictObject({
  /** The day the change went live on this site. */
  date: z
    .string({ error: 'a change note needs its date: add `date: "YYYY-MM-DD"`, the day the change went live' })
    .pipe(partialDateSchema)
    .refine((date) => date.day !== undefined, 'a change note is dated to the day: write "YYYY-MM-DD"'),
  kind: z.enum(CHANGE_KINDS, { error: `kind must be one of ${oneOf(CHANGE_KINDS)}: "published" for the first publication, "corrected" for a correction` }),
  /** What changed, in both languages, as a reader needs to know it. */
  note: bilingualSchema,
});

/**
 * The facts of a bulletin that both languages share, written once in
 * `content/bulletins/<id>/facts.yaml`.
 */
const permalinkCodeSchema = z
  .string({ error: 'missing permalink: add `permalink:` with the short code, e.g. hb-2020-05 (region code, year, month)' })
  .regex(PERMALINK_CODE, 'a permalink code is a region code, year and month, e.g. hb-2020-05, with -2, -3 … for a second bulletin that month');

export const bulletinFactsSchema = z.strictObject(
  {
    /**
     * The short link code, `/b/<code>/`. Written once and never changed: officials
     * keep these links. Region code, year, month: `hb-2020-05`.
     */
    permalink: permalinkCodeSchema,
    /** Codes this bulletin was published under before; they keep resolving to it. */
    formerPermalinks: z.array(permalinkCodeSchema).default([]),
    /**
     * What kind of text the bulletin is, as its publication presents it: a news report
     * (of a meeting, a campaign, results) or the authority's own notice. Named first in
     * the document header.
     */
    kind: z.enum(TEXT_KINDS, { error: `kind must be one of ${TEXT_KINDS.join(', ')}: add \`kind: news-report\` for a report in a news outlet, \`kind: notice\` for the authority's own notice` }),
    /** Date of the bulletin: "YYYY-MM-DD", or "YYYY-MM" when only the month is known. */
    date: partialDateSchema,
    /** True when no date is printed in the text and it was inferred from it. */
    dateInferred: z.boolean({ error: 'dateInferred must be true or false' }),
    /** How an inferred date was inferred; shown beside the date. */
    dateNote: bilingualSchema.optional(),
    /** Slug of the issuing region, from src/lib/vocabulary/regions.ts. */
    region: z.enum(REGION_IDS, {
      error: (issue) =>
        issue.input === undefined
          ? `missing region: add \`region:\` with one of ${oneOf(REGION_IDS)}`
          : `unknown region ${JSON.stringify(issue.input)}: use one of ${oneOf(REGION_IDS)}, or add it to src/lib/vocabulary/regions.ts`,
    }),
    /** The issuing authority, by its official name. */
    authority: bilingualSchema,
    /** True when the text does not name its issuer and the authority was inferred from it. */
    authorityInferred: z.boolean({ error: 'authorityInferred must be true or false' }).default(false),
    /** How an inferred authority was inferred, or how the text itself names it; shown beside it. */
    authorityNote: bilingualSchema.optional(),
    source: sourceSchema,
    /** The language the authority wrote in. */
    originalLanguage: langSchema,
    /** Topics of the whole bulletin, most important first. */
    topics: topicsSchema,
    /** Every measure anchor of the texts, in order. */
    measures: z.array(measureSchema).default([]),
    figures: z.array(keyFigureSchema).max(12, 'at most twelve key figures: keep the ones a reader needs at a glance').default([]),
    /** The bulletin's own document number, where printed. */
    documentNumber: z.string().min(1).optional(),
    references: z.array(referenceSchema).default([]),
    attachments: z.array(bilingualSchema).default([]),
    /** Dated notes of each change on this site, oldest first: the first publication, then each correction. */
    history: z
      .array(changeNoteSchema, { error: 'missing history: add `history:` with the first publication, e.g. `- { date: "2026-11-23", kind: published, note: { en: "First published.", zh: "首次发布。" } }`' })
      .min(1, 'the history starts with the first publication: add it'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}: check the spelling against src/lib/content/schema/facts.ts`
        : undefined,
  },
).superRefine((facts, ctx) => {
  if (facts.dateInferred && !facts.dateNote) {
    ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'an inferred date needs a dateNote saying how it was inferred, in both languages' });
  }
  if (facts.authorityInferred && !facts.authorityNote) {
    ctx.addIssue({ code: 'custom', path: ['authorityNote'], message: 'an inferred authority needs an authorityNote saying how it was inferred, in both languages' });
  }
  checkHistory(facts.history, ctx);
});

/** The history reads oldest first and starts with the first publication, so the last entry is the latest update. */
function checkHistory(history: z.output<typeof changeNoteSchema>[], ctx: z.RefinementCtx) {
  history.forEach((entry, index) => {
    if (index === 0 && entry.kind !== 'published') {
      ctx.addIssue({ code: 'custom', path: ['history', 0, 'kind'], message: 'the first history entry is the first publication: kind: published' });
    }
    if (index > 0 && entry.kind === 'published') {
      ctx.addIssue({ code: 'custom', path: ['history', index, 'kind'], message: 'only the first history entry is the publication: use kind: corrected or updated' });
    }
    const previous = history[index - 1];
    if (previous && compareDatesDescending(previous.date, entry.date) < 0) {
      ctx.addIssue({ code: 'custom', path: ['history', index, 'date'], message: 'history entries go oldest first: move this entry above the one before it, or correct its date' });
    }
  });
}

export type BulletinFacts = z.output<typeof bulletinFactsSchema>;
export type Measure = z.output<typeof measureSchema>;
export type KeyFigure = z.output<typeof keyFigureSchema>;
export type ChangeNote = z.output<typeof changeNoteSchema>;
