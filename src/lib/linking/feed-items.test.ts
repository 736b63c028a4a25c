import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../tests/support/bulletins';
import { feedItems, guidElement } from './feed-items';

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
