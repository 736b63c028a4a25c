import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndexes } from './build-index';
import { fragmentFile, fragmentsInPageOrder } from './bundle-fragments';

const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1><p>${title} text</p></article></body></html>`;

let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'digest-fragments-'));
  // Written out of order, so the order found can only come from the pages' sorted paths.
  for (const id of ['c', 'a', 'b']) {
    await mkdir(join(dist, 'en/bulletins', id), { recursive: true });
    await writeFile(join(dist, 'en/bulletins', id, 'index.html'), page(`Bulletin ${id.toUpperCase()}`));
  }
  await buildSearchIndexes(dist, ['en']);
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('fragmentsInPageOrder()', () => {
  it('names each indexed page’s fragment file, in the order the pages were indexed', async () => {
    const bundle = join(dist, 'pagefind/en');
    const names = await fragmentsInPageOrder(bundle);
    expect(names).toHaveLength(3);
    const urls = await Promise.all(
      names.map(async (name) => JSON.parse(gunzipSync(await readFile(join(bundle, fragmentFile(name)))).toString('utf8').slice('pagefind_dcd'.length)).url),
    );
    expect(urls).toEqual(['/en/bulletins/a/', '/en/bulletins/b/', '/en/bulletins/c/']);
  });

  it('fails, naming the bundle, on a folder that is not a bundle of one language', async () => {
    await expect(fragmentsInPageOrder(join(dist, 'en'))).rejects.toThrow(/pagefind-entry\.json/);
  });
});
