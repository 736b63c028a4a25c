import { describe, expect, it } from 'vitest';
import { bulletinFolders, readFacts } from '../../../../tests/support/content-files';
import { parseFactsYaml } from '../facts-yaml';
import { bulletinFactsSchema } from './facts';

/** The messages of a failed parse, each prefixed with its field path. */
function problems(input: unknown): string[] {
  const result = bulletinFactsSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const valid = () => structuredClone(readFacts('hubei-2020-05-sink-into-enterprises')) as Record<string, any>;

describe('bulletinFactsSchema', () => {
  it.each(bulletinFolders())('accepts the real facts of %s', (folder) => {
    expect(problems(readFacts(folder))).toEqual([]);
  });

  it('reads an unquoted date as the day written, and an impossible one as not a date rather than as another day', () => {
    const { date } = parseFactsYaml('date: 2020-05-27\n', 'facts.yaml');
    expect(bulletinFactsSchema.parse({ ...valid(), date }).date).toEqual({ year: 2020, month: 5, day: 27 });
    const { date: impossible } = parseFactsYaml('date: 2020-04-31\n', 'facts.yaml');
    expect(problems({ ...valid(), date: impossible })).toEqual([
      'date: "2020-04-31" is not a date: write "YYYY-MM-DD", or "YYYY-MM" when only the month is known',
    ]);
  });

  it('rejects a date that does not exist, saying how to write one', () => {
    expect(problems({ ...valid(), date: '2020-02-30' })).toEqual([
      'date: "2020-02-30" is not a date: write "YYYY-MM-DD", or "YYYY-MM" when only the month is known',
    ]);
  });

  it('rejects a missing or malformed short link code, with an example', () => {
    const { permalink: _, ...facts } = valid();
    expect(problems(facts)).toEqual(['permalink: missing permalink: add `permalink:` with the short code, e.g. hb-2020-05 (region code, year, month)']);
    expect(problems({ ...valid(), formerPermalinks: ['HB/2020/05'] })).toEqual([
      'formerPermalinks.0: a permalink code is a region code, year and month, e.g. hb-2020-05, with -2, -3 … for a second bulletin that month',
    ]);
  });

  it('rejects a missing region, listing the regions', () => {
    const { region: _, ...facts } = valid();
    expect(problems(facts)).toEqual([expect.stringMatching(/^region: missing region: add `region:` with one of shandong, .* or deqing$/)]);
  });

  it('rejects an unknown topic, naming it and where topics are defined', () => {
    const facts = valid();
    facts.measures[1].topics = ['financing', 'finance'];
    expect(problems(facts)).toEqual([expect.stringMatching(/^measures\.1\.topics\.1: unknown topic "finance": use one of financing, .*, or add it to src\/lib\/vocabulary\/topics\.ts$/)]);
  });

  it('rejects a label without its Chinese translation', () => {
    const facts = valid();
    delete facts.figures[0].label.zh;
    expect(problems(facts)).toEqual(['figures.0.label.zh: missing Chinese text: add a `zh:` line']);
  });

  it('says a label of the wrong type is not text, rather than missing', () => {
    const facts = valid();
    facts.authority = { en: 'Department', zh: ['湖北省住房和城乡建设厅'] };
    expect(problems(facts)).toEqual(['authority.zh: zh must be text, not ["湖北省住房和城乡建设厅"]: put it in quotes']);
  });

  it('rejects a figure without a unit', () => {
    const facts = valid();
    delete facts.figures[2].unit;
    expect(problems(facts)).toEqual([expect.stringMatching(/^figures\.2\.unit: missing unit: add `unit:` with one of yuan, percent, /)]);
  });

  it('rejects a figure written as text instead of a number', () => {
    const facts = valid();
    facts.figures[0].value = '19.2亿';
    expect(problems(facts)).toEqual(['figures.0.value: the value must be a plain number, e.g. 19200000000 for 19.2 billion yuan']);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(problems({ ...valid(), topic: ['financing'] })).toEqual([expect.stringContaining('unknown field(s) topic')]);
  });

  it('requires a note on how an inferred date was inferred', () => {
    expect(problems({ ...valid(), dateInferred: true })).toEqual([
      'dateNote: an inferred date needs a dateNote saying how it was inferred, in both languages',
    ]);
  });

  it('rejects a measure id that is not a measure anchor', () => {
    const facts = valid();
    facts.measures[0].id = 'first-measure';
    expect(problems(facts)).toEqual(['measures.0.id: a measure id looks like "measure-1" or "measure-1-2"']);
  });

  it('rejects a change note without a date, saying how to date it', () => {
    const facts = valid();
    delete facts.history[0].date;
    expect(problems(facts)).toEqual(['history.0.date: a change note needs its date: add `date: "YYYY-MM-DD"`, the day the change went live']);
  });

  it('rejects a bulletin without a history, showing the first entry to write', () => {
    const { history: _, ...facts } = valid();
    expect(problems(facts)).toEqual([expect.stringMatching(/^history: missing history: add `history:` with the first publication/)]);
  });

  it('rejects a history out of date order or not starting with the publication', () => {
    const facts = valid();
    facts.history = [
      { date: '2026-12-02', kind: 'corrected', note: { en: 'Corrected.', zh: '更正。' } },
      { date: '2026-11-23', kind: 'published', note: { en: 'First published.', zh: '首次发布。' } },
    ];
    expect(problems(facts)).toEqual([
      'history.0.kind: the first history entry is the first publication: kind: published',
      'history.1.kind: only the first history entry is the publication: use kind: corrected or updated',
      'history.1.date: history entries go oldest first: move this entry above the one before it, or correct its date',
    ]);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/a', 'www.example.org/a', 'https://'])('rejects the source url %s, which is not an http(s) address', (url) => {
    const facts = valid();
    facts.source.url = url;
    expect(problems(facts)).toEqual([`source.url: ${JSON.stringify(url)} is not a web address: write the full http:// or https:// address the source was read at, or leave url out`]);
  });

  it('accepts a source url with the date it was read', () => {
    const facts = valid();
    facts.source.url = 'https://www.example.org/news/2020/05/27.html';
    facts.source.retrievedOn = '2026-11-20';
    expect(problems(facts)).toEqual([]);
  });

  it('requires a note on how an inferred authority was inferred', () => {
    expect(problems({ ...valid(), authorityInferred: true })).toEqual([
      'authorityNote: an inferred authority needs an authorityNote saying how it was inferred, in both languages',
    ]);
  });
});
