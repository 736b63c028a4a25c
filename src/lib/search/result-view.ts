import { HTML_LANG, type Lang, isLang } from '../../i18n/locales';
import { bulletinPath } from '../linking/paths';
import { type ExcerptSegment, excerptSegments, hitWords } from './excerpt';
import { HIGHLIGHT_PARAM, ID_META, type MetaField, STATUS_META, metaKey } from './fields';
import type { PagefindResultData, PagefindSubResult } from './pagefind-types';

/** One search result, ready to show to a reader of `readerLang`. */
export interface ResultView {
  bulletinId: string;
  /** The language of the text that matched. */
  textLang: Lang;
  /** BCP 47 tag of textLang, for `lang` attributes on what is shown in it. */
  textHtmlLang: string;
  /** The matched text is in the other language than the reader's. */
  crossLanguage: boolean;
  /** The title in the matched text's language. */
  title: string;
  /** The title in the reader's language (the same as title unless crossLanguage). */
  readerTitle: string;
  /** Region and date in the reader's language. */
  region: string;
  date: string;
  /** The mark of what the matched text is, in the reader's language, and its status id. */
  status: string;
  statusId: string;
  /** Where the match is: the matched measure (or section) heading, or nothing for the title and opening. */
  section: string | null;
  excerpt: ExcerptSegment[];
  /** The matched text, at the matched measure, with the matched words to highlight. */
  url: string;
  /** The same place in the reader's language (anchors are the same in both). */
  readerUrl: string;
}

/** How much of a result a sub-result holds: its weighted hits, or plain hits where weights are missing. */
function strength(sub: PagefindSubResult): number {
  return sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations.length;
}

/** The section of a page where the query matched most; null when the best match is before any heading. */
export function bestSubResult(data: PagefindResultData): PagefindSubResult | null {
  let best: PagefindSubResult | null = null;
  for (const sub of data.sub_results) {
    if (!best || strength(sub) > strength(best)) best = sub;
  }
  return best?.anchor?.id ? best : null;
}

/** A link to a place in a bulletin page, with the words to mark there (none for a plain link). */
function linkTo(path: string, words: string[], anchor: string | undefined): string {
  const params = new URLSearchParams(words.map((w) => [HIGHLIGHT_PARAM, w]));
  const query = params.size > 0 ? `?${params}` : '';
  return `${path}${query}${anchor ? `#${anchor}` : ''}`;
}

/** The text language of a result, read from its URL (`/zh/bulletins/…`). */
export function resultLang(url: string): Lang | null {
  const first = url.split('/')[1];
  return isLang(first) ? first : null;
}

export function toResultView(data: PagefindResultData, readerLang: Lang): ResultView | null {
  const textLang = resultLang(data.url);
  const bulletinId = data.meta[ID_META];
  if (!textLang || !bulletinId) return null;
  const meta = (field: MetaField, lang: Lang) => data.meta[metaKey(field, lang)] ?? '';
  const sub = bestSubResult(data);
  const excerpt = excerptSegments(sub ? sub.excerpt : data.excerpt);
  const anchor = sub?.anchor?.id;
  return {
    bulletinId,
    textLang,
    textHtmlLang: HTML_LANG[textLang],
    crossLanguage: textLang !== readerLang,
    title: meta('title', textLang),
    readerTitle: meta('title', readerLang),
    region: meta('region', readerLang),
    date: meta('date', readerLang),
    status: meta('status', readerLang),
    statusId: data.meta[STATUS_META] ?? '',
    section: sub ? sub.title : null,
    excerpt,
    url: linkTo(bulletinPath(textLang, bulletinId), hitWords(excerpt), anchor),
    readerUrl: linkTo(bulletinPath(readerLang, bulletinId), [], anchor),
  };
}
