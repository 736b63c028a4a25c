import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/build-site';
import { bulletinFolders, readFacts } from '../support/content-files';
import { attr, type Element, elements, parseHtmlFile, textOf } from '../support/html';
import { sitemapEntries } from '../support/sitemap';

// The five real bulletins built two to a page, so the longer lists have an archived page:
// what a site of thousands of bulletins does at 50 a page. Expected contents come from the content files.
const PER_PAGE = 2;
let dir = '';
let dist = '';

/** The elements of a built page, in document order. */
const pageElements = (path: string): Element[] => elements(parseHtmlFile(fileFor(path) ?? ''));

function fileFor(path: string): string | null {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? file : null;
}

/** The pages of the list whose newest page is `base`, as the list reads: base, then its archived pages from the newest, base/N/ … base/1/. */
function listPages(base: string): string[] {
  const archived: string[] = [];
  while (fileFor(`${base}${archived.length + 1}/`)) archived.push(`${base}${archived.length + 1}/`);
  return [base, ...archived.reverse()];
}

/** How many pages a list of `n` has: full archived pages from the oldest, and the newest holding half a page to one and a half. */
const pagesFor = (n: number) => 1 + Math.max(0, Math.floor((n - PER_PAGE / 2) / PER_PAGE));

/** The bulletin ids a list page shows as cards, in order: the links to a bulletin itself, not to a measure in it. */
const cardIds = (path: string) =>
  pageElements(path)
    .filter((e) => e.tagName === 'a' && /^\/en\/bulletins\/[^/#]+\/$/.test(attr(e, 'href') ?? ''))
    .map((e) => attr(e, 'href')!.split('/')[3]!);

interface Facts {
  date: string;
  topics: string[];
  measures: { id: string; topics: string[] }[];
}

const facts = new Map(bulletinFolders().map((id) => [id, readFacts(id) as Facts]));
// ISO dates ("2020-05-27", or "2020-08" when only the month is known) sort as text; the id breaks a tie.
const newestFirst = [...facts.keys()].sort((a, b) => String(facts.get(b)!.date).localeCompare(String(facts.get(a)!.date)) || a.localeCompare(b));
/** A bulletin is listed under its own topics and under each of its measures'. */
const topicsOf = (id: string) => new Set([...facts.get(id)!.topics, ...facts.get(id)!.measures.flatMap((m) => m.topics)]);
const allTopics = [...new Set(newestFirst.flatMap((id) => [...topicsOf(id)]))].sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-pages-'));
  dist = join(dir, 'dist');
  builtSite(dist, { DIGEST_LIST_PAGE_SIZE: String(PER_PAGE), DIGEST_CACHE_DIR: join(dir, 'cache') });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lists of several pages', () => {
  it('splits each topic into pages that together list its bulletins once each, newest first, the oldest archived on full pages', () => {
    expect(allTopics.length).toBeGreaterThan(5);
    expect(allTopics.some((topic) => listPages(`/en/topics/${topic}/`).length > 1)).toBe(true);
    for (const topic of allTopics) {
      const expected = newestFirst.filter((id) => topicsOf(id).has(topic));
      const pages = listPages(`/en/topics/${topic}/`);
      expect(pages, topic).toHaveLength(pagesFor(expected.length));
      expect(pages.flatMap(cardIds), topic).toEqual(expected);
      for (const archived of pages.slice(1)) expect(cardIds(archived), archived).toHaveLength(PER_PAGE);
      // Page 1 holds the oldest.
      if (pages.length > 1) expect(cardIds(pages.at(-1)!), topic).toEqual(expected.slice(-PER_PAGE));
    }
  });

  it('lists every measure of every bulletin exactly once across the pages of the measures index', () => {
    const expected = [...facts].flatMap(([id, f]) => f.measures.map((m) => `${id}#${m.id}`)).sort();
    const pages = listPages('/zh/measures/');
    expect(pages).toHaveLength(pagesFor(facts.size));
    // A measure with several topics is listed under each; across topics it must still be one measure.
    const listed = pages.flatMap((path) => [...new Set(pageElements(path).flatMap((e) => attr(e, 'data-measure') ?? []))]);
    expect(listed.sort()).toEqual(expected);
  });

  it('gives each page a pager: where it stands, the current page marked, newer and older where they exist', () => {
    const pages = listPages('/en/measures/');
    // Five bulletins: the newest on the list's own page, then two to a page from the oldest.
    expect(pages).toEqual(['/en/measures/', '/en/measures/2/', '/en/measures/1/']);
    pages.forEach((path, i) => {
      // The pager's links: "Newest", numbered (labelled "Page N"), or newer / older; the site's own nav also links the index.
      const links = pageElements(path).filter(
        (e) => e.tagName === 'a' && (attr(e, 'aria-label')?.startsWith('Page ') || attr(e, 'rel') !== undefined || textOf(e).trim() === 'Newest'),
      );
      const current = links.filter((e) => attr(e, 'aria-current') === 'page');
      expect(current.map((e) => attr(e, 'href')), path).toEqual([path]);
      expect(links.some((e) => attr(e, 'rel') === 'prev'), path).toBe(i > 0);
      expect(links.some((e) => attr(e, 'rel') === 'next'), path).toBe(i < pages.length - 1);
      for (const link of links) expect(fileFor(attr(link, 'href')!), `${path} → ${attr(link, 'href')}`).not.toBeNull();
    });
    const position = (path: string) => textOf(pageElements(path).find((e) => attr(e, 'class') === 'pager__position')!);
    expect(position('/en/measures/')).toContain('The newest 1 of 5 bulletins');
    expect(position('/en/measures/2/')).toBe('Page 2: bulletins 3–4, counted from the oldest');
    expect(position('/en/measures/1/')).toBe(`Page 1: bulletins 1–${PER_PAGE}, counted from the oldest`);
    expect(position('/zh/measures/1/')).toBe(`第1页：第1至${PER_PAGE}篇（自最早的文章起算）`);
  });

  it('leaves the whole list’s counts to its newest page, so that an archived page stays the same as the list grows', () => {
    const heading = (path: string) => textOf(pageElements(path).find((e) => e.tagName === 'h1')!).replace(/\s+/g, ' ');
    expect(heading('/en/measures/')).toContain(`${[...facts.values()].flatMap((f) => f.measures).length} measures`);
    const oldest = newestFirst.slice(-PER_PAGE).flatMap((id) => facts.get(id)!.measures);
    expect(heading('/en/measures/1/')).toContain(`${oldest.length} measures`);
    const description = (path: string) => attr(pageElements(path).find((e) => e.tagName === 'meta' && attr(e, 'name') === 'description')!, 'content');
    expect(description('/en/regions/shandong/')).toBe(`Bulletins from Shandong Province: ${newestFirst.filter((id) => /^(shandong|dezhou)-/.test(id)).length} bulletins`);
  });

  it('names a year’s list by the year as it is written, not as a count', () => {
    const year = String(facts.get(newestFirst[0]!)!.date).slice(0, 4);
    const heading = textOf(pageElements(`/en/years/${year}/`).find((e) => e.tagName === 'h1')!).replace(/\s+/g, ' ');
    expect(heading).toContain(`Bulletins from ${year}`);
  });

  it('links each page to the same page in the other language, and names it in its title', () => {
    const head = pageElements('/zh/measures/1/');
    const english = head.find((e) => e.tagName === 'link' && attr(e, 'hreflang') === 'en');
    expect(english && attr(english, 'href')).toMatch(/\/en\/measures\/1\/$/);
    const title = head.find((e) => e.tagName === 'title');
    expect(title && textOf(title)).toContain('第1页');
  });

  it('puts every page of every list in the sitemap', () => {
    const listed = new Set(sitemapEntries(dist).map((entry) => new URL(entry.loc).pathname));
    const built = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && /^(en|zh)[\\/](topics|years|regions|measures)\b/.test(f))
      .map((f) => `/${f.split(sep).join('/')}`.replace(/index\.html$/, ''));
    expect(built.filter((p) => /\/\d+\/$/.test(p) && !/\/years\/\d+\/$/.test(p)).length).toBeGreaterThan(0);
    for (const path of built) expect(listed.has(path), path).toBe(true);
  });

  it('is valid HTML on every page of a list', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const base of ['/en/measures/', '/zh/topics/financing/', '/en/regions/shandong/']) {
      for (const path of listPages(base)) {
        const report = await validator.validateFile(fileFor(path)!);
        for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
