import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';

// `npm run build` finishes the site (search index, compressed copies) after Astro's process has
// ended; `astro build` run alone finishes it in its own last hook. Both must make the whole site.
const ROOT = join(import.meta.dirname, '..', '..');
let dir = '';
const builds = { npm: { log: '', dist: '' }, astro: { log: '', dist: '' } };

/** The lines of a build's log that say Astro is done, each language's index is written, the copies are made. */
const ASTRO_DONE = /\[build\] Complete!/;
const INDEXED = { zh: /^search index: zh 5 pages in \d+ ms$/m, en: /^search index: en 5 pages in \d+ ms$/m };
const COMPRESSED = /^compressed copies: \d+ files compressed, \d+ reused/m;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-steps-'));
  const npm = buildSite(join(dir, 'npm'), { DIGEST_CACHE_DIR: join(dir, 'npm-cache') });
  if (npm.status !== 0) throw new Error(`npm run build failed:\n${npm.stdout}\n${npm.stderr}`);
  builds.npm = { log: npm.stdout, dist: join(dir, 'npm') };
  const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(dir, 'astro')], {
    cwd: ROOT,
    env: { ...process.env, DIGEST_CACHE_DIR: join(dir, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (astro.status !== 0) throw new Error(`astro build failed:\n${astro.stdout}\n${astro.stderr}`);
  builds.astro = { log: astro.stdout, dist: join(dir, 'astro') };
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where in a log a line first matches, or -1. */
const at = (log: string, line: RegExp) => log.search(line);
const times = (log: string, line: RegExp) => log.split('\n').filter((text) => line.test(text)).length;

describe('the steps of a build', () => {
  it('npm run build indexes each language once, Chinese first, and compresses the site once, after Astro has said its build is complete', () => {
    const { log } = builds.npm;
    expect(times(log, INDEXED.zh)).toBe(1);
    expect(times(log, INDEXED.en)).toBe(1);
    expect(times(log, COMPRESSED)).toBe(1);
    expect(at(log, ASTRO_DONE)).toBeGreaterThan(-1);
    expect(at(log, INDEXED.zh)).toBeGreaterThan(at(log, ASTRO_DONE));
    expect(at(log, INDEXED.en)).toBeGreaterThan(at(log, INDEXED.zh));
    expect(at(log, COMPRESSED)).toBeGreaterThan(at(log, INDEXED.en));
  });

  it('npm run build says how long the pages’ compressed copies took, and the whole finishing step, which the benchmark reads', () => {
    const timed = builds.npm.log.match(/^compressed copies: .*; the pages’ copies in (\d+) ms; the site finished in (\d+) ms$/m);
    expect(timed).not.toBeNull();
    const [copiesMs, finishedMs] = [Number(timed?.[1]), Number(timed?.[2])];
    expect(copiesMs).toBeGreaterThan(0);
    expect(finishedMs).toBeGreaterThan(copiesMs);
  });

  it('astro build run alone indexes and compresses the site in its last hook, before it is complete', () => {
    const { log } = builds.astro;
    for (const indexed of Object.values(INDEXED)) {
      expect(times(log, indexed)).toBe(1);
      expect(at(log, indexed)).toBeGreaterThan(-1);
      expect(at(log, indexed)).toBeLessThan(at(log, ASTRO_DONE));
    }
  });

  it('makes the whole site either way: both search bundles, and compressed copies of pages, index and sitemap', () => {
    for (const { dist } of Object.values(builds)) {
      for (const file of ['pagefind/en/pagefind-entry.json', 'pagefind/zh/pagefind-entry.json', 'pagefind/zh/pagefind.js.br', 'en/index.html.br', 'zh/index.html.gz', 'sitemap-0.xml.br']) {
        expect(existsSync(join(dist, file)), `${dist}/${file}`).toBe(true);
      }
    }
  });
});
