import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brotliAt } from '../../tests/support/brotli';
import { LITTLE_READ_LEVEL, MOST_READ_LEVEL } from './compression-levels';
import { finishSite } from './finish-site';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with a built site of one bulletin page per language in `dist/`, and room for a cache. */
function builtSite(): { dist: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'finish-site-'));
  dirs.push(dir);
  const dist = join(dir, 'dist');
  for (const [lang, words] of [['en', 'Financing for construction enterprises. '], ['zh', '建筑企业融资支持。']] as const) {
    mkdirSync(join(dist, lang, 'bulletins', 'x'), { recursive: true });
    const body = `<main data-pagefind-body><h1>${words}</h1><p>${words.repeat(80)}</p></main>`;
    writeFileSync(join(dist, lang, 'bulletins', 'x', 'index.html'), `<!doctype html><html lang="${lang}"><head><title>x</title></head><body>${body}</body></html>`);
  }
  return { dist, cache: join(dir, 'cache') };
}

describe('finishSite()', () => {
  it('writes one search bundle per language, then a compressed copy of the pages and of the search script', async () => {
    const { dist, cache } = builtSite();
    await finishSite(dist, cache);
    for (const lang of ['en', 'zh']) {
      expect(existsSync(join(dist, 'pagefind', lang, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(join(dist, 'pagefind', lang, 'pagefind.js.br'))).toBe(true);
      expect(existsSync(join(dist, lang, 'bulletins', 'x', 'index.html.gz'))).toBe(true);
    }
  });

  it('compresses the pages while the English index is made, once the Chinese one, the larger, is written', async () => {
    const { dist, cache } = builtSite();
    await finishSite(dist, cache);
    const written = (path: string) => statSync(join(dist, path)).mtimeMs;
    for (const lang of ['en', 'zh']) {
      expect(written(`${lang}/bulletins/x/index.html.br`)).toBeGreaterThan(written('pagefind/zh/pagefind-entry.json'));
      expect(written(`${lang}/bulletins/x/index.html.br`)).toBeLessThan(written('pagefind/en/pagefind-entry.json'));
    }
  });

  it('compresses a bulletin page at the level for the pages readers open most, and its side-by-side view at the quicker one', async () => {
    const { dist, cache } = builtSite();
    mkdirSync(join(dist, 'en', 'bulletins', 'x', 'compare'));
    writeFileSync(join(dist, 'en', 'bulletins', 'x', 'compare', 'index.html'), `<!doctype html><html lang="en"><title>x</title><p>${'Both texts side by side. 两种文字对照。'.repeat(200)}</p></html>`);
    await finishSite(dist, cache);
    const copyAt = (path: string, level: number) => brotliAt(readFileSync(join(dist, path)), level);
    expect(readFileSync(join(dist, 'en/bulletins/x/index.html.br'))).toEqual(copyAt('en/bulletins/x/index.html', MOST_READ_LEVEL));
    expect(readFileSync(join(dist, 'en/bulletins/x/compare/index.html.br'))).toEqual(copyAt('en/bulletins/x/compare/index.html', LITTLE_READ_LEVEL));
  });

  it('fails, and leaves no site behind, when the index cannot be made', async () => {
    const { dist, cache } = builtSite();
    rmSync(join(dist, 'zh'), { recursive: true });
    await expect(finishSite(dist, cache)).rejects.toThrow(/the search index step failed/);
    expect(existsSync(dist)).toBe(false);
  });

  it('fails, and leaves no site behind, when the compressed copies cannot be made', async () => {
    const { dist, cache } = builtSite();
    // A file where the copies' folder in the cache should be: they have nowhere to go.
    mkdirSync(cache);
    writeFileSync(join(cache, 'precompressed'), 'not a folder');
    await expect(finishSite(dist, cache)).rejects.toThrow(/compressing the site failed: .*\nThe pages in .* were removed/);
    expect(existsSync(dist)).toBe(false);
  });
});
