import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FeedItem, guidElement } from './feed-items';
import { type FeedChannel, rssXml } from './rss-feed';

/** Every element read as a list, attributes with an `@` prefix, and no text taken for a number. */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'item' || name === 'category' });

interface Parsed {
  rss: {
    '@version': string;
    '@xmlns:atom': string;
    channel: Record<string, unknown> & {
      title: string;
      link: string;
      'atom:link': Record<string, string>;
      item?: { title: string; link: string; description: string; pubDate: string; guid: { '#text': string; '@isPermaLink': string }; category: string[] }[];
    };
  };
}

async function parsed(channel: FeedChannel): Promise<Parsed['rss']['channel']> {
  const xml = await rssXml(channel);
  expect(SyntaxValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as Parsed).rss.channel;
}

const awkward: FeedItem = {
  title: `Fish & Chips <"quoted"> 'x'`,
  link: 'https://example.org/en/bulletins/fish-and-chips/',
  description: 'Fees < 5% & more',
  pubDate: new Date(Date.UTC(2020, 4, 27)),
  customData: guidElement('https://example.org/b/1/en/?a=1&b=2'),
  categories: ['Tax & fees', 'Hubei'],
};

const chinese: FeedItem = {
  title: '湖北省住建系统“下沉企业、助企纾困”活动',
  link: 'https://example.org/zh/bulletins/hubei-relief/',
  description: '省住建厅组织干部深入企业，帮助解决实际困难。',
  pubDate: new Date(Date.UTC(2021, 2, 8)),
  customData: guidElement('https://example.org/b/2/zh/'),
  categories: ['湖北省'],
};

const oldest: FeedItem = {
  title: '2019',
  link: 'https://example.org/en/bulletins/oldest/#updates',
  description: 'The first one.',
  pubDate: new Date(Date.UTC(2019, 11, 1)),
  customData: guidElement('https://example.org/b/3/en/#update-2019-12-01'),
  categories: [],
};

/** Newest in the middle, so neither the first nor the last item can pass for the newest. */
const channel: FeedChannel = {
  title: 'Financing · Construction Policy Digest',
  description: 'Bulletins in English on Financing, and each correction to them.',
  lang: 'en',
  pageUrl: 'https://example.org/en/topics/financing/',
  feedUrl: 'https://example.org/en/topics/financing/feed.xml',
  items: [awkward, chinese, oldest],
};

describe('rssXml()', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes RSS 2.0 with the channel’s title, page, language and the self link readers find it again by', async () => {
    const xml = await rssXml(channel);
    const root = (parser.parse(xml) as Parsed).rss;
    expect(root['@version']).toBe('2.0');
    expect(root['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(root.channel).toMatchObject({ title: channel.title, link: channel.pageUrl, description: channel.description, language: 'en' });
    expect(root.channel['atom:link']).toEqual({ '@href': channel.feedUrl, '@rel': 'self', '@type': 'application/rss+xml' });
  });

  it('writes the language as hreflang does (zh-CN)', async () => {
    expect((await parsed({ ...channel, lang: 'zh' })).language).toBe('zh-CN');
  });

  it('keeps each item’s short link as its guid, not its link, so a renamed bulletin is not seen twice', async () => {
    const items = (await parsed(channel)).item!;
    expect(items.map((item) => item.guid)).toEqual([
      { '#text': 'https://example.org/b/1/en/?a=1&b=2', '@isPermaLink': 'true' },
      { '#text': 'https://example.org/b/2/zh/', '@isPermaLink': 'true' },
      { '#text': 'https://example.org/b/3/en/#update-2019-12-01', '@isPermaLink': 'true' },
    ]);
    expect(items.map((item) => item.link)).toEqual([awkward.link, chinese.link, oldest.link]);
  });

  it('escapes XML’s special characters and gets them back when read, and keeps Chinese as UTF-8 characters', async () => {
    const xml = await rssXml(channel);
    const items = (await parsed(channel)).item!;
    expect(items[0]).toMatchObject({ title: awkward.title, description: awkward.description, category: ['Tax & fees', 'Hubei'] });
    expect(items[1]).toMatchObject({ title: chinese.title, description: chinese.description, category: ['湖北省'] });
    expect(xml).toContain('<title>湖北省住建系统“下沉企业、助企纾困”活动</title>');
    expect(xml).not.toMatch(/&#/);
  });

  it('escapes the self link as an attribute value', async () => {
    expect((await parsed({ ...channel, feedUrl: 'https://example.org/feed?lang=en&v="2"' }))['atom:link']['@href']).toBe('https://example.org/feed?lang=en&v="2"');
  });

  it('writes pubDate in RFC 822 form, in GMT, and keeps the items in the order given', async () => {
    expect((await parsed(channel)).item!.map((item) => item.pubDate)).toEqual(['Wed, 27 May 2020 00:00:00 GMT', 'Mon, 08 Mar 2021 00:00:00 GMT', 'Sun, 01 Dec 2019 00:00:00 GMT']);
  });

  it('takes lastBuildDate from the newest item, wherever it is in the list, and gives the same bytes whenever it is built', async () => {
    expect((await parsed(channel)).lastBuildDate).toBe('Mon, 08 Mar 2021 00:00:00 GMT');
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    const first = await rssXml(channel);
    vi.setSystemTime(new Date('2031-06-15T08:30:00Z'));
    expect(await rssXml(channel)).toBe(first);
  });

  it('leaves out lastBuildDate and items when there are none', async () => {
    const empty = await parsed({ ...channel, items: [] });
    expect(empty).not.toHaveProperty('lastBuildDate');
    expect(empty).not.toHaveProperty('item');
  });

  it('refuses an invalid date rather than printing "Invalid Date"', async () => {
    await expect(rssXml({ ...channel, items: [{ ...oldest, pubDate: new Date('not a date') }] })).rejects.toThrow();
  });
});
