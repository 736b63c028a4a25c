import { describe, expect, it } from 'vitest';
import {
  PROVINCE_TILES,
  type ProvinceTileId,
  estimateTextWidth,
  fitFontSize,
  tileAccessibleName,
  tileMapLayout,
  tileNameLines,
  wrapWords,
} from './tile-map';

const at = (id: ProvinceTileId) => {
  const tile = PROVINCE_TILES.find((t) => t.id === id);
  if (!tile) throw new Error(`no tile ${id}`);
  return tile;
};

describe('PROVINCE_TILES', () => {
  it('has all 34 provincial-level divisions, each once', () => {
    expect(PROVINCE_TILES).toHaveLength(34);
    expect(new Set(PROVINCE_TILES.map((t) => t.id)).size).toBe(34);
    expect(new Set(PROVINCE_TILES.map((t) => t.name.zh)).size).toBe(34);
    expect(new Set(PROVINCE_TILES.map((t) => t.fullName.en)).size).toBe(34);
  });

  it('counts 23 provinces, 5 autonomous regions, 4 municipalities and 2 SARs', () => {
    const count = (kind: string) => PROVINCE_TILES.filter((t) => t.kind === kind).length;
    expect([count('province'), count('autonomous-region'), count('municipality'), count('sar')]).toEqual([23, 5, 4, 2]);
    const municipalities = PROVINCE_TILES.filter((t) => t.kind === 'municipality').map((t) => t.id);
    expect(municipalities.sort()).toEqual(['beijing', 'chongqing', 'shanghai', 'tianjin']);
  });

  it('includes Taiwan, Hong Kong and Macao', () => {
    const ids = PROVINCE_TILES.map((t) => t.id);
    expect(ids).toContain('taiwan');
    expect(ids).toContain('hong-kong');
    expect(ids).toContain('macao');
    expect(at('taiwan').fullName).toEqual({ en: 'Taiwan Province', zh: '台湾省' });
  });

  it('uses kebab-case ASCII ids', () => {
    for (const t of PROVINCE_TILES) expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('puts no two tiles on the same cell', () => {
    const cells = PROVINCE_TILES.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const t of PROVINCE_TILES) {
      expect(Number.isInteger(t.col) && t.col >= 0, t.id).toBe(true);
      expect(Number.isInteger(t.row) && t.row >= 0, t.id).toBe(true);
    }
  });

  it('gives each division its official full name', () => {
    const suffix = { province: ['省', 'Province'], 'autonomous-region': ['自治区', 'Autonomous Region'], municipality: ['市', 'Municipality'], sar: ['特别行政区', 'Special Administrative Region'] } as const;
    for (const t of PROVINCE_TILES) {
      const [zh, en] = suffix[t.kind];
      expect(t.fullName.zh.endsWith(zh), t.id).toBe(true);
      expect(t.fullName.en.endsWith(en), t.id).toBe(true);
      expect(t.fullName.zh.startsWith(t.name.zh), t.id).toBe(true);
      expect(t.fullName.en.startsWith(t.name.en), t.id).toBe(true);
    }
    expect(at('guangxi').fullName).toEqual({ en: 'Guangxi Zhuang Autonomous Region', zh: '广西壮族自治区' });
    expect(at('beijing').fullName).toEqual({ en: 'Beijing Municipality', zh: '北京市' });
    expect(at('hong-kong').fullName).toEqual({ en: 'Hong Kong Special Administrative Region', zh: '香港特别行政区' });
  });

  it('breaks long English names only into pieces of the name', () => {
    for (const t of PROVINCE_TILES) {
      if (!('enLines' in t)) continue;
      expect(t.enLines.join(' ').replace('- ', ''), t.id).toBe(t.name.en);
    }
  });
});

describe('the grid reads as China', () => {
  const westOf = (a: ProvinceTileId, b: ProvinceTileId) => expect(at(a).col, `${a} west of ${b}`).toBeLessThan(at(b).col);
  const northOf = (a: ProvinceTileId, b: ProvinceTileId) => expect(at(a).row, `${a} north of ${b}`).toBeLessThan(at(b).row);

  it('puts Xinjiang in the far west and Xizang in the south-west', () => {
    westOf('xinjiang', 'gansu');
    expect(at('xinjiang').col).toBe(Math.min(...PROVINCE_TILES.map((t) => t.col)));
    westOf('xizang', 'sichuan');
    northOf('xinjiang', 'xizang');
  });

  it('runs the north-east from Heilongjiang at the top down to Liaoning', () => {
    northOf('heilongjiang', 'jilin');
    northOf('jilin', 'liaoning');
    expect(at('heilongjiang').row).toBe(0);
  });

  it('keeps Beijing and Tianjin together beside Hebei, with Shandong on the coast below', () => {
    const touches = (a: ProvinceTileId, b: ProvinceTileId) =>
      Math.max(Math.abs(at(a).col - at(b).col), Math.abs(at(a).row - at(b).row)) === 1;
    expect(touches('beijing', 'hebei')).toBe(true);
    expect(touches('tianjin', 'hebei')).toBe(true);
    expect(touches('beijing', 'tianjin')).toBe(true);
    westOf('henan', 'shandong');
    northOf('tianjin', 'shandong');
    northOf('shandong', 'jiangsu');
  });

  it('puts Shanghai on the coast east of Jiangsu and Anhui, and Hubei in the middle', () => {
    westOf('jiangsu', 'shanghai');
    westOf('anhui', 'shanghai');
    westOf('hubei', 'anhui');
    westOf('chongqing', 'hubei');
    northOf('henan', 'hubei');
    northOf('hubei', 'hunan');
  });

  it('puts Taiwan east of Fujian, Hainan south of Guangdong, Hong Kong and Macao south of Guangdong', () => {
    westOf('fujian', 'taiwan');
    northOf('guangdong', 'hainan');
    northOf('guangdong', 'hong-kong');
    northOf('guangdong', 'macao');
    westOf('macao', 'hong-kong');
    expect(at('hainan').row).toBe(Math.max(...PROVINCE_TILES.map((t) => t.row)));
  });
});

describe('tileMapLayout()', () => {
  it('places each tile at col × (tile + gap), row × (tile + gap)', () => {
    const layout = tileMapLayout({ tile: 60, gap: 6, marked: new Set() });
    expect(layout.tiles).toHaveLength(34);
    for (const t of layout.tiles) {
      expect(t.x, t.id).toBe(t.tile.col * 66);
      expect(t.y, t.id).toBe(t.tile.row * 66);
      expect(t.size).toBe(60);
    }
    const shandong = layout.tiles.find((t) => t.id === 'shandong');
    expect(shandong).toMatchObject({ x: at('shandong').col * 66, y: at('shandong').row * 66 });
  });

  it('sizes the SVG to the grid, without a trailing gap', () => {
    const layout = tileMapLayout({ tile: 10, gap: 2, marked: new Set() });
    const cols = Math.max(...PROVINCE_TILES.map((t) => t.col)) + 1;
    const rows = Math.max(...PROVINCE_TILES.map((t) => t.row)) + 1;
    expect(layout).toMatchObject({ cols, rows, width: cols * 12 - 2, height: rows * 12 - 2 });
    expect(cols).toBeGreaterThanOrEqual(10);
    expect(rows).toBeGreaterThanOrEqual(8);
    for (const t of layout.tiles) {
      expect(t.x + t.size).toBeLessThanOrEqual(layout.width);
      expect(t.y + t.size).toBeLessThanOrEqual(layout.height);
    }
  });

  it('marks exactly the tiles asked for', () => {
    const layout = tileMapLayout({ tile: 60, gap: 6, marked: new Set(['shandong', 'guangdong']) });
    expect(layout.tiles.filter((t) => t.marked).map((t) => t.id).sort()).toEqual(['guangdong', 'shandong']);
  });

  it('lists tiles north to south, then west to east', () => {
    const { tiles } = tileMapLayout({ tile: 60, gap: 6, marked: new Set() });
    for (let i = 1; i < tiles.length; i++) {
      const [a, b] = [tiles[i - 1]!, tiles[i]!];
      expect(a.y < b.y || (a.y === b.y && a.x < b.x), `${a.id} before ${b.id}`).toBe(true);
    }
  });

  it('refuses a marked id that is no division', () => {
    expect(() => tileMapLayout({ tile: 60, gap: 6, marked: new Set(['dezhou']) })).toThrow(/dezhou/);
  });
});

describe('tile labels', () => {
  it('writes the short name in the reader’s language, on two lines where English is long', () => {
    expect(tileNameLines(at('shandong'), 'zh')).toEqual(['山东']);
    expect(tileNameLines(at('shandong'), 'en')).toEqual(['Shandong']);
    expect(tileNameLines(at('inner-mongolia'), 'en')).toEqual(['Inner', 'Mongolia']);
    expect(tileNameLines(at('inner-mongolia'), 'zh')).toEqual(['内蒙古']);
  });

  it('names a marked tile by its full name and places', () => {
    expect(tileAccessibleName(at('shandong'), 'en', ['Dezhou'])).toBe('Shandong Dezhou (Shandong Province)');
    expect(tileAccessibleName(at('guangdong'), 'zh', ['肇庆市', '德庆县'])).toBe('广东 肇庆市 德庆县（广东省）');
    expect(tileAccessibleName(at('hubei'), 'en', [])).toBe('Hubei (Hubei Province)');
  });

  it('shrinks a line only when it would not fit', () => {
    expect(estimateTextWidth('山东', 10)).toBe(20);
    expect(estimateTextWidth('Hubei', 10)).toBeCloseTo(28.2);
    expect(estimateTextWidth('Hubei', 10, true)).toBeGreaterThan(estimateTextWidth('Hubei', 10));
    expect(fitFontSize('Hubei', 10, 60)).toBe(10);
    const shrunk = fitFontSize('Shijiazhuang', 10, 36);
    expect(shrunk).toBeLessThan(10);
    expect(estimateTextWidth('Shijiazhuang', shrunk)).toBeLessThanOrEqual(36);
  });

  it('breaks a long place at its spaces', () => {
    expect(wrapWords('Wanzhou District', 9, 55)).toEqual(['Wanzhou', 'District']);
    expect(wrapWords('Dezhou', 9, 55)).toEqual(['Dezhou']);
    expect(wrapWords('Deqing County Zhaoqing', 9, 200)).toEqual(['Deqing County Zhaoqing']);
  });

  it('fits every English and Chinese tile name on its tile at the map’s sizes', () => {
    for (const t of PROVINCE_TILES) {
      for (const line of tileNameLines(t, 'zh')) expect(estimateTextWidth(line, 15), t.id).toBeLessThanOrEqual(55);
      for (const line of tileNameLines(t, 'en')) expect(fitFontSize(line, 11, 55, true), t.id).toBeGreaterThanOrEqual(9);
    }
  });
});
