import { INTL_LOCALE, type Lang } from '../../i18n/locales';

/**
 * Longest query the site sends to the index. Longer input (a pasted paragraph)
 * is cut here: no measure heading is this long, and every extra word costs a lookup.
 */
export const MAX_QUERY_LENGTH = 200;

/** Trims, collapses runs of white space (including the ideographic space) and cuts to the maximum length. */
export function normaliseQuery(raw: string): string {
  return Array.from(raw.replace(/\s+/gu, ' ').trim()).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * Whether a query has anything the index could match: a letter (any script,
 * Chinese included) or a digit. Punctuation, symbols and emoji alone do not.
 */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/**
 * The query split into words the way the Chinese index stores them: 工程造价 →
 * 工程 造价. Pagefind splits a query itself only when the page it runs on is in
 * Chinese, so a query from an English page into the Chinese texts needs this.
 * Words in other scripts stay whole.
 */
export function chineseWords(query: string): string {
  const segmenter = new Intl.Segmenter(INTL_LOCALE.zh, { granularity: 'word' });
  return Array.from(segmenter.segment(query), ({ segment }) => segment)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether a query could match texts in `lang` at all: Chinese characters or
 * digits for the Chinese texts, Latin letters or digits for the English. A
 * search into the other language's texts is made only then, so an English word
 * on the English site does not load and search the Chinese index for nothing.
 */
export function couldMatchTextsIn(query: string, lang: Lang): boolean {
  return lang === 'zh' ? /[\p{Script=Han}\p{Nd}]/u.test(query) : /[\p{Script=Latin}\p{Nd}]/u.test(query);
}
