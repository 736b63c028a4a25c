import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBulletin, generateCorpus } from '../../scripts/bench/generate-corpus.mjs';
import { renderedInLog, reusedInLog, siteDifferences } from '../support/build-output';
import { builtSite } from '../support/build-site';
import { bodyOf } from '../../src/lib/content/body-line';
import { RELATED_LIMIT } from '../../src/lib/digest/related';

// What an editor does: one new bulletin, the newest, added to a built archive of 40 (the benchmark's
// generator) and the site built again with the same cache. Lists are built two to a page, so each
// has many archived pages. The rebuild must render the newest page of each list the bulletin joins,
// copy the archived ones, and still equal a build from nothing.
const SIZE = 40;
const PER_PAGE = 2;
/** Archived pages whose pager may change when a list gains a page: the pager's reach above a page (2) and the gap beside it. */
const PAGER_REACH = 4;
let dir = '';
let content = '';
let first = { log: '', dist: '' };
let rebuild = { log: '', dist: '' };
let fromNothing = { log: '', dist: '' };
let added = '';

function build(name: string, cache: string): { log: string; dist: string } {
  const dist = join(dir, name);
  const env = { DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: join(dir, cache), DIGEST_AS_OF: '2026-12-01', DIGEST_LIST_PAGE_SIZE: String(PER_PAGE) };
  return { log: builtSite(dist, env, `the ${name} build`), dist };
}

/** A list page's address split into the list's own address and the archived page's number (null for the newest page). */
function listPage(path: string): { base: string; number: number | null } | null {
  const match = /^(\/(?:en|zh)\/(?:topics\/[^/]+|regions\/[^/]+|years\/\d+|measures)\/)(?:(\d+)\/)?index\.html$/.exec(path);
  return match ? { base: match[1]!, number: match[2] ? Number(match[2]) : null } : null;
}

/** The highest archived page of the list at `base` in a built site (0 when it has none). */
function archivedPages(dist: string, base: string): number {
  let count = 0;
  while (existsSync(join(dist, base, String(count + 1), 'index.html'))) count++;
  return count;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-publish-'));
  content = join(dir, 'content');
  generateCorpus(SIZE, content);
  first = build('first', 'cache');
  added = addBulletin(content, SIZE);
  rebuild = build('rebuild', 'cache');
  fromNothing = build('from-nothing', 'empty-cache');
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publishing one bulletin into a built archive', () => {
  it('copies the archived pages of the measures index from the cache, all but the few nearest the newest, and renders its newest page', () => {
    const archived = archivedPages(rebuild.dist, '/en/measures/');
    expect(archived).toBeGreaterThan(PAGER_REACH * 3);
    const reused = new Set(reusedInLog(rebuild.log));
    for (let n = 1; n < archived - PAGER_REACH; n++) {
      expect(reused.has(`/en/measures/${n}/index.html`), `/en/measures/${n}/`).toBe(true);
      expect(reused.has(`/zh/measures/${n}/index.html`), `/zh/measures/${n}/`).toBe(true);
    }
    expect(renderedInLog(rebuild.log)).toContain('/en/measures/index.html');
  });

  it('renders, of a list’s archived pages, only the near-newest ones whose pager gains a page', () => {
    const lists = renderedInLog(rebuild.log).flatMap((path) => listPage(path) ?? []);
    const gained = [...new Set(lists.map((page) => page.base))].filter((base) => archivedPages(rebuild.dist, base) > archivedPages(first.dist, base));
    // The corpus is made so that the new bulletin gives some list a new archived page.
    expect(gained.length).toBeGreaterThan(0);
    for (const { base, number } of lists) {
      if (number === null) continue;
      expect(gained, `${base}${number}/ was rendered though its list gained no page`).toContain(base);
      expect(number, `${base}${number}/`).toBeGreaterThanOrEqual(archivedPages(rebuild.dist, base) - PAGER_REACH);
    }
  });

  it('renders anew, of the older bulletins’ pages, only the few that now list the new one among their related', () => {
    const older = renderedInLog(rebuild.log).filter((path) => /^\/(en|zh)\/bulletins\/[^/]+\/index\.html$/.test(path) && !path.includes(`/${added}/`));
    // Related bulletins are chosen by nearness in date among equals: the newest bulletin is near only the newest few.
    expect(older.length).toBeLessThanOrEqual(2 * RELATED_LIMIT);
    for (const path of older) {
      const lang = path.split('/')[1]!;
      expect(readFileSync(join(rebuild.dist, path), 'utf8'), path).toContain(`class="related__title" href="/${lang}/bulletins/${added}/"`);
    }
  });

  it('keeps only each text’s front matter in Astro’s content store: its Markdown is read from the file, its HTML from the build’s cache', () => {
    // A publish makes Astro load its store as one module; the smaller it is, the quicker (content.config.ts).
    const store = readFileSync(join(dir, 'cache', 'data-store.json'), 'utf8');
    // A string as Astro writes it in its store (with devalue, which escapes every `<`).
    const asStored = (text: string) => JSON.stringify(text).replaceAll('<', '\\u003C');
    for (const lang of ['en', 'zh']) {
      const source = readFileSync(join(content, 'bulletins', added, `${lang}.md`), 'utf8');
      const { title } = parseFrontmatter(source).frontmatter as { title: string };
      const { html } = JSON.parse(readFileSync(join(dir, 'cache', 'rendered-texts', added, `${lang}.json`), 'utf8')) as { html: string };
      expect(store, `${added}/${lang}.md`).toContain(asStored(title));
      expect(store, `${added}/${lang}.md`).not.toContain(asStored(bodyOf(source)));
      expect(html, `${added}/${lang}.md`).toMatch(/<p>/);
      expect(store, `${added}/${lang}.md`).not.toContain(asStored(html));
    }
    expect(store, 'no text rendered in the store').not.toContain('"rendered":');
    expect(store, 'no text’s HTML').not.toMatch(/\\u003C(p|h[2-6])[ >]/);
  });

  it('makes the same site, file for file, as a build from nothing', () => {
    expect(siteDifferences(rebuild.dist, fromNothing.dist)).toEqual([]);
  });
});
