import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.mjs';
import { NEWEST_SHOWN, REGION_PREVIEW } from '../../src/lib/digest/browse';
import { FEED_ENTRIES } from '../../src/lib/linking/feed-items';
import { builtSite } from '../support/build-site';
import { attr, childElements, type Element, element, elements, hasClass, parseHtmlFile, textOf } from '../support/html';

// Pages that name a few bulletins and link the rest, so they stay small however many there are:
// the regions overview (a few per place), the 404 page (the newest) and the feeds (the newest entries). The five real bulletins
// fill neither, so this builds a corpus of 40 (the benchmark's generator: the real five and 35
// made from them, spread over the regions).
const SIZE = 40;
let dir = '';
let dist = '';
let ownByRegion = new Map<string, string[]>();
/** Each bulletin's date as written ("2020-05-27", or "2020-08"), by id. */
let dates = new Map<string, string>();
/** Every feed entry's guid in English (a bulletin's short link, or a correction's), with the day it came on this site. */
let entryDays = new Map<string, string>();

interface PlaceEntry {
  region: string;
  bulletins: string[];
  more: { text: string; href: string } | null;
}

/** Every place in the overview's tree: its own bulletins as listed, and its "more" link. */
function placesOn(path: string): PlaceEntry[] {
  const tree = element(parseHtmlFile(join(dist, path, 'index.html')), (n) => n.tagName === 'ul' && hasClass(n, 'region-tree'));
  if (!tree) throw new Error(`no region tree on ${path}`);
  const entries: PlaceEntry[] = [];
  const walk = (list: Element) => {
    for (const li of childElements(list, 'li')) {
      const name = childElements(li, 'a').find((a) => hasClass(a, 'region-tree__name'))!;
      const own = childElements(li, 'ul').find((u) => hasClass(u, 'region-tree__bulletins'));
      const items = own ? childElements(own, 'li') : [];
      const moreItem = items.find((i) => hasClass(i, 'region-tree__more'));
      const moreLink = moreItem && childElements(moreItem, 'a')[0];
      entries.push({
        region: attr(name, 'href')!.split('/')[3]!,
        bulletins: items.filter((i) => i !== moreItem).map((i) => attr(childElements(i, 'a')[0]!, 'href')!.split('/')[3]!),
        more: moreLink ? { text: textOf(moreLink).trim(), href: attr(moreLink, 'href')! } : null,
      });
      for (const sub of childElements(li, 'ul').filter((u) => hasClass(u, 'region-tree'))) walk(sub);
    }
  };
  walk(tree);
  return entries;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-regions-'));
  dist = join(dir, 'dist');
  const content = join(dir, 'content');
  generateCorpus(SIZE, content);
  ownByRegion = new Map();
  dates = new Map();
  entryDays = new Map();
  for (const id of readdirSync(join(content, 'bulletins'))) {
    const { region, date, permalink, history } = load(readFileSync(join(content, 'bulletins', id, 'facts.yaml'), 'utf8')) as {
      region: string;
      date: string;
      permalink: string;
      history: { date: string }[];
    };
    dates.set(id, String(date));
    const guid = `/b/${permalink}/en/`;
    entryDays.set(guid, String(history[0]!.date));
    for (const change of history.slice(1)) entryDays.set(`${guid}#update-${String(change.date)}`, String(change.date));
    ownByRegion.set(region, [...(ownByRegion.get(region) ?? []), id]);
  }
  builtSite(dist, { DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: join(dir, 'cache') });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the regions overview of a larger archive', () => {
  it(`names at most ${REGION_PREVIEW} of a place's own bulletins and says how many more there are, in both languages`, () => {
    const crowded = [...ownByRegion.values()].filter((ids) => ids.length > REGION_PREVIEW).length;
    expect(crowded, 'the corpus has places with more bulletins than the overview names').toBeGreaterThan(0);
    for (const lang of ['en', 'zh']) {
      const places = placesOn(`${lang}/regions`);
      expect(places.map((p) => p.region).sort()).toEqual([...ownByRegion.keys()].sort());
      for (const place of places) {
        const own = ownByRegion.get(place.region)!;
        expect(place.bulletins, place.region).toHaveLength(Math.min(own.length, REGION_PREVIEW));
        for (const id of place.bulletins) expect(own, `${place.region} lists its own bulletins`).toContain(id);
        const hidden = own.length - place.bulletins.length;
        if (hidden === 0) {
          expect(place.more, place.region).toBeNull();
        } else {
          expect(place.more?.href, place.region).toBe(`/${lang}/regions/${place.region}/`);
          expect(place.more?.text, place.region).toContain(String(hidden));
        }
      }
    }
  });
});

describe('the 404 page of a larger archive', () => {
  it(`lists the newest ${NEWEST_SHOWN} bulletins and links to all of them, in both languages`, () => {
    const page = parseHtmlFile(join(dist, '404.html'));
    const newestDate = [...dates.values()].sort().at(-1)!;
    for (const lang of ['en', 'zh']) {
      const listed = elements(page)
        .filter((e) => e.tagName === 'a' && new RegExp(`^/${lang}/bulletins/[^/]+/$`).test(attr(e, 'href') ?? ''))
        .map((a) => attr(a, 'href')!.split('/')[3]!);
      expect(listed).toHaveLength(NEWEST_SHOWN);
      // Newest first: the first is of the newest date, and none listed is older than one left out.
      expect(dates.get(listed[0]!)).toBe(newestDate);
      const oldestListed = listed.map((id) => dates.get(id)!).sort()[0]!;
      for (const [id, date] of dates) if (!listed.includes(id)) expect(date <= oldestListed, id).toBe(true);
      const all = elements(page).find((e) => e.tagName === 'a' && attr(e, 'href') === `/${lang}/years/`);
      expect(all && textOf(all)).toContain(String(SIZE));
    }
  });
});

describe('the feeds of a larger archive', () => {
  it(`carry the ${FEED_ENTRIES} entries that came on this site last, and no older one`, () => {
    expect(entryDays.size, 'the corpus has more entries than a feed carries').toBeGreaterThan(FEED_ENTRIES);
    const xml = readFileSync(join(dist, 'en', 'feed.xml'), 'utf8');
    const carried = [...xml.matchAll(/<guid isPermaLink="true">[^<]*?(\/b\/[^<]+)<\/guid>/g)].map((m) => m[1]!);
    expect(carried).toHaveLength(FEED_ENTRIES);
    for (const guid of carried) expect(entryDays.has(guid), guid).toBe(true);
    const oldestCarried = carried.map((guid) => entryDays.get(guid)!).sort()[0]!;
    for (const [guid, day] of entryDays) if (!carried.includes(guid)) expect(day <= oldestCarried, guid).toBe(true);
  });
});
