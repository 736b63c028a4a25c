import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepRenderedText, pruneRenderedTexts, readRenderedText, renderedTextFile } from './rendered-texts';

const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rendered-texts-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const text = { digest: 'd1', html: '<p>One.</p>', headings: [{ depth: 2, slug: 'measure-1', text: 'One' }] };

describe('renderedTextFile()', () => {
  it('names a text’s rendering after its bulletin’s folder and its language, wherever the content is', () => {
    expect(renderedTextFile('/cache', 'content/bulletins/hubei-2020-05-a/zh.md')).toBe('/cache/hubei-2020-05-a/zh.json');
    expect(renderedTextFile('/cache', '/tmp/corpus/bulletins/hubei-2020-05-a/zh.md')).toBe('/cache/hubei-2020-05-a/zh.json');
  });
});

describe('readRenderedText()', () => {
  it('reads back the rendering kept for that version of the file', async () => {
    const dir = cacheDir();
    await keepRenderedText(dir, 'content/bulletins/a/en.md', text);
    expect(await readRenderedText('content/bulletins/a/en.md', 'd1', dir)).toEqual(text);
  });

  it('refuses a rendering of another version of the file, or none, naming the text and how to mend the cache', async () => {
    const dir = cacheDir();
    await keepRenderedText(dir, 'content/bulletins/a/en.md', text);
    await expect(readRenderedText('content/bulletins/a/en.md', 'd2', dir)).rejects.toThrow(
      `content/bulletins/a/en.md: its rendered text is of another version of the file in the build cache (${join(dir, 'a', 'en.json')}); fix: build again, and if this persists, delete ${dir} and build again`,
    );
    await expect(readRenderedText('content/bulletins/b/en.md', 'd1', dir)).rejects.toThrow(/^content\/bulletins\/b\/en\.md: its rendered text is missing/);
  });
});

describe('pruneRenderedTexts()', () => {
  it('removes the renderings of texts no longer there, any left half-written, and the folders of bulletins removed whole', async () => {
    const dir = cacheDir();
    for (const file of ['x/a/en.md', 'x/a/zh.md', 'x/b/en.md']) await keepRenderedText(dir, file, text);
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', 'en.json.123.partial'), '{');
    expect(await pruneRenderedTexts(dir, ['x/a/en.md'])).toBe(3);
    expect(await readRenderedText('x/a/en.md', 'd1', dir)).toEqual(text);
    await expect(readRenderedText('x/a/zh.md', 'd1', dir)).rejects.toThrow(/missing/);
    expect(readdirSync(dir)).toEqual(['a']);
  });
});
