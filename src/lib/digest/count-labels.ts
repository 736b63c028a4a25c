import type { Translate } from '../../i18n/translator';

/** "1 bulletin" / "5 bulletins", "1 篇公告" / "5 篇公告". */
export function countBulletins(t: Translate, count: number): string {
  return count === 1 ? t('count.bulletins.one') : t('count.bulletins.many', { count });
}

export function countMeasures(t: Translate, count: number): string {
  return count === 1 ? t('count.measures.one') : t('count.measures.many', { count });
}
