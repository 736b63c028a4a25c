import type { Bilingual } from '../vocabulary/bilingual';
import { type DivisionKind, PROVINCES, type ProvinceId } from '../vocabulary/provinces';

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

/** A division on the map: its names (from vocabulary/provinces.ts) and its cell. */
export interface ProvinceTile {
  /** Kebab-case ASCII slug, e.g. `inner-mongolia`. */
  id: ProvinceId;
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

/** Where each division's tile goes. */
const GRID: readonly { id: ProvinceId; col: number; row: number; enLines?: readonly string[] }[] = [
  // North-east
  { id: 'heilongjiang', col: 9, row: 0, enLines: ['Heilong-', 'jiang'] },
  { id: 'jilin', col: 8, row: 1 },
  { id: 'liaoning', col: 7, row: 2 },
  // North
  { id: 'inner-mongolia', col: 4, row: 1, enLines: ['Inner', 'Mongolia'] },
  { id: 'beijing', col: 5, row: 1 },
  { id: 'tianjin', col: 6, row: 2 },
  { id: 'hebei', col: 5, row: 2 },
  { id: 'shanxi', col: 4, row: 2 },
  // North-west
  { id: 'xinjiang', col: 0, row: 2 },
  { id: 'ningxia', col: 3, row: 2 },
  { id: 'qinghai', col: 1, row: 3 },
  { id: 'gansu', col: 2, row: 3 },
  { id: 'shaanxi', col: 3, row: 3 },
  // Centre and east
  { id: 'henan', col: 4, row: 3 },
  { id: 'shandong', col: 5, row: 3 },
  { id: 'hubei', col: 4, row: 4 },
  { id: 'anhui', col: 5, row: 4 },
  { id: 'jiangsu', col: 6, row: 4 },
  { id: 'shanghai', col: 7, row: 4 },
  { id: 'hunan', col: 4, row: 5 },
  { id: 'jiangxi', col: 5, row: 5 },
  { id: 'zhejiang', col: 6, row: 5 },
  // South-west
  { id: 'xizang', col: 1, row: 4 },
  { id: 'sichuan', col: 2, row: 4 },
  { id: 'chongqing', col: 3, row: 4 },
  { id: 'yunnan', col: 2, row: 5 },
  { id: 'guizhou', col: 3, row: 5 },
  // South and the coast
  { id: 'guangxi', col: 3, row: 6 },
  { id: 'guangdong', col: 4, row: 6 },
  { id: 'fujian', col: 5, row: 6 },
  { id: 'taiwan', col: 7, row: 6 },
  { id: 'macao', col: 4, row: 7 },
  { id: 'hong-kong', col: 5, row: 7, enLines: ['Hong', 'Kong'] },
  { id: 'hainan', col: 3, row: 8 },
];

export const PROVINCE_TILES: readonly ProvinceTile[] = GRID.map(({ id, col, row, enLines }) => ({ id, ...PROVINCES[id], col, row, ...(enLines ? { enLines } : {}) }));

export type ProvinceTileId = ProvinceId;

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
