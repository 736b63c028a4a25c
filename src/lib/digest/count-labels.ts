import type { Translate } from '../../i18n/translator';

/** "1 bulletin" / "5 bulletins", "1 篇文章" / "5 篇文章": the count as a reader sees it beside a heading. */
export function bulletinCountLabel(t: Translate, count: number): string {
  return count === 1 ? t('count.bulletins.one') : t('count.bulletins.many', { count });
}

/** "1 measure" / "12 measures", "1 项措施" / "12 项措施". */
export function measureCountLabel(t: Translate, count: number): string {
  return count === 1 ? t('count.measures.one') : t('count.measures.many', { count });
}
