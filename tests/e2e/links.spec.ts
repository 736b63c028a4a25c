import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, elementsOf, fileFor, relativeToDist } from '../support/built-site';
import { attr, type Element } from '../support/html';
import { sitemapEntries } from '../support/sitemap';

// These read the built site from disk, as a link checker would; no browser needed.

const SITE = 'https://policy-digest.example.org';
const pages = builtPages();
const elements = new Map(pages.map(({ path, file }) => [path, elementsOf(file)]));

/** A link's target as a site path and fragment, or null when it leaves the site. */
function internal(href: string, from: string): { path: string; hash: string } | null {
  const url = new URL(href, `${SITE}${from}`);
  if (url.origin !== SITE) return null;
  return { path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) };
}

test('every internal link and anchor on every page leads somewhere', () => {
  expect(pages.length).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const [from, els] of elements) {
    for (const el of els) {
      const tag = el.tagName;
      const href = tag === 'a' || tag === 'link' ? attr(el, 'href') : tag === 'script' || tag === 'img' ? attr(el, 'src') : undefined;
      if (!href || href.startsWith('mailto:') || href.startsWith('tel:')) continue;
      const target = internal(href, from);
      if (!target) continue;
      const file = fileFor(target.path);
      if (!file) {
        broken.push(`${from}: ${tag} ${href} → no file`);
        continue;
      }
      if (target.hash && file.endsWith('.html')) {
        const ids = new Set((elements.get(target.path) ?? elementsOf(file)).map((e) => attr(e, 'id')).filter(Boolean));
        if (!ids.has(target.hash)) broken.push(`${from}: ${href} → no #${target.hash} in ${relativeToDist(file)}`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every hreflang alternate points back', () => {
  const problems: string[] = [];
  for (const [path, els] of elements) {
    // Feeds are alternates too (with a type); only the pages in other languages must point back.
    const isLanguageAlternate = (e: Element) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && !!attr(e, 'hreflang') && !attr(e, 'type');
    const alternates = els.filter((e) => isLanguageAlternate(e) && attr(e, 'hreflang') !== 'x-default');
    for (const alt of alternates) {
      const target = internal(attr(alt, 'href')!, path);
      if (!target) continue;
      const back = (elements.get(target.path) ?? []).filter(isLanguageAlternate);
      if (!back.some((e) => internal(attr(e, 'href')!, target.path)?.path === path)) problems.push(`${path} → ${target.path} (${attr(alt, 'hreflang')}) has no link back`);
    }
  }
  expect(problems).toEqual([]);
});

test('every published short link resolves to a bulletin in each language', () => {
  const list = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'published-permalinks.txt'), 'utf8');
  const published = list.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).map((l) => l.split(/\s+/) as [string, string]);
  expect(published.length).toBeGreaterThan(0);
  for (const [code, id] of published) {
    for (const suffix of ['', 'en/', 'zh/']) {
      const path = `/b/${code}/${suffix}`;
      const els = elements.get(path);
      expect(els, `${path} exists`).toBeDefined();
      const choices = els!.filter((e) => e.tagName === 'a' && !!attr(e, 'data-lang-choice')).map((e) => attr(e, 'href')!);
      expect(choices.length, `${path} offers where to go`).toBeGreaterThan(0);
      for (const href of choices) {
        expect(href, `${path} opens the bulletin it was published for`).toMatch(new RegExp(`^/(en|zh)/bulletins/${id}/$`));
        expect(fileFor(href), `${href} is built`).not.toBeNull();
      }
    }
  }
});

test('the sitemap lists every page a reader can reach, with its language alternates', () => {
  const entries = sitemapEntries(DIST);
  const locs = entries.map((entry) => new URL(entry.loc).pathname).sort();
  // Pages with a language of their own; short links, "/" and the 404 page are not listed.
  const expected = pages.map((p) => p.path).filter((p) => /^\/(en|zh)\//.test(p)).sort();
  expect(locs).toEqual(expected);
  for (const entry of entries) {
    const path = new URL(entry.loc).pathname.replace(/^\/(en|zh)\//, '/');
    expect(entry.alternates, `${entry.loc} has both languages`).toEqual([
      { hreflang: 'en', href: `${SITE}/en${path}` },
      { hreflang: 'zh-CN', href: `${SITE}/zh${path}` },
    ]);
  }
  expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
});
