import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndexes } from './build-index';
import { fragmentFile, fragmentsInPageOrder } from './bundle-fragments';

/** A small built site: two bulletin pages per language and a page that is not a bulletin. */
const page = (lang: string, body: string, indexed: boolean) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Site chrome</nav>` +
  `<article${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body} text</p></article></body></html>`;

const SITE: Record<string, string> = {
  'en/index.html': page('en', 'Home list', false),
  'en/bulletins/a/index.html': page('en', 'Financing measures', true),
  'en/bulletins/b/index.html': page('en', 'Qualification reform', true),
  'zh/index.html': page('zh-CN', '首页', false),
  'zh/bulletins/a/index.html': page('zh-CN', '融资支持措施', true),
  'zh/bulletins/b/index.html': page('zh-CN', '资质改革', true),
};

let root: string;

async function site(name: string): Promise<string> {
  const dir = join(root, name);
  for (const [path, html] of Object.entries(SITE)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

/** Every file of a bundle with the hash of its content. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(
    files.map(async (e) => [relative(dir, join(e.parentPath, e.name)), createHash('sha256').update(await readFile(join(e.parentPath, e.name))).digest('hex')]),
  );
  return Object.fromEntries(entries.sort());
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'digest-index-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('buildSearchIndexes()', () => {
  it('writes one bundle per language holding only the pages marked data-pagefind-body', async () => {
    const dist = await site('one');
    const indexed = await buildSearchIndexes(dist);
    expect(indexed.map(({ lang, pages }) => [lang, pages])).toEqual([
      ['en', 2],
      ['zh', 2],
    ]);
    const entry = JSON.parse(await readFile(join(dist, 'pagefind/zh/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  });

  it('leaves out the ready-made UIs and highlighter the site does not use', async () => {
    const dist = await site('two');
    await buildSearchIndexes(dist);
    const names = await readdir(join(dist, 'pagefind/en'));
    expect(names).toContain('pagefind.js');
    expect(names.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });

  it('makes the same index, byte for byte, when the same site is built twice', async () => {
    const first = await site('three');
    await buildSearchIndexes(first);
    const second = join(root, 'four');
    await cp(join(first), second, { recursive: true, filter: (src) => !src.includes('pagefind') });
    await buildSearchIndexes(second);
    const a = await fingerprint(join(first, 'pagefind'));
    expect(Object.keys(a).length).toBeGreaterThan(5);
    expect(await fingerprint(join(second, 'pagefind'))).toEqual(a);
  });
});

describe('buildSearchIndexes() with a folder to keep bundles in', () => {
  /**
   * The site `dist` indexed again, as the next build finds it: the pages it reuses moved back whole
   * (here: left where they are), the search bundles gone, `change` written first.
   */
  async function again(dist: string, kept: string, change?: [string, string]) {
    await rm(join(dist, 'pagefind'), { recursive: true, force: true });
    if (change) await writeFile(join(dist, change[0]), change[1]);
    const indexed = await buildSearchIndexes(dist, undefined, kept);
    return { indexed: indexed.map((i) => [i.lang, i.kept]), en: await fingerprint(join(dist, 'pagefind/en')), zh: await fingerprint(join(dist, 'pagefind/zh')) };
  }

  it('places the last build’s bundles again, file for file, when no page they index changed', async () => {
    const dist = await site('kept-same');
    const kept = join(root, 'kept-same-cache');
    const first = await again(dist, kept);
    expect(first.indexed).toEqual([['en', false], ['zh', false]]);
    const second = await again(dist, kept);
    expect(second.indexed).toEqual([['en', true], ['zh', true]]);
    expect(second.en).toEqual(first.en);
    expect(second.zh).toEqual(first.zh);
  });

  it('indexes again the language one of whose pages changed, and only it, as a build from nothing would', async () => {
    const dist = await site('kept-changed');
    const kept = join(root, 'kept-changed-cache');
    await again(dist, kept);
    // The same size as the page it replaces: told apart by the time it was written.
    const change: [string, string] = ['en/bulletins/b/index.html', page('en', 'Qualification refund', true)];
    const second = await again(dist, kept, change);
    expect(second.indexed).toEqual([['en', false], ['zh', true]]);
    const fromNothing = await site('kept-changed-nothing');
    await writeFile(join(fromNothing, change[0]), change[1]);
    await buildSearchIndexes(fromNothing);
    expect(second.en).toEqual(await fingerprint(join(fromNothing, 'pagefind/en')));
    // and the next build keeps what this one made
    const third = await again(dist, kept);
    expect(third.indexed).toEqual([['en', true], ['zh', true]]);
    expect(third.en).toEqual(second.en);
  });

  it('indexes again when a page is added or one it indexed is gone, though every other page is as it was', async () => {
    const dist = await site('kept-added');
    const kept = join(root, 'kept-added-cache');
    await again(dist, kept);
    await mkdir(join(dist, 'zh/bulletins/c'), { recursive: true });
    expect((await again(dist, kept, ['zh/bulletins/c/index.html', page('zh-CN', '新增公告', true)])).indexed).toEqual([['en', true], ['zh', false]]);
    await rm(join(dist, 'en/bulletins/a'), { recursive: true });
    expect((await again(dist, kept)).indexed).toEqual([['en', false], ['zh', true]]);
  });

  it('does not index again when only a page it does not index changed, or was added', async () => {
    const dist = await site('kept-list');
    const kept = join(root, 'kept-list-cache');
    await again(dist, kept);
    expect((await again(dist, kept, ['en/index.html', page('en', 'Home list, one more entry', false)])).indexed).toEqual([['en', true], ['zh', true]]);
    await mkdir(join(dist, 'en/topics'), { recursive: true });
    expect((await again(dist, kept, ['en/topics/index.html', page('en', 'Topics', false)])).indexed).toEqual([['en', true], ['zh', true]]);
  });

  it('indexes again when a kept bundle has lost a file, and leaves no part of it in the site', async () => {
    const dist = await site('kept-lost');
    const kept = join(root, 'kept-lost-cache');
    const first = await again(dist, kept);
    const fragment = Object.keys(first.en).find((file) => file.startsWith('fragment/'))!;
    await rm(join(kept, 'en', 'bundle', fragment));
    const second = await again(dist, kept);
    expect(second.indexed).toEqual([['en', false], ['zh', true]]);
    expect(second.en).toEqual(first.en);
  });
});

describe('buildSearchIndexes() making a bundle again', () => {
  const change: [string, string] = ['en/bulletins/b/index.html', page('en', 'Qualification refund', true)];
  const fragmentOf = async (bundle: string, i: number) => join(bundle, fragmentFile((await fragmentsInPageOrder(bundle))[i]!));

  /** The English bundle of the site with `change` made, built from nothing. */
  async function fromNothing(name: string): Promise<string> {
    const dist = await site(name);
    await writeFile(join(dist, change[0]), change[1]);
    await buildSearchIndexes(dist, ['en']);
    return join(dist, 'pagefind/en');
  }

  it('takes the fragments of the pages that did not change from the last bundle, and makes the bundle a build from nothing would', async () => {
    const dist = await site('reuse');
    const kept = join(root, 'reuse-cache');
    await buildSearchIndexes(dist, ['en'], kept);
    const before = (await stat(await fragmentOf(join(dist, 'pagefind/en'), 0))).ino;
    await rm(join(dist, 'pagefind'), { recursive: true });
    await writeFile(join(dist, change[0]), change[1]);
    const [en] = await buildSearchIndexes(dist, ['en'], kept);
    expect([en!.kept, en!.reused]).toEqual([false, 1]);
    // Page a's fragment is the very file of the last bundle, not one written again.
    expect((await stat(await fragmentOf(join(dist, 'pagefind/en'), 0))).ino).toBe(before);
    expect(await fingerprint(join(dist, 'pagefind/en'))).toEqual(await fingerprint(await fromNothing('reuse-nothing')));
  });

  it('makes the bundle again without the last one’s fragments when Pagefind gives a taken fragment’s name to another page', async () => {
    const dist = await site('collision');
    const kept = join(root, 'collision-cache');
    await buildSearchIndexes(dist, ['en'], kept);
    // As if page a's fragment had been named as the changed page b's will be: Pagefind would
    // find that name taken, write nothing for b, and b would show a's text.
    const expected = await fromNothing('collision-nothing');
    const bName = (await fragmentsInPageOrder(expected))[1]!;
    const record = JSON.parse(await readFile(join(kept, 'en/made-from.json'), 'utf8'));
    const aStamp = record.madeFrom.pages['bulletins/a/index.html'];
    await rename(join(kept, 'en/bundle', fragmentFile(aStamp[3])), join(kept, 'en/bundle', fragmentFile(bName)));
    aStamp[3] = bName;
    await writeFile(join(kept, 'en/made-from.json'), JSON.stringify(record));
    await rm(join(dist, 'pagefind'), { recursive: true });
    await writeFile(join(dist, change[0]), change[1]);
    const [en] = await buildSearchIndexes(dist, ['en'], kept);
    expect(await fingerprint(join(dist, 'pagefind/en'))).toEqual(await fingerprint(expected));
    expect(en!.reused).toBe(0);
  });
});
