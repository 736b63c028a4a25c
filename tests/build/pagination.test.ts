import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { bulletinFolders, readFacts } from '../support/content-files';
import { attr, type Element, elements, parseHtmlFile, textOf } from '../support/html';
import { sitemapEntries } from '../support/sitemap';

// The five real bulletins built two to a page, so every kind of list has several pages:
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

/** The pages of the list whose first page is `base`: base, base/2/, … while they exist. */
function listPages(base: string): string[] {
  const pages = [base];
  while (fileFor(`${base}${pages.length + 1}/`)) pages.push(`${base}${pages.length + 1}/`);
  return pages;
}

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
  const result = buildSite(dist, { DIGEST_LIST_PAGE_SIZE: String(PER_PAGE), DIGEST_CACHE_DIR: join(dir, 'cache') });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lists of several pages', () => {
  it('splits each topic into pages that together list its bulletins once each, newest first', () => {
    expect(allTopics.length).toBeGreaterThan(5);
    for (const topic of allTopics) {
      const expected = newestFirst.filter((id) => topicsOf(id).has(topic));
      const pages = listPages(`/en/topics/${topic}/`);
      expect(pages, topic).toHaveLength(Math.ceil(expected.length / PER_PAGE));
      expect(pages.flatMap(cardIds), topic).toEqual(expected);
    }
  });

  it('lists every measure of every bulletin exactly once across the pages of the measures index', () => {
    const expected = [...facts].flatMap(([id, f]) => f.measures.map((m) => `${id}#${m.id}`)).sort();
    const pages = listPages('/zh/measures/');
    expect(pages).toHaveLength(Math.ceil(facts.size / PER_PAGE));
    // A measure with several topics is listed under each; across topics it must still be one measure.
    const listed = pages.flatMap((path) => [...new Set(pageElements(path).flatMap((e) => attr(e, 'data-measure') ?? []))]);
    expect(listed.sort()).toEqual(expected);
  });

  it('gives each page a pager: its position, the current page marked, previous and next where they exist', () => {
    const pages = listPages('/en/measures/');
    pages.forEach((path, i) => {
      // The pager's links: numbered (labelled "Page N") or previous / next; the site's own nav also links the index.
      const links = pageElements(path).filter((e) => e.tagName === 'a' && (attr(e, 'aria-label')?.startsWith('Page ') || attr(e, 'rel') !== undefined));
      const current = links.filter((e) => attr(e, 'aria-current') === 'page');
      expect(current.map((e) => attr(e, 'href')), path).toEqual([path]);
      expect(links.some((e) => attr(e, 'rel') === 'prev'), path).toBe(i > 0);
      expect(links.some((e) => attr(e, 'rel') === 'next'), path).toBe(i < pages.length - 1);
      for (const link of links) expect(fileFor(attr(link, 'href')!), `${path} → ${attr(link, 'href')}`).not.toBeNull();
      const position = pageElements(path).find((e) => attr(e, 'class') === 'pager__position');
      expect(position && textOf(position)).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('links each page to the same page in the other language, and names it in its title', () => {
    const head = pageElements('/zh/years/2020/2/');
    const english = head.find((e) => e.tagName === 'link' && attr(e, 'hreflang') === 'en');
    expect(english && attr(english, 'href')).toMatch(/\/en\/years\/2020\/2\/$/);
    const title = head.find((e) => e.tagName === 'title');
    expect(title && textOf(title)).toContain('第2页');
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
