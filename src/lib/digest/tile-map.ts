import type { Bilingual } from '../vocabulary/bilingual';

/**
 * A tile-grid map of China's 34 provincial-level divisions: one equal square
 * per division, placed where it roughly lies, like the well-known US state tile
 * grids. It shows *where* without drawing any boundary, so it needs no approved
 * standard map. Every division is on it, Taiwan, Hong Kong and Macao included,
 * drawn like all the others.
 *
 *        0    1    2    3    4    5    6    7    8    9
 *   0                                                  HL
 *   1                     IM   BJ             JL
 *   2   XJ           NX   SX   HE   TJ   LN
 *   3        QH   GS   SN   HA   SD
 *   4        XZ   SC   CQ   HB   AH   JS   SH
 *   5             YN   GZ   HN   JX   ZJ
 *   6                  GX   GD   FJ        TW
 *   7                       MO   HK
 *   8                  HI
 */

export type DivisionKind = 'province' | 'autonomous-region' | 'municipality' | 'sar';

export interface ProvinceTile {
  /** Kebab-case ASCII slug, e.g. `inner-mongolia`. */
  id: string;
  kind: DivisionKind;
  /** Short name for the tile: "Shandong" / "山东". */
  name: Bilingual;
  /** Full official name: "Shandong Province" / "山东省". */
  fullName: Bilingual;
  /** Where the English short name breaks when it is too long for one line of a tile. */
  enLines?: readonly string[];
  /** Grid cell: column from the west, row from the north, both from 0. */
  col: number;
  row: number;
}

export const PROVINCE_TILES = [
  // North-east
  { id: 'heilongjiang', kind: 'province', name: { en: 'Heilongjiang', zh: '黑龙江' }, fullName: { en: 'Heilongjiang Province', zh: '黑龙江省' }, enLines: ['Heilong-', 'jiang'], col: 9, row: 0 },
  { id: 'jilin', kind: 'province', name: { en: 'Jilin', zh: '吉林' }, fullName: { en: 'Jilin Province', zh: '吉林省' }, col: 8, row: 1 },
  { id: 'liaoning', kind: 'province', name: { en: 'Liaoning', zh: '辽宁' }, fullName: { en: 'Liaoning Province', zh: '辽宁省' }, col: 7, row: 2 },
  // North
  { id: 'inner-mongolia', kind: 'autonomous-region', name: { en: 'Inner Mongolia', zh: '内蒙古' }, fullName: { en: 'Inner Mongolia Autonomous Region', zh: '内蒙古自治区' }, enLines: ['Inner', 'Mongolia'], col: 4, row: 1 },
  { id: 'beijing', kind: 'municipality', name: { en: 'Beijing', zh: '北京' }, fullName: { en: 'Beijing Municipality', zh: '北京市' }, col: 5, row: 1 },
  { id: 'tianjin', kind: 'municipality', name: { en: 'Tianjin', zh: '天津' }, fullName: { en: 'Tianjin Municipality', zh: '天津市' }, col: 6, row: 2 },
  { id: 'hebei', kind: 'province', name: { en: 'Hebei', zh: '河北' }, fullName: { en: 'Hebei Province', zh: '河北省' }, col: 5, row: 2 },
  { id: 'shanxi', kind: 'province', name: { en: 'Shanxi', zh: '山西' }, fullName: { en: 'Shanxi Province', zh: '山西省' }, col: 4, row: 2 },
  // North-west
  { id: 'xinjiang', kind: 'autonomous-region', name: { en: 'Xinjiang', zh: '新疆' }, fullName: { en: 'Xinjiang Uygur Autonomous Region', zh: '新疆维吾尔自治区' }, col: 0, row: 2 },
  { id: 'ningxia', kind: 'autonomous-region', name: { en: 'Ningxia', zh: '宁夏' }, fullName: { en: 'Ningxia Hui Autonomous Region', zh: '宁夏回族自治区' }, col: 3, row: 2 },
  { id: 'qinghai', kind: 'province', name: { en: 'Qinghai', zh: '青海' }, fullName: { en: 'Qinghai Province', zh: '青海省' }, col: 1, row: 3 },
  { id: 'gansu', kind: 'province', name: { en: 'Gansu', zh: '甘肃' }, fullName: { en: 'Gansu Province', zh: '甘肃省' }, col: 2, row: 3 },
  { id: 'shaanxi', kind: 'province', name: { en: 'Shaanxi', zh: '陕西' }, fullName: { en: 'Shaanxi Province', zh: '陕西省' }, col: 3, row: 3 },
  // Centre and east
  { id: 'henan', kind: 'province', name: { en: 'Henan', zh: '河南' }, fullName: { en: 'Henan Province', zh: '河南省' }, col: 4, row: 3 },
  { id: 'shandong', kind: 'province', name: { en: 'Shandong', zh: '山东' }, fullName: { en: 'Shandong Province', zh: '山东省' }, col: 5, row: 3 },
  { id: 'hubei', kind: 'province', name: { en: 'Hubei', zh: '湖北' }, fullName: { en: 'Hubei Province', zh: '湖北省' }, col: 4, row: 4 },
  { id: 'anhui', kind: 'province', name: { en: 'Anhui', zh: '安徽' }, fullName: { en: 'Anhui Province', zh: '安徽省' }, col: 5, row: 4 },
  { id: 'jiangsu', kind: 'province', name: { en: 'Jiangsu', zh: '江苏' }, fullName: { en: 'Jiangsu Province', zh: '江苏省' }, col: 6, row: 4 },
  { id: 'shanghai', kind: 'municipality', name: { en: 'Shanghai', zh: '上海' }, fullName: { en: 'Shanghai Municipality', zh: '上海市' }, col: 7, row: 4 },
  { id: 'hunan', kind: 'province', name: { en: 'Hunan', zh: '湖南' }, fullName: { en: 'Hunan Province', zh: '湖南省' }, col: 4, row: 5 },
  { id: 'jiangxi', kind: 'province', name: { en: 'Jiangxi', zh: '江西' }, fullName: { en: 'Jiangxi Province', zh: '江西省' }, col: 5, row: 5 },
  { id: 'zhejiang', kind: 'province', name: { en: 'Zhejiang', zh: '浙江' }, fullName: { en: 'Zhejiang Province', zh: '浙江省' }, col: 6, row: 5 },
  // South-west
  { id: 'xizang', kind: 'autonomous-region', name: { en: 'Xizang', zh: '西藏' }, fullName: { en: 'Xizang Autonomous Region', zh: '西藏自治区' }, col: 1, row: 4 },
  { id: 'sichuan', kind: 'province', name: { en: 'Sichuan', zh: '四川' }, fullName: { en: 'Sichuan Province', zh: '四川省' }, col: 2, row: 4 },
  { id: 'chongqing', kind: 'municipality', name: { en: 'Chongqing', zh: '重庆' }, fullName: { en: 'Chongqing Municipality', zh: '重庆市' }, col: 3, row: 4 },
  { id: 'yunnan', kind: 'province', name: { en: 'Yunnan', zh: '云南' }, fullName: { en: 'Yunnan Province', zh: '云南省' }, col: 2, row: 5 },
  { id: 'guizhou', kind: 'province', name: { en: 'Guizhou', zh: '贵州' }, fullName: { en: 'Guizhou Province', zh: '贵州省' }, col: 3, row: 5 },
  // South and the coast
  { id: 'guangxi', kind: 'autonomous-region', name: { en: 'Guangxi', zh: '广西' }, fullName: { en: 'Guangxi Zhuang Autonomous Region', zh: '广西壮族自治区' }, col: 3, row: 6 },
  { id: 'guangdong', kind: 'province', name: { en: 'Guangdong', zh: '广东' }, fullName: { en: 'Guangdong Province', zh: '广东省' }, col: 4, row: 6 },
  { id: 'fujian', kind: 'province', name: { en: 'Fujian', zh: '福建' }, fullName: { en: 'Fujian Province', zh: '福建省' }, col: 5, row: 6 },
  { id: 'taiwan', kind: 'province', name: { en: 'Taiwan', zh: '台湾' }, fullName: { en: 'Taiwan Province', zh: '台湾省' }, col: 7, row: 6 },
  { id: 'macao', kind: 'sar', name: { en: 'Macao', zh: '澳门' }, fullName: { en: 'Macao Special Administrative Region', zh: '澳门特别行政区' }, col: 4, row: 7 },
  { id: 'hong-kong', kind: 'sar', name: { en: 'Hong Kong', zh: '香港' }, fullName: { en: 'Hong Kong Special Administrative Region', zh: '香港特别行政区' }, enLines: ['Hong', 'Kong'], col: 5, row: 7 },
  { id: 'hainan', kind: 'province', name: { en: 'Hainan', zh: '海南' }, fullName: { en: 'Hainan Province', zh: '海南省' }, col: 3, row: 8 },
] as const satisfies readonly ProvinceTile[];

export type ProvinceTileId = (typeof PROVINCE_TILES)[number]['id'];

export const PROVINCE_TILE_IDS = PROVINCE_TILES.map((t) => t.id) as ProvinceTileId[];

export function isProvinceTileId(id: string): id is ProvinceTileId {
  return (PROVINCE_TILE_IDS as string[]).includes(id);
}

export interface TileMapLayoutOptions {
  /** Side of a tile, in SVG user units. */
  tile: number;
  /** Space between neighbouring tiles. */
  gap: number;
  /** Ids of the tiles to mark; each must be a tile id. */
  marked: ReadonlySet<string>;
}

export interface LaidOutTile {
  id: ProvinceTileId;
  tile: ProvinceTile;
  /** Top-left corner of the tile. */
  x: number;
  y: number;
  size: number;
  marked: boolean;
}

export interface TileMapLayout {
  /** Size of the whole grid, from the top-left tile corner to the bottom-right one. */
  width: number;
  height: number;
  cols: number;
  rows: number;
  /** In reading order: north to south, then west to east (also the keyboard order of the marked tiles). */
  tiles: LaidOutTile[];
}

/** Where every tile goes in an SVG, and which are marked. Throws on a marked id that is no tile. */
export function tileMapLayout({ tile, gap, marked }: TileMapLayoutOptions): TileMapLayout {
  for (const id of marked) {
    if (!isProvinceTileId(id)) throw new Error(`tile map: "${id}" is not a provincial-level division id`);
  }
  const step = tile + gap;
  const cols = Math.max(...PROVINCE_TILES.map((t) => t.col)) + 1;
  const rows = Math.max(...PROVINCE_TILES.map((t) => t.row)) + 1;
  const tiles = [...PROVINCE_TILES]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(
      (t): LaidOutTile => ({
        id: t.id,
        tile: t,
        x: t.col * step,
        y: t.row * step,
        size: tile,
        marked: marked.has(t.id),
      }),
    );
  return { width: cols * step - gap, height: rows * step - gap, cols, rows, tiles };
}

/** The short name as it is written on a tile, one string per line. */
export function tileNameLines(tile: ProvinceTile, lang: 'en' | 'zh'): readonly string[] {
  return lang === 'en' && tile.enLines ? tile.enLines : [tile.name[lang]];
}

/**
 * A marked tile's accessible name: the full official name and the places the
 * bulletins come from, "Shandong Province: Dezhou" / "山东省：德州市".
 */
export function tileAccessibleName(tile: ProvinceTile, lang: 'en' | 'zh', places: readonly string[]): string {
  // Starts with what the tile shows (its short name, then its places), so the name a
  // screen reader or voice control uses matches the visible text; the full name follows.
  const shown = [tile.name[lang], ...places].join(' ');
  return lang === 'en' ? `${shown} (${tile.fullName.en})` : `${shown}（${tile.fullName.zh}）`;
}

/**
 * A rough width of a line of text, to keep labels inside their tile without
 * measuring fonts at build time. Errs wide (DejaVu Sans, a wide face, is what
 * many Linux readers get): CJK characters are a full em, capitals 0.72 em,
 * narrow letters 0.3 em, other Latin 0.6 em; bold adds a tenth.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(ch)) ems += 1;
    else if (/[A-Z]/.test(ch)) ems += 0.72;
    else if (/[ijlt.,'\-]/.test(ch)) ems += 0.3;
    else if (ch === ' ') ems += 0.32;
    else ems += 0.6;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

/** The font size at which a line fits `width`: `fontSize` itself, or smaller. */
export function fitFontSize(text: string, fontSize: number, width: number, bold = false): number {
  const estimate = estimateTextWidth(text, fontSize, bold);
  return estimate <= width ? fontSize : Math.floor((fontSize * width * 10) / estimate) / 10;
}

/**
 * A label broken at spaces into lines that fit `width` at `fontSize`, when it
 * does not fit on one ("Wanzhou District" → "Wanzhou", "District"). A word
 * longer than the width stays whole, to be shrunk by `fitFontSize`.
 */
export function wrapWords(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontSize) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
