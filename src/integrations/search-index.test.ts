import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { searchIndex } from './search-index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the integration's build-done hook as Astro would, on the built site in `dist`. */
function buildDone(dist: string): Promise<void> {
  const hook = searchIndex().hooks['astro:build:done'] as unknown as (options: object) => Promise<void>;
  return hook({ dir: pathToFileURL(`${dist}/`) });
}

/** A built site of one bulletin page per language. */
function builtSite(): string {
  const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dist);
  for (const [lang, words] of [['en', 'Financing for construction enterprises'], ['zh', '建筑企业融资支持']] as const) {
    mkdirSync(join(dist, lang, 'bulletins', 'x'), { recursive: true });
    writeFileSync(join(dist, lang, 'bulletins', 'x', 'index.html'), `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><main data-pagefind-body><h1>${words}</h1></main></body></html>`);
  }
  return dist;
}

describe('searchIndex()', () => {
  it('writes one search bundle per language when the build is done', async () => {
    const dist = builtSite();
    await buildDone(dist);
    expect(existsSync(join(dist, 'pagefind', 'en', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'zh', 'pagefind-entry.json'))).toBe(true);
  });

  it('fails the build, and leaves no site behind, when the index cannot be made', async () => {
    const dist = builtSite();
    rmSync(join(dist, 'zh'), { recursive: true });
    await expect(buildDone(dist)).rejects.toThrow(/the search index step failed/);
    expect(existsSync(dist)).toBe(false);
  });
});
