import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cachedShareImage, renderShareImage, shareImageLayout, type ShareImageNode, type ShareImageText } from './share-image';

const HUBEI_ZH = '湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动';
const HUBEI_EN =
  'Hubei’s Housing and Urban-Rural Development System Carries Out the First Round of the “Going Down to Enterprises, Helping Enterprises Out of Difficulty” Campaign in Earnest';

const zh = (title: string): ShareImageText => ({ siteName: '建筑业政策简报', title, byline: '湖北省住房和城乡建设厅 · 湖北 · 2020年5月', status: '原文（照发布文本）', lang: 'zh' });
const en = (title: string): ShareImageText => ({
  siteName: 'Construction Policy Digest',
  title,
  byline: 'Hubei Provincial Department of Housing and Urban-Rural Development · Hubei · May 2020',
  status: "This site’s translation",
  lang: 'en',
});

/**
 * Bands of the 1200×630 canvas, from the layout rather than from a render:
 * 16 px band + 64 px padding + a 28 px site name line (~36 px) puts the title
 * at about y = 156, and four 70 px lines end near y = 436; the byline, at most
 * two 39 px lines, sits on the bottom padding at y = 566.
 */
const TITLE_AREA = { left: 64, right: 1136, top: 140, bottom: 436 };
const BELOW_TITLE = { left: 0, right: 1200, top: 442, bottom: 486 };
const BYLINE_AREA = { left: 64, right: 1136, top: 488, bottom: 566 };
type Area = typeof TITLE_AREA;

async function render(text: ShareImageText): Promise<PNG> {
  return PNG.sync.read(Buffer.from(await renderShareImage(text)));
}

/** Pixels darker than the muted grey's anti-aliased edges; the background and blue band are far lighter. */
function darkPixels(png: PNG, area: Area): number {
  let dark = 0;
  for (let y = area.top; y < area.bottom; y++) {
    for (let x = area.left; x < area.right; x++) {
      const i = (y * png.width + x) * 4;
      const luminance = 0.2126 * (png.data[i] ?? 0) + 0.7152 * (png.data[i + 1] ?? 0) + 0.0722 * (png.data[i + 2] ?? 0);
      if (luminance < 100) dark++;
    }
  }
  return dark;
}

/** Every node of the tree, depth first. */
function nodes(tree: ShareImageNode): ShareImageNode[] {
  return [tree, ...(tree.type === 'container' ? (tree.children ?? []).flatMap(nodes) : [])];
}

/** The one bold text node that is not the status mark: the title. */
function titleNode(tree: ShareImageNode): ShareImageNode | undefined {
  return nodes(tree).find((node) => node.type === 'text' && node.style['fontWeight'] === 700 && node.style['textAlign'] !== 'right');
}

describe('renderShareImage()', () => {
  it('makes a 1200×630 PNG', async () => {
    const png = await render(zh(HUBEI_ZH));
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it('really draws the Chinese title', async () => {
    const blank = darkPixels(await render(zh('')), TITLE_AREA);
    const drawn = darkPixels(await render(zh(HUBEI_ZH)), TITLE_AREA);
    // 27 bold characters of 56 px cover well over 10,000 pixels; an empty title covers none.
    expect(blank).toBeLessThan(100);
    expect(drawn).toBeGreaterThan(10_000);
  });

  it('draws different characters differently, so it is not a row of tofu boxes', async () => {
    // Same length, so missing glyphs would give identical rows of boxes.
    const [a, b] = ['关于进一步促进建筑业改革发展的十六条意见', '湖北省住建系统扎实开展第一轮下沉企业活动'];
    expect([...a]).toHaveLength([...b].length);
    const [pngA, pngB] = await Promise.all([render(zh(a)), render(zh(b))]);
    expect(Buffer.compare(pngA.data, pngB.data)).not.toBe(0);
  });

  it('wraps a byline too long for one line rather than cutting off its date', async () => {
    // The English byline is longer than the 1072 px line, so it needs two lines: the first starts near y = 488.
    const png = await render(en('Sixteen Opinions on the Construction Industry'));
    expect(darkPixels(png, { ...BYLINE_AREA, top: 490, bottom: 524 })).toBeGreaterThan(1_000);
  });

  it.each([
    ['Chinese', zh(HUBEI_ZH.repeat(4))],
    ['English', en(`${HUBEI_EN} ${HUBEI_EN}`)],
  ])('stops a %s title too long for four lines above a visible byline', async (_, text) => {
    const png = await render(text);
    expect(darkPixels(png, TITLE_AREA)).toBeGreaterThan(10_000);
    expect(darkPixels(png, BELOW_TITLE)).toBe(0);
    expect(darkPixels(png, BYLINE_AREA)).toBeGreaterThan(1_000);
  });
});

describe('cachedShareImage()', () => {
  it('draws an image once, then reuses it until the words change', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'share-cache-'));
    try {
      const first = await cachedShareImage(zh(HUBEI_ZH), cacheDir);
      expect(Buffer.from(first).equals(Buffer.from(await renderShareImage(zh(HUBEI_ZH))))).toBe(true);
      const files = await readdir(join(cacheDir, 'share-images'));
      expect(files).toHaveLength(1);
      // Swap the stored picture for a marker: a second build must hand back what is stored, not draw again.
      const marker = new Uint8Array([1, 2, 3]);
      await writeFile(join(cacheDir, 'share-images', files[0]!), marker);
      expect([...(await cachedShareImage(zh(HUBEI_ZH), cacheDir))]).toEqual([...marker]);
      // Another title is another picture, drawn and stored beside the first.
      const other = await cachedShareImage(zh('德州市建筑业产值增长'), cacheDir);
      expect(PNG.sync.read(Buffer.from(other)).width).toBe(1200);
      expect(await readdir(join(cacheDir, 'share-images'))).toHaveLength(2);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('shareImageLayout()', () => {
  it('says on the image what the text is, so a pasted link cannot pass a translation off as the original', () => {
    const texts = (tree: ShareImageNode): string[] => nodes(tree).flatMap((node) => (node.type === 'text' ? [node.text] : []));
    expect(texts(shareImageLayout(zh('标题')))).toContain('原文（照发布文本）');
    expect(texts(shareImageLayout(en('Title')))).toContain("This site’s translation");
  });

  it('sets a long English title smaller than a short one, and a Chinese one at full size', () => {
    const size = (text: ShareImageText): unknown => titleNode(shareImageLayout(text))?.style['fontSize'];
    const short = size(en('Sixteen Opinions on the Construction Industry'));
    expect(short).toBeTypeOf('number');
    const long = size(en('Shandong Department of Housing and Urban-Rural Development publishes the first batch of key liaison service units'));
    expect(long).toBeLessThan(short as number);
    expect(size(en(HUBEI_EN))).toBeLessThan(long as number);
    expect(size(zh(HUBEI_ZH))).toBe(short);
  });

  it('sets English with proportional punctuation, so its quotes and middle dots are not full-width gaps, and Chinese without', () => {
    expect(shareImageLayout(en(HUBEI_EN)).style['fontFeatureSettings']).toContain('"pwid" 1');
    expect(shareImageLayout(zh(HUBEI_ZH)).style['fontFeatureSettings']).toBeUndefined();
  });
});
