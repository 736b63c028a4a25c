import type { Lang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import { type ListPage, listPagePath, NEWEST } from '../digest/pagination';
import { bulletinCountLabel } from '../digest/count-labels';
import { inEachLang } from './paths';

/**
 * A page of a long list: its title, which names an archived page's number ("Financing, page 2" /
 * "融资支持（第2页）"; the newest page keeps the list's title), and its address in each language, for the alternates.
 */
export function listPageHead(t: Translate, title: string, page: ListPage<unknown>, base: (lang: Lang) => string): { title: string; alternates: Record<Lang, string> } {
  return {
    title: page.number !== NEWEST ? t('pager.title', { title, number: page.number }) : title,
    alternates: inEachLang((lang) => listPagePath(base(lang), page.number)),
  };
}

/**
 * What a list page holds, beside its heading: the newest page counts the whole list
 * ("320 bulletins"); an archived page says where it stands, counted from the oldest
 * ("Page 2: bulletins 51–100, counted from the oldest"), which stays true as the list grows.
 */
export function listCountLabel(t: Translate, page: ListPage<unknown>): string {
  if (page.number === NEWEST) return bulletinCountLabel(t, page.total ?? page.items.length);
  return t('pager.position', { number: page.number, range: rangeLabel(t, page) });
}

/** Which bulletins an archived page holds: "bulletins 51–100, counted from the oldest". */
function rangeLabel(t: Translate, page: ListPage<unknown>): string {
  return t('pager.range', { from: page.from, to: page.to });
}

/**
 * A list page's description, for search engines and link previews: its title (`listPageHead`'s,
 * which names an archived page's number) and what the page holds ("Financing: 320 bulletins,
 * 1,204 measures"; "融资支持（第2页）：第51至100篇（自最早的文章起算）"). `measures`, a count only
 * the newest page gives, follows the bulletins'.
 */
export function listDescription(t: Translate, pageTitle: string, page: ListPage<unknown>, measures?: string): string {
  if (page.number !== NEWEST) return t('list.description', { title: pageTitle, count: rangeLabel(t, page) });
  const bulletins = listCountLabel(t, page);
  return t('list.description', { title: pageTitle, count: measures === undefined ? bulletins : t('list.counts', { bulletins, measures }) });
}
