import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../tests/support/bulletins';
import { FEED_ENTRIES, feedItems, guidElement } from './feed-items';

const HUBEI = 'hubei-2020-05-sink-into-enterprises';
const absolute = (path: string) => `https://digest.test${path}`;

/** Hubei with a correction after its first publication. */
function correctedHubei() {
  const bulletin = structuredClone(realBulletin(HUBEI));
  bulletin.facts.history = [
    { date: { year: 2026, month: 11, day: 23 }, kind: 'published', note: { en: 'First published.', zh: '首次发布。' } },
    { date: { year: 2026, month: 12, day: 2 }, kind: 'corrected', note: { en: 'Corrected the summary.', zh: '更正摘要。' } },
  ];
  return bulletin;
}

describe('guidElement()', () => {
  it('escapes the URL as element text', () => {
    expect(guidElement('https://digest.test/b/x/?a=1&b=<2>')).toBe('<guid isPermaLink="true">https://digest.test/b/x/?a=1&amp;b=&lt;2&gt;</guid>');
  });
});

describe('feedItems()', () => {
  it('announces a correction as an entry of its own, newest first, linked to the bulletin history', () => {
    const [update, original] = feedItems([correctedHubei()], 'en', absolute);
    expect(update).toMatchObject({
      title: `Correction: ${realBulletin(HUBEI).texts.en.title}`,
      link: `https://digest.test/en/bulletins/${HUBEI}/#updates`,
      description: 'Corrected the summary.',
      customData: '<guid isPermaLink="true">https://digest.test/b/hb-2020-05/en/#update-2026-12-02</guid>',
      pubDate: new Date(Date.UTC(2026, 11, 2)),
    });
    expect(original).toMatchObject({
      link: `https://digest.test/en/bulletins/${HUBEI}/`,
      description: realBulletin(HUBEI).texts.en.summary,
      customData: '<guid isPermaLink="true">https://digest.test/b/hb-2020-05/en/</guid>',
      pubDate: new Date(Date.UTC(2020, 4, 27)),
    });
  });

  it('writes the correction in the feed language, with Chinese punctuation', () => {
    const [update] = feedItems([correctedHubei()], 'zh', absolute);
    expect(update!.title).toBe(`更正：${realBulletin(HUBEI).texts.zh.title}`);
    expect(update!.description).toBe('更正摘要。');
  });

  it('gives a bulletin never changed since its publication one entry only', () => {
    const bulletin = structuredClone(realBulletin(HUBEI));
    bulletin.facts.history = bulletin.facts.history.slice(0, 1);
    expect(feedItems([bulletin], 'en', absolute)).toHaveLength(1);
  });
});

describe('feedItems() of a large archive', () => {
  /** Hubei's bulletin as another one, dated `date` and first published on this site on `published`. */
  function bulletinOf(n: number, date: { year: number; month: number; day: number }, published: { year: number; month: number; day: number }) {
    const bulletin = structuredClone(realBulletin(HUBEI));
    bulletin.id = `hubei-${n}`;
    bulletin.facts.permalink = `hb-${n}`;
    bulletin.facts.date = date;
    bulletin.facts.history = [{ date: published, kind: 'published', note: { en: 'First published.', zh: '首次发布。' } }];
    return bulletin;
  }
  const guids = (items: { customData: string }[]) => items.map((item) => /b\/(hb-\d+)\//.exec(item.customData)![1]);

  it(`carries the ${FEED_ENTRIES} entries that came on this site last, newest first by their own date`, () => {
    // Published on the site a day apart, November 1 to December 30, each dated that day two years before.
    const archive = Array.from({ length: 60 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 10, 1 + i));
      const on = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
      return bulletinOf(i, { ...on, year: on.year - 2 }, on);
    });
    const items = feedItems(archive, 'en', absolute);
    expect(items).toHaveLength(FEED_ENTRIES);
    expect(guids(items)).toEqual(Array.from({ length: FEED_ENTRIES }, (_, i) => `hb-${59 - i}`));
  });

  it('carries an old bulletin published on this site today, though more than a feed’s worth bear later dates', () => {
    const recent = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => bulletinOf(i, { year: 2024, month: 6, day: 1 }, { year: 2026, month: 11, day: 1 }));
    const archival = bulletinOf(999, { year: 2015, month: 3, day: 2 }, { year: 2026, month: 12, day: 5 });
    const items = feedItems([...recent, archival], 'zh', absolute);
    expect(items).toHaveLength(FEED_ENTRIES);
    // Listed by its own date, so last.
    expect(guids(items).at(-1)).toBe('hb-999');
  });
});
