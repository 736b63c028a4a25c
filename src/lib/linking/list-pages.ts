import type { Lang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import { type ListPage, listPagePath } from '../digest/pagination';
import { inEachLang } from './paths';

/**
 * A page of a long list: its title, which names the page number from page 2 on
 * ("Financing, page 2" / "融资支持（第2页）"), and its address in each language, for the alternates.
 */
export function listPageHead(t: Translate, title: string, page: ListPage<unknown>, base: (lang: Lang) => string): { title: string; alternates: Record<Lang, string> } {
  return {
    title: page.number > 1 ? t('pager.title', { title, number: page.number }) : title,
    alternates: inEachLang((lang) => listPagePath(base(lang), page.number)),
  };
}
