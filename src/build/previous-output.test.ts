import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSetAside, handBack, setAside, setAsideFolder, settle } from './previous-output';

let dir: string;
let outDir: string;
let cacheDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'previous-output-'));
  outDir = join(dir, 'dist');
  cacheDir = join(dir, 'cache');
  mkdirSync(cacheDir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

/** Astro's list of reusable pages, as its incremental build writes it: each with the file it was written to. */
function astroList(outputFiles: string[]): void {
  const paths = Object.fromEntries(outputFiles.map((outputFile, i) => [`/page-${i}`, { cacheKey: `key-${i}`, outputFile }]));
  writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/page.astro': { dependencyHash: 'd', paths } } }));
}

/** A finished build: its pages and other files in the output folder, Astro's list, and the note. */
async function finishedBuild(): Promise<void> {
  write(join(outDir, 'en', 'index.html'), 'the English page');
  write(join(outDir, 'en', 'index.html.br'), 'its compressed copy');
  write(join(outDir, 'en', 'share.png'), 'its share image');
  write(join(outDir, 'zh', '测试', 'index.html'), 'a page with a Chinese path');
  write(join(outDir, 'pagefind', 'pagefind.js'), 'the search bundle');
  astroList(['en/index.html', 'en/share.png', 'zh/%E6%B5%8B%E8%AF%95/index.html']);
  await settle(outDir, cacheDir, [], new Set());
}

describe('previous output', () => {
  it('hands back the files Astro lists as the last build’s output, and nothing else, once that build’s pages were done', async () => {
    await finishedBuild();
    expect(setAside(outDir, cacheDir)).toBe(true);
    expect(existsSync(outDir)).toBe(false);
    const moved = await handBack(outDir, cacheDir);
    expect(moved.sort()).toEqual([join(outDir, 'en', 'index.html'), join(outDir, 'en', 'share.png'), join(outDir, 'zh', '测试', 'index.html')].sort());
    expect(readFileSync(join(outDir, 'zh', '测试', 'index.html'), 'utf8')).toBe('a page with a Chinese path');
    expect(existsSync(join(outDir, 'en', 'index.html.br'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
  });

  it('removes, once the new build’s pages are done, the files handed back that it no longer makes', async () => {
    await finishedBuild();
    setAside(outDir, cacheDir);
    const moved = await handBack(outDir, cacheDir);
    const removed = await settle(outDir, cacheDir, moved, new Set([join(outDir, 'en', 'index.html'), join(outDir, 'en', 'share.png')]));
    expect(removed).toBe(1);
    expect(existsSync(join(outDir, 'zh', '测试', 'index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'en', 'index.html'))).toBe(true);
  });

  it('hands nothing back after a build that started and did not end its pages (failed or stopped)', async () => {
    await finishedBuild();
    setAside(outDir, cacheDir);
    await handBack(outDir, cacheDir);
    write(join(outDir, 'en', 'index.html'), 'half of a failed build');
    expect(setAside(outDir, cacheDir)).toBe(false);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(setAsideFolder(cacheDir))).toBe(false);
  });

  it('hands nothing back when Astro’s list changed since the output was made', async () => {
    await finishedBuild();
    astroList(['en/index.html']);
    expect(setAside(outDir, cacheDir)).toBe(false);
    expect(existsSync(outDir)).toBe(false);
  });

  it('hands nothing back into an output folder other than the one the note names', async () => {
    await finishedBuild();
    const other = join(dir, 'elsewhere');
    write(join(other, 'en', 'index.html'), 'another site');
    expect(setAside(other, cacheDir)).toBe(false);
    expect(existsSync(other)).toBe(false);
  });

  it('leaves a listed file missing from the last output to Astro to copy from its cache', async () => {
    await finishedBuild();
    rmSync(join(outDir, 'en', 'share.png'));
    setAside(outDir, cacheDir);
    const moved = await handBack(outDir, cacheDir);
    expect(moved).not.toContain(join(outDir, 'en', 'share.png'));
    expect(moved).toHaveLength(2);
  });

  it('clears what is left of the last output once the build no longer needs it', async () => {
    await finishedBuild();
    setAside(outDir, cacheDir);
    await handBack(outDir, cacheDir);
    await clearSetAside(cacheDir);
    expect(existsSync(setAsideFolder(cacheDir))).toBe(false);
  });
});
