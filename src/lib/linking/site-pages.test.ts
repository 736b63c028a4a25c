import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../content/bulletin';
import type { BulletinFacts } from '../content/schema/facts';
import type { PartialDate } from '../vocabulary/dates';
import { localizedPages } from './site-pages';

interface Made {
  id: string;
  date: PartialDate;
  region: string;
  topics: string[];
  measureTopics?: string[][];
  /** The day of the bulletin's latest update on this site. */
  updatedOn?: PartialDate;
}

/** A bulletin with only the facts that decide which pages the site has. */
function bulletin({ id, date, region, topics, measureTopics = [], updatedOn = { year: 2026, month: 11, day: 23 } }: Made): Bulletin {
  const facts = {
    date,
    region,
    topics,
    measures: measureTopics.map((t, i) => ({ id: `measure-${i + 1}`, topics: t })),
    history: [{ date: { year: 2026, month: 11, day: 23 }, kind: 'published' }, ...(updatedOn.day === 23 ? [] : [{ date: updatedOn, kind: 'corrected' }])],
  };
  const text = { entryId: id, title: id, summary: '', measureTitles: {} };
  return { id, facts: facts as unknown as BulletinFacts, texts: { en: text, zh: { ...text } } };
}

// Newest first, as the site passes them: a county's bulletin corrected after its first publication here,
// and a province's known only to the month, never changed. Pricing is only a measure's topic.
const DEQING = bulletin({ id: 'deqing-2024-06-a', date: { year: 2024, month: 6, day: 18 }, region: 'deqing', topics: ['financing'], measureTopics: [['pricing']], updatedOn: { year: 2026, month: 12, day: 2 } });
const HUBEI = bulletin({ id: 'hubei-2020-05-b', date: { year: 2020, month: 5 }, region: 'hubei', topics: ['financing', 'approvals'] });

const englishPaths = (bulletins: Bulletin[]) => localizedPages(bulletins).map((page) => page.paths.en).sort();

describe('localizedPages()', () => {
  it('gives every page its path in both languages', () => {
    const pages = localizedPages([DEQING, HUBEI]);
    expect(pages.length).toBeGreaterThan(0);
    for (const { paths } of pages) {
      expect(Object.keys(paths).sort()).toEqual(['en', 'zh']);
      expect(paths.en).toMatch(/^\/en\//);
      expect(paths.zh).toBe(paths.en.replace(/^\/en\//, '/zh/'));
    }
  });

  it('lists the fixed pages, each region with bulletins and the places above it, each topic a bulletin or one of its measures has (compared across regions where a measure has it), each year, and each bulletin with its side-by-side page', () => {
    expect(englishPaths([DEQING, HUBEI])).toEqual(
      [
        '/en/',
        '/en/search/',
        '/en/about/',
        '/en/glossary/',
        '/en/measures/',
        '/en/regions/',
        '/en/regions/deqing/',
        '/en/regions/zhaoqing/',
        '/en/regions/guangdong/',
        '/en/regions/hubei/',
        '/en/topics/',
        '/en/topics/approvals/',
        '/en/topics/financing/',
        '/en/topics/pricing/',
        '/en/topics/pricing/compare/',
        '/en/years/',
        '/en/years/2020/',
        '/en/years/2024/',
        '/en/bulletins/deqing-2024-06-a/',
        '/en/bulletins/deqing-2024-06-a/compare/',
        '/en/bulletins/hubei-2020-05-b/',
        '/en/bulletins/hubei-2020-05-b/compare/',
      ].sort(),
    );
  });

  it('has the fixed pages even with no bulletins, and no page of a region, topic or year', () => {
    expect(englishPaths([])).toEqual(['/en/', '/en/about/', '/en/glossary/', '/en/measures/', '/en/regions/', '/en/search/', '/en/topics/', '/en/years/']);
  });

  it('dates a bulletin and its side-by-side page by their latest update on this site, and no other page', () => {
    const dated = localizedPages([DEQING, HUBEI]).filter((page) => page.lastModified !== undefined);
    expect(dated.map((page) => [page.paths.en, page.lastModified])).toEqual([
      ['/en/bulletins/deqing-2024-06-a/', '2026-12-02'],
      ['/en/bulletins/deqing-2024-06-a/compare/', '2026-12-02'],
      ['/en/bulletins/hubei-2020-05-b/', '2026-11-23'],
      ['/en/bulletins/hubei-2020-05-b/compare/', '2026-11-23'],
    ]);
  });

  it('archives a list of 75 bulletins or more on numbered pages from the oldest, the newest keeping the list\'s own path', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => bulletin({ id: `hubei-2020-05-${i}`, date: { year: 2020, month: 5 }, region: 'hubei', topics: ['financing'] }));
    const listPaths = (n: number) => englishPaths(list(n)).filter((path) => !path.includes('/bulletins/'));
    const single = ['/en/', '/en/search/', '/en/about/', '/en/glossary/', '/en/measures/', '/en/regions/', '/en/regions/hubei/', '/en/topics/', '/en/topics/financing/', '/en/years/', '/en/years/2020/'];
    // Up to 74 bulletins stay on the newest page: one and a half pages' worth less one.
    expect(listPaths(74)).toEqual([...single].sort());
    const archived = ['/en/measures/1/', '/en/regions/hubei/1/', '/en/topics/financing/1/', '/en/years/2020/1/'];
    expect(listPaths(75)).toEqual([...single, ...archived].sort());
    expect(listPaths(125)).toEqual([...single, ...archived, ...archived.map((path) => path.replace('/1/', '/2/'))].sort());
  });
});
