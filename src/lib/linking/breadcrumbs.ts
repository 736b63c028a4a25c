import type { Lang } from '../../i18n/locales';
import { type RegionId, REGIONS, regionChain } from '../vocabulary/regions';
import { homePath, regionPath, regionsPath, topicsPath, yearsPath } from './paths';

/** One step of the way up from a page: its label key or text, and where it goes. */
export interface Crumb {
  href: string;
  label: string;
}

type Label = (key: 'nav.home' | 'nav.regions' | 'nav.topics' | 'nav.years') => string;

/** Home, the first step of every trail. */
export function homeCrumb(lang: Lang, t: Label): Crumb {
  return { href: homePath(lang), label: t('nav.home') };
}

/**
 * The way up from a place or from a bulletin of it: home, the regions, then each
 * enclosing place, largest first (Shandong Province › Dezhou City). A place's own
 * page leaves itself out; a bulletin's trail ends with its place.
 */
export function regionTrail(lang: Lang, t: Label, region: RegionId, { includeSelf }: { includeSelf: boolean }): Crumb[] {
  const chain = regionChain(region).reverse();
  const places = includeSelf ? chain : chain.slice(0, -1);
  return [
    homeCrumb(lang, t),
    { href: regionsPath(lang), label: t('nav.regions') },
    ...places.map((id) => ({ href: regionPath(lang, id), label: REGIONS[id].name[lang] })),
  ];
}

/** The way up from a topic or a year: home, then the index of its kind. */
export function sectionTrail(lang: Lang, t: Label, section: 'topics' | 'years'): Crumb[] {
  const index = section === 'topics' ? { href: topicsPath(lang), label: t('nav.topics') } : { href: yearsPath(lang), label: t('nav.years') };
  return [homeCrumb(lang, t), index];
}
