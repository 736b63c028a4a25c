import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Feed, type FeedItem, rssXml } from './feeds';

/**
 * Node has no XML parser and none is installed, so this checks the subset of XML that rssXml() writes, strictly:
 * the declaration, one root element, balanced tags, double-quoted attributes, and no `&`, `<` or `>` outside
 * markup except as one of the five named entities or a character reference.
 */
function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  const declaration = '<?xml version="1.0" encoding="utf-8"?>\n';
  if (!xml.startsWith(declaration)) problems.push('no XML declaration on the first line');
  const checkText = (text: string, where: string) => {
    if (/[&<>]/.test(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g, ''))) problems.push(`unescaped character in ${where}: ${text}`);
  };
  const stack: string[] = [];
  let roots = 0;
  const tokens = xml.slice(declaration.length).split(/(<[^<>]*>)/);
  tokens.forEach((token, index) => {
    if (index % 2 === 0) {
      checkText(token, 'text');
      if (stack.length === 0 && token.trim() !== '') problems.push(`text outside the root element: ${token}`);
      return;
    }
    const tag = /^<(\/)?([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"]*")*)\s*(\/)?>$/.exec(token);
    if (!tag) return void problems.push(`malformed tag: ${token}`);
    const [, closing, name = '', attributes = '', selfClosing] = tag;
    if (closing) {
      if (attributes || selfClosing) problems.push(`malformed end tag: ${token}`);
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      return;
    }
    if (stack.length === 0) roots += 1;
    const names = new Set<string>();
    for (const [, attribute = '', value = ''] of attributes.matchAll(/([\w.:-]+)="([^"]*)"/g)) {
      if (names.has(attribute)) problems.push(`attribute ${attribute} repeated in ${token}`);
      names.add(attribute);
      checkText(value, `attribute ${attribute}`);
    }
    if (!selfClosing) stack.push(name);
  });
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');

/** The unescaped text of every `<name>` element, in document order. */
function textsOf(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((match) => unescape(match[1] ?? ''));
}

const awkward: FeedItem = {
  title: `Fish & Chips <"quoted"> 'x'`,
  url: 'https://example.org/en/bulletins/fish-and-chips/',
  summary: 'Fees < 5% & more',
  published: new Date(Date.UTC(2020, 4, 27)),
  guid: 'https://example.org/b/1',
  categories: ['Tax & fees', 'Hubei'],
};

const chinese: FeedItem = {
  title: '湖北省住建系统“下沉企业、助企纾困”活动',
  url: 'https://example.org/zh/bulletins/hubei-relief/',
  summary: '省住建厅组织干部深入企业，帮助解决实际困难。',
  published: new Date(Date.UTC(2021, 2, 8)),
  guid: 'https://example.org/b/2',
  categories: ['湖北省'],
};

const oldest: FeedItem = {
  title: 'Oldest',
  url: 'https://example.org/en/bulletins/oldest/',
  summary: 'The first one.',
  published: new Date(Date.UTC(2019, 11, 1)),
  guid: 'https://example.org/b/3',
  categories: [],
};

/** Newest in the middle, so neither the first nor the last item can pass for the newest. */
const feed: Feed = {
  title: 'Construction Policy Digest',
  description: 'Regional construction-industry policy bulletins, in English.',
  siteUrl: 'https://example.org/en/',
  feedUrl: 'https://example.org/en/feed.xml',
  language: 'en',
  items: [awkward, chinese, oldest],
};

describe('wellFormednessProblems() (the test helper)', () => {
  it('rejects broken documents, so passing it means something', () => {
    const head = '<?xml version="1.0" encoding="utf-8"?>\n';
    expect(wellFormednessProblems(`${head}<a>ok &amp; fine</a>\n`)).toEqual([]);
    expect(wellFormednessProblems(`${head}<a>Fish & Chips</a>`)).not.toEqual([]);
    expect(wellFormednessProblems(`${head}<a><b></a></b>`)).not.toEqual([]);
    expect(wellFormednessProblems(`${head}<a title="x>y"/>`)).not.toEqual([]);
    expect(wellFormednessProblems(`${head}<a title="x"y"/>`)).not.toEqual([]);
    expect(wellFormednessProblems(`${head}<a/><b/>`)).not.toEqual([]);
    expect(wellFormednessProblems('<a/>')).not.toEqual([]);
  });
});

describe('rssXml()', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a well-formed document', () => {
    expect(wellFormednessProblems(rssXml(feed))).toEqual([]);
  });

  it('starts with the UTF-8 declaration and an RSS 2.0 root that declares the Atom namespace', () => {
    expect(rssXml(feed).split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      '  <channel>',
    ]);
  });

  it('describes the channel and links to itself', () => {
    const xml = rssXml(feed);
    expect(xml).toContain(
      [
        '    <title>Construction Policy Digest</title>',
        '    <link>https://example.org/en/</link>',
        '    <description>Regional construction-industry policy bulletins, in English.</description>',
        '    <language>en</language>',
        '    <atom:link href="https://example.org/en/feed.xml" rel="self" type="application/rss+xml"/>',
      ].join('\n'),
    );
    expect(rssXml({ ...feed, language: 'zh-CN' })).toContain('<language>zh-CN</language>');
  });

  it('writes an item with its link, summary, short link as permalink guid, date and categories', () => {
    expect(rssXml(feed)).toContain(
      [
        '    <item>',
        '      <title>Oldest</title>',
        '      <link>https://example.org/en/bulletins/oldest/</link>',
        '      <description>The first one.</description>',
        '      <guid isPermaLink="true">https://example.org/b/3</guid>',
        '      <pubDate>Sun, 01 Dec 2019 00:00:00 GMT</pubDate>',
        '    </item>',
      ].join('\n'),
    );
  });

  it('escapes the five XML special characters in text and gets them back when read', () => {
    const xml = rssXml(feed);
    expect(xml).toContain('<title>Fish &amp; Chips &lt;&quot;quoted&quot;&gt; &apos;x&apos;</title>');
    expect(xml).toContain('<description>Fees &lt; 5% &amp; more</description>');
    expect(textsOf(xml, 'title')).toContain(`Fish & Chips <"quoted"> 'x'`);
    expect(textsOf(xml, 'category')).toContain('Tax & fees');
  });

  it('escapes attribute values', () => {
    const xml = rssXml({ ...feed, feedUrl: 'https://example.org/feed?lang=en&v="2"' });
    expect(xml).toContain('<atom:link href="https://example.org/feed?lang=en&amp;v=&quot;2&quot;" rel="self" type="application/rss+xml"/>');
    expect(wellFormednessProblems(xml)).toEqual([]);
  });

  it('keeps Chinese text as UTF-8 characters, not character references', () => {
    const xml = rssXml(feed);
    expect(xml).toContain('<title>湖北省住建系统“下沉企业、助企纾困”活动</title>');
    expect(xml).toContain('<category>湖北省</category>');
    expect(xml).not.toMatch(/&#/);
  });

  it('drops control characters that XML 1.0 cannot carry, and keeps tabs and line breaks', () => {
    const xml = rssXml({ ...feed, items: [{ ...oldest, title: 'Bell\u0007 and\tTab', summary: 'line\nbreak' }] });
    expect(textsOf(xml, 'title')).toContain('Bell and\tTab');
    expect(xml).toContain('<description>line\nbreak</description>');
  });

  it('writes pubDate in RFC 822 form, in GMT', () => {
    expect(textsOf(rssXml(feed), 'pubDate')[0]).toBe('Wed, 27 May 2020 00:00:00 GMT');
  });

  it('takes lastBuildDate from the newest item, wherever it is in the list', () => {
    expect(textsOf(rssXml(feed), 'lastBuildDate')).toEqual(['Mon, 08 Mar 2021 00:00:00 GMT']);
  });

  it('gives the same output whenever it is built', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    const first = rssXml(feed);
    vi.setSystemTime(new Date('2031-06-15T08:30:00Z'));
    expect(rssXml(feed)).toBe(first);
  });

  it('keeps the items in the order given', () => {
    expect(textsOf(rssXml(feed), 'title')).toEqual([
      'Construction Policy Digest',
      `Fish & Chips <"quoted"> 'x'`,
      '湖北省住建系统“下沉企业、助企纾困”活动',
      'Oldest',
    ]);
    expect([...rssXml(feed).matchAll(/<guid isPermaLink="true">([^<]*)<\/guid>/g)].map((match) => match[1])).toEqual([
      'https://example.org/b/1',
      'https://example.org/b/2',
      'https://example.org/b/3',
    ]);
  });

  it('writes one category element per category, in order', () => {
    expect(textsOf(rssXml(feed), 'category')).toEqual(['Tax & fees', 'Hubei', '湖北省']);
  });

  it('leaves out lastBuildDate when there are no items', () => {
    const xml = rssXml({ ...feed, items: [] });
    expect(xml).not.toContain('lastBuildDate');
    expect(xml).not.toContain('<item>');
    expect(wellFormednessProblems(xml)).toEqual([]);
  });

  it('refuses an invalid date rather than printing "Invalid Date"', () => {
    expect(() => rssXml({ ...feed, items: [{ ...oldest, published: new Date('not a date') }] })).toThrow(RangeError);
  });
});
