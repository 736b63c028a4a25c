import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { readRenderedText } from './rendered-texts';
import { textsLoader } from './texts-loader';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; filePath?: string; body?: string; rendered?: unknown };

/** Just what the loader uses of Astro's context: a store, the schema's parse (here, none), a digest and a renderer that records what it renders. */
function fakeContext(root: string, store = new Map<string, Entry>()) {
  const rendered: string[] = [];
  const context = {
    store: { keys: () => [...store.keys()], get: (id: string) => store.get(id), set: (entry: Entry) => store.set(entry.id, entry), delete: (id: string) => store.delete(id) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => `digest of ${text}`,
    renderMarkdown: async (source: string, { fileURL }: { fileURL: URL }) => {
      rendered.push(fileURL.pathname);
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
      return { html: `<p>${body}</p>`, metadata: { headings: [{ depth: 2, slug: 'measure-1', text: body }] } };
    },
    config: { root: pathToFileURL(`${root}/`) },
  } as unknown as LoaderContext;
  return { context, store, rendered };
}

const roots: string[] = [];
/** A content folder with these texts (`<folder>/<lang>.md` → its text) and a cache folder beside it. */
function contentWith(texts: Record<string, string>): { base: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'texts-loader-'));
  roots.push(root);
  for (const [path, text] of Object.entries(texts)) {
    mkdirSync(join(root, 'bulletins', path, '..'), { recursive: true });
    writeFileSync(join(root, 'bulletins', path), text);
  }
  return { base: join(root, 'bulletins'), cache: join(root, 'cache', 'rendered-texts') };
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

const text = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;

describe('textsLoader()', () => {
  it("stores each text's front matter under its path, and keeps its rendering in the cache, not in the store", async () => {
    const { base, cache } = contentWith({ 'hubei-2020-05-a/en.md': text('Sink in', 'Teams went down.'), 'hubei-2020-05-a/zh.md': text('下沉', '工作组下沉。') });
    const { context, store } = fakeContext(join(base, '..'));
    await textsLoader(base, cache).load(context);
    const en = `${base}/hubei-2020-05-a/en.md`;
    expect([...store.keys()].sort()).toEqual([en, `${base}/hubei-2020-05-a/zh.md`]);
    expect(store.get(en)).toEqual({ id: en, data: { title: 'Sink in' }, digest: `digest of ${text('Sink in', 'Teams went down.')}`, filePath: 'bulletins/hubei-2020-05-a/en.md' });
    const kept = await readRenderedText(en, store.get(en)!.digest!, cache);
    expect(kept.html).toBe('<p>Teams went down.</p>');
    expect(kept.headings).toEqual([{ depth: 2, slug: 'measure-1', text: 'Teams went down.' }]);
  });

  it('renders again only a text whose file changed, or whose rendering is gone from the cache', async () => {
    const { base, cache } = contentWith({ 'a/en.md': text('A', 'One.'), 'a/zh.md': text('甲', '一。'), 'b/en.md': text('B', 'Two.') });
    const first = fakeContext(join(base, '..'));
    await textsLoader(base, cache).load(first.context);
    expect(first.rendered).toHaveLength(3);
    writeFileSync(join(base, 'a', 'en.md'), text('A', 'One, changed.'));
    rmSync(join(cache, 'b', 'en.json'));
    const second = fakeContext(join(base, '..'), first.store);
    await textsLoader(base, cache).load(second.context);
    expect(second.rendered.sort()).toEqual([join(base, 'a', 'en.md'), join(base, 'b', 'en.md')]);
    expect((await readRenderedText(`${base}/a/en.md`, second.store.get(`${base}/a/en.md`)!.digest!, cache)).html).toBe('<p>One, changed.</p>');
  });

  it('drops the entries and the renderings of texts removed since the last build', async () => {
    const { base, cache } = contentWith({ 'a/en.md': text('A', 'One.'), 'a/zh.md': text('甲', '一。'), 'b/en.md': text('B', 'Two.') });
    const first = fakeContext(join(base, '..'));
    await textsLoader(base, cache).load(first.context);
    rmSync(join(base, 'b'), { recursive: true });
    rmSync(join(base, 'a', 'zh.md'));
    const second = fakeContext(join(base, '..'), first.store);
    await textsLoader(base, cache).load(second.context);
    expect([...second.store.keys()]).toEqual([`${base}/a/en.md`]);
    expect([existsSync(join(cache, 'a', 'en.json')), existsSync(join(cache, 'a', 'zh.json')), existsSync(join(cache, 'b'))]).toEqual([true, false, false]);
  });

  it('fails on front matter that is not YAML, naming the file and its line in the file', async () => {
    const { base, cache } = contentWith({ 'a/en.md': '---\ntitle: A\nsummary: A: B\n---\n\nOne.\n' });
    const { context, store } = fakeContext(join(base, '..'));
    const failed = await textsLoader(base, cache).load(context).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ContentError);
    expect((failed as ContentError).problems).toEqual([expect.objectContaining({ file: `${base}/a/en.md`, field: 'line 3' })]);
    expect(store.size).toBe(0);
  });

  it('stores nothing when the bulletins folder is missing, leaving the build to say so', async () => {
    const { base, cache } = contentWith({});
    const { context, store } = fakeContext(base);
    await textsLoader(join(base, 'missing'), cache).load(context);
    expect(store.size).toBe(0);
  });
});
