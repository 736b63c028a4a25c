import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/lib/vocabulary/regions';
import { builtSite } from '../support/build-site';
import { bulletinFolders, readFacts, titleOf } from '../support/content-files';
import { attr, type Element, elements, parseHtmlFile } from '../support/html';
import { sitemapEntries, sitemapFiles } from '../support/sitemap';

// The real site built once, at an address of its own so no URL can pass for absolute by chance,
// and read from disk. What each feed and the sitemap must list is worked out here from the
// content files and the region vocabulary, not from the site's own code.
const SITE = 'https://feeds.digest.test';
const LANGS = ['en', 'zh'] as const;
const HREFLANG = { en: 'en', zh: 'zh-CN' } as const;
let dir = '';
let dist = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-feeds-'));
  dist = join(dir, 'dist');
  builtSite(dist, { DIGEST_SITE: SITE, DIGEST_CACHE_DIR: join(dir, 'cache') });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Facts {
  permalink: string;
  region: string;
  topics: string[];
  measures: { topics: string[] }[];
  history: { date: string; kind: string }[];
}

const facts = new Map(bulletinFolders().map((id) => [id, readFacts(id) as Facts]));
const ids = [...facts.keys()];

/** A region and every region it lies in, read from each region's `parent` in the vocabulary. */
function withAncestors(region: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = region; at; at = (REGIONS as Record<string, { parent?: string }>)[at]?.parent) chain.push(at);
  return chain;
}

/** A topic's page and feed list the bulletins that name it, themselves or in one of their measures. */
const topicsOf = (id: string) => new Set([...facts.get(id)!.topics, ...facts.get(id)!.measures.flatMap((m) => m.topics)]);
const byTopic = new Map<string, string[]>();
const byRegion = new Map<string, string[]>();
for (const id of ids) {
  for (const topic of topicsOf(id)) byTopic.set(topic, [...(byTopic.get(topic) ?? []), id]);
  for (const region of withAncestors(facts.get(id)!.region)) byRegion.set(region, [...(byRegion.get(region) ?? []), id]);
}

/** The guids a feed of these bulletins must carry in a language: each bulletin's short link, and one per later entry of its history. */
function expectedGuids(bulletins: string[], lang: string): string[] {
  return bulletins
    .flatMap((id) => {
      const { permalink, history } = facts.get(id)!;
      const guid = `${SITE}/b/${permalink}/${lang}/`;
      return [guid, ...history.slice(1).map((entry) => `${guid}#update-${String(entry.date)}`)];
    })
    .sort();
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'item' || name === 'category' });

interface Channel {
  title: string;
  link: string;
  language: string;
  'atom:link': { '@href': string; '@rel': string };
  item?: { title: string; link: string; guid: { '#text': string; '@isPermaLink': string } }[];
}

/** A built feed, checked to be well-formed XML and read. */
function readFeed(path: string): Channel {
  const xml = readFileSync(join(dist, path), 'utf8');
  expect(() => SyntaxValidator.validate(xml), `${path} is well-formed XML`).not.toThrow();
  const parsed = parser.parse(xml) as { rss?: { '@version': string; channel: Channel } };
  expect(parsed.rss?.['@version'], `${path} is RSS 2.0`).toBe('2.0');
  return parsed.rss!.channel;
}

/** Every built file whose path (from dist/, with slashes) passes the test. */
const builtFiles = (test: (path: string) => boolean) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => `/${file.split(sep).join('/')}`)
    .filter(test)
    .sort();

/** Every page of the list whose first page is `base`. */
const listPages = (base: string) => builtFiles((path) => path.startsWith(base) && /^(\d+\/)?index\.html$/.test(path.slice(base.length))).map((p) => p.replace(/index\.html$/, ''));

const headOf = (path: string): Element[] => elements(elements(parseHtmlFile(join(dist, path, 'index.html')), (e) => e.tagName === 'head')[0]!);
const mainOf = (path: string): Element[] => elements(elements(parseHtmlFile(join(dist, path, 'index.html')), (e) => e.tagName === 'main')[0]!);

/** Each feed: the site's in each language, and each topic's and region's that has bulletins. */
const FEEDS = LANGS.flatMap((lang) => [
  { lang, kind: 'site', path: `/${lang}/feed.xml`, page: `/${lang}/`, bulletins: ids },
  ...[...byTopic].map(([topic, bulletins]) => ({ lang, kind: 'topic', path: `/${lang}/topics/${topic}/feed.xml`, page: `/${lang}/topics/${topic}/`, bulletins })),
  ...[...byRegion].map(([region, bulletins]) => ({ lang, kind: 'region', path: `/${lang}/regions/${region}/feed.xml`, page: `/${lang}/regions/${region}/`, bulletins })),
]);

describe('the feeds', () => {
  it('are one per language, and one per language for every topic and every region that has bulletins, and no more', () => {
    expect(byRegion.get('guangdong')?.length, 'a province’s feed takes in its counties').toBeGreaterThan(0);
    expect(builtFiles((path) => path.endsWith('/feed.xml'))).toEqual(FEEDS.map((feed) => feed.path).sort());
  });

  it.each(FEEDS.map((feed) => [feed.path, feed] as const))('%s lists exactly its bulletins and each of their corrections, under their short links', (path, feed) => {
    const channel = readFeed(path);
    const items = channel.item ?? [];
    expect(items.map((item) => item.guid['#text']).sort()).toEqual(expectedGuids(feed.bulletins, feed.lang));
    for (const item of items) {
      expect(item.guid['@isPermaLink']).toBe('true');
      const id = feed.bulletins.find((b) => item.guid['#text'].startsWith(`${SITE}/b/${facts.get(b)!.permalink}/`))!;
      const isUpdate = item.guid['#text'].includes('#update-');
      expect(item.link).toBe(`${SITE}/${feed.lang}/bulletins/${id}/${isUpdate ? '#updates' : ''}`);
      expect(item.title.endsWith(titleOf(id, feed.lang)), `${item.title} names its bulletin`).toBe(true);
    }
    expect(channel.link).toBe(`${SITE}${feed.page}`);
    expect(channel.language).toBe(HREFLANG[feed.lang]);
    expect(channel['atom:link']).toMatchObject({ '@href': `${SITE}${path}`, '@rel': 'self' });
  });

  it('are linked from the head of every page of their topic or region, by an absolute address and the feed’s own title, and from the page itself', () => {
    for (const feed of FEEDS.filter((f) => f.kind !== 'site')) {
      const { title } = readFeed(feed.path);
      const pages = listPages(feed.page);
      expect(pages.length, feed.page).toBeGreaterThan(0);
      for (const page of pages) {
        const alternates = headOf(page).filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === 'application/rss+xml');
        const own = alternates.filter((e) => attr(e, 'href') === `${SITE}${feed.path}`);
        expect(own.map((e) => [attr(e, 'title'), attr(e, 'hreflang')]), `${page} links its feed in its head`).toEqual([[title, HREFLANG[feed.lang]]]);
        // The site's feeds in both languages stay linked beside it.
        for (const lang of LANGS) expect(alternates.some((e) => attr(e, 'href') === `${SITE}/${lang}/feed.xml`), `${page} links the ${lang} feed`).toBe(true);
        const links = mainOf(page).filter((e) => e.tagName === 'a' && attr(e, 'href') === feed.path);
        expect(links.map((e) => attr(e, 'type')), `${page} shows a link to its feed`).toEqual(['application/rss+xml']);
      }
    }
  });

  it('name the topic or the place, in each language', () => {
    expect(readFeed('/en/topics/financing/feed.xml').title).toBe('Financing · Construction Policy Digest');
    expect(readFeed('/zh/topics/financing/feed.xml').title).toBe('建筑业政策摘编：融资支持');
    expect(readFeed('/en/regions/guangdong/feed.xml').title).toBe('Guangdong Province · Construction Policy Digest');
    expect(readFeed('/zh/regions/deqing/feed.xml').title).toBe('建筑业政策摘编：广东省肇庆市德庆县');
  });
});

describe('the sitemap', () => {
  /** Every built page with a language of its own, as a crawler asks for it: not "/", the short links or the 404 page. */
  const languagePages = () => builtFiles((path) => /^\/(en|zh)\/(.*\/)?index\.html$/.test(path)).map((path) => path.replace(/index\.html$/, ''));

  it('is found from robots.txt: the index it names lists sitemap files that are built', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`\nSitemap: ${SITE}/sitemap-index.xml\n`);
    const files = sitemapFiles(dist);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(join(dist, file)), file).toBe(true);
  });

  it('lists every page in each language once, and nothing else', () => {
    const listed = sitemapEntries(dist).map((entry) => entry.loc);
    expect(languagePages().length).toBeGreaterThan(40);
    expect([...listed].sort()).toEqual(languagePages().map((path) => `${SITE}${path}`).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('gives every page both language versions as hreflang alternates, itself among them', () => {
    for (const entry of sitemapEntries(dist)) {
      const rest = new URL(entry.loc).pathname.replace(/^\/(en|zh)\//, '/');
      expect(entry.alternates, entry.loc).toEqual([
        { hreflang: 'en', href: `${SITE}/en${rest}` },
        { hreflang: 'zh-CN', href: `${SITE}/zh${rest}` },
      ]);
    }
  });

  it('dates a bulletin’s pages by its latest history entry, and no other page', () => {
    const lastChange = new Map(ids.map((id) => [id, String(facts.get(id)!.history.at(-1)!.date)]));
    for (const entry of sitemapEntries(dist)) {
      const id = /^\/(?:en|zh)\/bulletins\/([^/]+)\/(?:compare\/)?$/.exec(new URL(entry.loc).pathname)?.[1];
      expect(entry.lastmod?.slice(0, 10), entry.loc).toBe(id === undefined ? undefined : lastChange.get(id));
    }
  });
});
