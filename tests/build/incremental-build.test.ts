import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, builtSite } from '../support/build-site';
import { listedInLog as listed, renderedInLog as rendered, reusedInLog as reused, siteDifferences } from '../support/build-output';

// A site built, one bulletin's English title corrected, and the site built again with the same cache:
// what a publish does, in the same output folder, then once more with nothing changed. The rebuilds must reuse
// what did not change and equal a build from nothing.
const ROOT = join(import.meta.dirname, '..', '..');
const HUBEI = 'hubei-2020-05-sink-into-enterprises';
const CORRECTION = ['Carries Out the First Round', 'Conducts the First Round'] as const;
let dir = '';
let content = '';
let rebuild = { log: '', dist: '' };
/** The same again, nothing changed since the rebuild: what a warm build does. */
let unchanged = { log: '', dist: '' };
let fromNothing = { log: '', dist: '' };

function build(name: string, cache: string): { log: string; dist: string } {
  const dist = join(dir, name);
  // One day for all three builds, so the statuses agree whenever the test runs.
  return { log: builtSite(dist, { DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: join(dir, cache), DIGEST_AS_OF: '2026-12-01' }, `the ${name} build`), dist };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-incremental-'));
  content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  build('site', 'cache');
  const file = join(content, 'bulletins', HUBEI, 'en.md');
  const text = readFileSync(file, 'utf8');
  if (!text.includes(CORRECTION[0])) throw new Error(`${file} no longer has "${CORRECTION[0]}" in its title; pick another word to correct`);
  writeFileSync(file, text.replace(CORRECTION[0], CORRECTION[1]));
  rebuild = build('site', 'cache');
  unchanged = build('site', 'cache');
  fromNothing = build('from-nothing', 'empty-cache');
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a rebuild after one bulletin changes', () => {
  it('copies the other bulletins’ own pages, and the lists without the changed one, from the cache', () => {
    const copied = reused(rebuild.log);
    for (const id of ['dezhou-2020-08-construction-upgrading', 'shandong-2021-03-out-of-province-liaison']) {
      for (const page of ['compare/index.html', 'share.png', 'citation.json', 'citation.ris']) {
        expect(copied).toContain(`/en/bulletins/${id}/${page}`);
      }
    }
    expect(copied.some((path) => path.startsWith('/b/'))).toBe(true);
    // A list without Hubei's bulletin: the year 2021 has Shandong's alone.
    expect(copied).toContain('/en/years/2021/index.html');
    // Nor is it among Shandong's feed, the out-of-province topic's feed, or that topic's comparison.
    for (const path of ['/en/regions/shandong/feed.xml', '/en/topics/out-of-province/feed.xml', '/en/topics/out-of-province/compare/index.html']) {
      expect(copied).toContain(path);
    }
  });

  it('takes the first build’s files back into the output folder instead of copying them from the cache', () => {
    const handedBack = Number(/previous output: (\d+) files moved back for Astro to reuse in \d+ ms; 0 of them no longer made, removed/.exec(rebuild.log)?.[1]);
    expect(handedBack).toBeGreaterThan(100);
    expect(rebuild.log).not.toContain('(restored)');
    expect(reused(rebuild.log).length).toBeLessThan(handedBack);
  });

  it('checks no text for markup again: the correction is in a title, and every body was found clean by the first build', () => {
    expect(rebuild.log).toContain('markup check: 0 of 10 texts checked (0 clean); the other 10 were found clean by an earlier build');
    expect(fromNothing.log).toContain('markup check: 10 of 10 texts checked (10 clean); the other 0 were found clean by an earlier build');
  });

  it('indexes both languages for search again: the corrected English title is in the Chinese page’s search record too', () => {
    expect(rebuild.log).toMatch(/^search index: zh 5 pages in \d+ ms$/m);
    expect(rebuild.log).toMatch(/^search index: en 5 pages in \d+ ms$/m);
  });

  it('places both languages’ search bundles again, without indexing, when no page changed since', () => {
    for (const lang of ['zh', 'en']) {
      expect(unchanged.log).toMatch(new RegExp(`^search index: ${lang} 5 pages \\(the last build’s bundle: no page it indexes changed\\) in \\d+ ms$`, 'm'));
    }
  });

  it('renders the changed bulletin’s pages, and the pages that list it, anew', () => {
    const fresh = rendered(rebuild.log);
    for (const page of ['index.html', 'share.png', 'compare/index.html', 'citation.json']) expect(fresh).toContain(`/en/bulletins/${HUBEI}/${page}`);
    // Dezhou's page lists Hubei among its related bulletins, by its title.
    expect(readFileSync(join(rebuild.dist, 'en/bulletins/dezhou-2020-08-construction-upgrading/index.html'), 'utf8')).toContain(CORRECTION[1]);
    expect(fresh).toContain('/en/bulletins/dezhou-2020-08-construction-upgrading/index.html');
    expect(fresh).toContain('/en/years/2020/index.html');
    // Hubei's feed, and the financing topic's feed and comparison, name it by its title.
    for (const path of ['/en/regions/hubei/feed.xml', '/en/topics/financing/feed.xml', '/en/topics/financing/compare/index.html']) {
      expect(fresh).toContain(path);
    }
  });

  it('makes the same site, file for file, as a build from nothing', () => {
    expect(siteDifferences(rebuild.dist, fromNothing.dist)).toEqual([]);
    expect(reused(fromNothing.log)).toEqual([]);
    expect(listed(fromNothing.log).length).toBeGreaterThan(100);
  });

  // Last, as it removes the rebuild's site: the build fails in the folder of a finished site whose pages it could reuse.
  it('checks a body changed since, and fails when markup was added to it, naming its line and leaving no site', () => {
    const file = join(content, 'bulletins', HUBEI, 'en.md');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('After going down'));
    lines[at] += ' <script>alert(1)</script>';
    writeFileSync(file, lines.join('\n'));
    try {
      const result = buildSite(rebuild.dist, { DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: join(dir, 'cache'), DIGEST_AS_OF: '2026-12-01' });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toContain('markup check: 1 of 10 texts checked (0 clean); the other 9 were found clean by an earlier build');
      expect(`${result.stdout}\n${result.stderr}`).toContain(`${HUBEI}/en.md\n    line ${at + 1}: raw HTML (<script>) is not allowed in a bulletin's text`);
      expect(existsSync(join(rebuild.dist, 'en', 'index.html')), 'no English home page').toBe(false);
      expect(existsSync(join(rebuild.dist, 'en', 'bulletins')), 'no bulletin pages').toBe(false);
    } finally {
      writeFileSync(file, text);
    }
  });
});
