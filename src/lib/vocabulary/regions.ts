import type { Bilingual } from './bilingual';
import { PROVINCES } from './provinces';

/** Administrative levels of Chinese regions that issue bulletins. */
export const LEVELS = ['province', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];

export interface Region {
  level: Level;
  /** Full official name, e.g. "Deqing County" / "德庆县". */
  name: Bilingual;
  /** The region this one belongs to (a county's city, a city's province); a key of REGIONS. */
  parent?: string;
}

/**
 * Every region the site knows, keyed by its slug. A bulletin's `region` must be
 * one of these keys, and its id starts with that slug.
 */
export const REGIONS = {
  shandong: { level: 'province', name: PROVINCES.shandong.fullName },
  zhejiang: { level: 'province', name: PROVINCES.zhejiang.fullName },
  hubei: { level: 'province', name: PROVINCES.hubei.fullName },
  guangdong: { level: 'province', name: PROVINCES.guangdong.fullName },
  dezhou: { level: 'city', name: { en: 'Dezhou City', zh: '德州市' }, parent: 'shandong' },
  zhaoqing: { level: 'city', name: { en: 'Zhaoqing City', zh: '肇庆市' }, parent: 'guangdong' },
  deqing: { level: 'county', name: { en: 'Deqing County', zh: '德庆县' }, parent: 'zhaoqing' },
} as const satisfies Record<string, Region>;

export type RegionId = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as [RegionId, ...RegionId[]];

/** The region and its ancestors, smallest first: deqing → zhaoqing → guangdong. */
export function regionChain(id: RegionId): RegionId[] {
  const chain: RegionId[] = [];
  for (let at: RegionId | undefined = id; at; at = (REGIONS[at] as Region).parent as RegionId | undefined) {
    chain.push(at);
  }
  return chain;
}

/**
 * A region's full place name in the reader's language: English reads smallest
 * first ("Deqing County, Zhaoqing City, Guangdong Province"), Chinese largest
 * first with no separator ("广东省肇庆市德庆县"), as addresses are written.
 */
export function regionPlaceName(id: RegionId, lang: 'en' | 'zh'): string {
  const names = regionChain(id).map((r) => REGIONS[r].name[lang]);
  return lang === 'en' ? names.join(', ') : names.reverse().join('');
}
