import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { factsLoader } from './facts-loader';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; filePath?: string };

/** Just what the loader uses of Astro's context: a store, the schema's parse (here, none) and a digest. */
function fakeContext(root: string, store = new Map<string, Entry>()) {
  const parsed: string[] = [];
  const context = {
    store: { keys: () => [...store.keys()], get: (id: string) => store.get(id), set: (entry: Entry) => store.set(entry.id, entry), delete: (id: string) => store.delete(id) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
    generateDigest: (text: string) => `digest of ${text}`,
    config: { root: pathToFileURL(`${root}/`) },
  } as unknown as LoaderContext;
  return { context, store, parsed };
}

const roots: string[] = [];
function contentWith(facts: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'facts-loader-'));
  roots.push(root);
  for (const [folder, text] of Object.entries(facts)) {
    mkdirSync(join(root, 'bulletins', folder), { recursive: true });
    writeFileSync(join(root, 'bulletins', folder, 'facts.yaml'), text);
  }
  return join(root, 'bulletins');
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('factsLoader()', () => {
  it('stores each facts file under its path, with the date as written, and drops the entries of bulletins since removed', async () => {
    const base = contentWith({ 'hubei-2020-05-a': 'date: 2020-05-27\n', 'hubei-2020-06-b': 'date: 2020-06\n' });
    const { context, store } = fakeContext(join(base, '..'), new Map([[`${base}/gone/facts.yaml`, { id: `${base}/gone/facts.yaml`, data: {} }]]));
    await factsLoader(base).load(context);
    expect([...store.keys()].sort()).toEqual([`${base}/hubei-2020-05-a/facts.yaml`, `${base}/hubei-2020-06-b/facts.yaml`]);
    expect(store.get(`${base}/hubei-2020-05-a/facts.yaml`)).toMatchObject({ data: { date: '2020-05-27' }, filePath: 'bulletins/hubei-2020-05-a/facts.yaml' });
  });

  it('does not parse again a file whose text has not changed since the last build', async () => {
    const base = contentWith({ 'hubei-2020-05-a': 'date: 2020-05-27\n', 'hubei-2020-06-b': 'date: 2020-06\n' });
    const first = fakeContext(join(base, '..'));
    await factsLoader(base).load(first.context);
    writeFileSync(join(base, 'hubei-2020-06-b', 'facts.yaml'), 'date: 2020-06-30\n');
    const second = fakeContext(join(base, '..'), first.store);
    await factsLoader(base).load(second.context);
    expect(second.parsed).toEqual([`${base}/hubei-2020-06-b/facts.yaml`]);
    expect(second.store.get(`${base}/hubei-2020-06-b/facts.yaml`)?.data).toEqual({ date: '2020-06-30' });
  });

  it('stores nothing when the bulletins folder is missing, leaving the build to say so', async () => {
    const base = join(contentWith({}), 'missing');
    const { context, store } = fakeContext(base);
    await factsLoader(base).load(context);
    expect(store.size).toBe(0);
  });
});
