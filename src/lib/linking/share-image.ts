import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Renderer } from '@takumi-rs/core';
import { HTML_LANG, type Lang } from '../../i18n/locales';
import { writeWhole } from '../content/write-whole';

/** The words on a bulletin's share image, already in the page's language. */
export interface ShareImageText {
  siteName: string;
  /** The bulletin's headline; long ones are cut at four lines with an ellipsis. */
  title: string;
  /** Authority · place · date. */
  byline: string;
  /** What the text is: "This site's translation", 本站据英文译本回译，非官方原文. */
  status: string;
  lang: Lang;
}

/**
 * The plain-object node tree Takumi draws: a container holds nodes, a text node
 * holds words. Styles are CSS properties in camelCase, laid out as flexbox.
 */
export type ShareImageNode =
  | { type: 'container'; lang?: string; style: Record<string, string | number>; children?: ShareImageNode[] }
  | { type: 'text'; text: string; style: Record<string, string | number> };

/** The Open Graph size that Facebook, LinkedIn and X all show uncropped. */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

const FONT_FAMILY = 'Noto Sans SC';
const MUTED = '#4f5866';
const ACCENT = '#1d4e89';
const PADDING = 64;
const BAND = 16;
const TITLE_LINES = 4;
const TITLE_LINE_HEIGHT = 1.25;
/**
 * English letters are about half as wide as a Chinese character per em, so long
 * English titles step down a size, and very long ones (Hubei's is 157
 * characters) another, to fit four lines whole.
 */
const LONG_ENGLISH_TITLE = 90;
const VERY_LONG_ENGLISH_TITLE = 140;

function titleSizeFor(text: ShareImageText): number {
  if (text.lang !== 'en' || text.title.length <= LONG_ENGLISH_TITLE) return 56;
  return text.title.length > VERY_LONG_ENGLISH_TITLE ? 42 : 46;
}

/** Muted text cut with an ellipsis after `lines` lines, for the site name and byline. */
function mutedText(text: string, fontSize: number, lines: number, style: Record<string, string | number> = {}): ShareImageNode {
  return { type: 'text', text, style: { display: 'block', fontSize, color: MUTED, lineHeight: 1.3, lineClamp: lines, overflow: 'hidden', ...style } };
}

/** Site name on the left, the mark of what the text is on the right, so a pasted link never passes a translation off as the original. */
function topRow(text: ShareImageText): ShareImageNode {
  const status: ShareImageNode = {
    type: 'text',
    text: text.status,
    style: { display: 'block', flexShrink: 0, maxWidth: '62%', fontSize: 26, fontWeight: 700, lineHeight: 1.3, color: ACCENT, textAlign: 'right', lineClamp: 2, overflow: 'hidden' },
  };
  return {
    type: 'container',
    style: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 32 },
    children: [mutedText(text.siteName, 28, 1, { flexShrink: 1 }), status],
  };
}

/**
 * The Chinese font's quotes, apostrophe and middle dot are full-width by default,
 * which leaves gaps in English: its proportional forms ("pwid") and proportional
 * punctuation ("palt") close them.
 */
const ENGLISH_FEATURES = { fontFeatureSettings: '"pwid" 1, "palt" 1' };

/** The node tree of the share image: site name, title, byline on a white card with a blue band at the top. */
export function shareImageLayout(text: ShareImageText): ShareImageNode {
  const titleSize = titleSizeFor(text);
  const title: ShareImageNode = {
    type: 'text',
    text: text.title,
    style: {
      display: 'block',
      marginTop: 40,
      fontSize: titleSize,
      fontWeight: 700,
      lineHeight: TITLE_LINE_HEIGHT,
      color: '#1a1f26',
      lineClamp: TITLE_LINES,
      // A URL or other unbroken run must wrap rather than run off the right edge.
      overflowWrap: 'anywhere',
      // Also cut by height, so a title can never push the byline off the canvas.
      maxHeight: Math.ceil(titleSize * TITLE_LINE_HEIGHT) * TITLE_LINES,
      overflow: 'hidden',
    },
  };
  return {
    type: 'container',
    // Chinese and Japanese draw some shared characters differently; the locale picks the Chinese forms.
    lang: HTML_LANG[text.lang],
    style: {
      display: 'flex',
      flexDirection: 'column',
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      backgroundColor: '#fdfdfb',
      fontFamily: FONT_FAMILY,
      ...(text.lang === 'en' ? ENGLISH_FEATURES : {}),
    },
    children: [
      { type: 'container', style: { height: BAND, flexShrink: 0, backgroundColor: ACCENT } },
      {
        type: 'container',
        style: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, padding: PADDING },
        // The auto margin pins the byline to the bottom however many lines the title takes;
        // it may wrap once, since cutting it would lose the date at its end.
        children: [topRow(text), title, mutedText(text.byline, 30, 2, { marginTop: 'auto' })],
      },
    ],
  };
}

const require = createRequire(import.meta.url);
const FONT_FILES = { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' } as const;
let renderer: Promise<Renderer> | undefined;

/**
 * One renderer per process, with Noto Sans SC from node_modules registered once: it
 * covers Latin and Chinese, so nothing depends on the build machine's fonts.
 */
function shareImageRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const instance = new Renderer();
    for (const [weight, file] of Object.entries(FONT_FILES)) {
      await instance.registerFont({ name: FONT_FAMILY, data: await readFile(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`)), weight: Number(weight) });
    }
    return instance;
  })();
  return renderer;
}

const RENDER_OPTIONS = { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, format: 'png' } as const;

/**
 * The share image as PNG bytes, drawn at build time with no system fonts and no
 * network. Takumi lays out and rasterises natively, off the JavaScript thread, so
 * other pages build meanwhile (see build.concurrency in astro.config). The bytes are
 * copied into their own ArrayBuffer, which is what `new Response()` accepts as a body.
 */
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array<ArrayBuffer>> {
  const png = await (await shareImageRenderer()).render(shareImageLayout(text), RENDER_OPTIONS);
  return new Uint8Array(png);
}

/** Everything besides the layout that decides the pixels: the renderer, the font package and the options. */
const RENDERER = JSON.stringify([
  ...['@takumi-rs/core', '@expo-google-fonts/noto-sans-sc'].map((name) => `${name}@${packageVersion(name)}`),
  RENDER_OPTIONS,
]);

/** A package's version, read from its package.json (which Takumi's exports do not expose to `require`). */
function packageVersion(name: string): string {
  const file = join(require.resolve(name).split(`/node_modules/${name}/`)[0]!, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * The key of a share image in the cache: a hash of the layout tree (every word,
 * size and colour) and of RENDERER, so any change that could change the picture
 * draws it anew. Pages use it too, as the key that lets a build reuse the page.
 */
export function shareImageKey(text: ShareImageText): string {
  return createHash('sha256').update(RENDERER).update(JSON.stringify(shareImageLayout(text))).digest('hex');
}

/**
 * The share image, from `cacheDir` when the same picture was drawn by an earlier
 * build. There are two per bulletin, so on a large site they would otherwise be a
 * large share of a warm build's time.
 */
export async function cachedShareImage(text: ShareImageText, cacheDir: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(cacheDir, 'share-images', `${shareImageKey(text)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Uint8Array(cached);
  const png = await renderShareImage(text);
  await mkdir(join(cacheDir, 'share-images'), { recursive: true });
  await writeWhole(file, png);
  return png;
}
