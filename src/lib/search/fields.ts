/**
 * The names of what the search index records about each bulletin page: written
 * into the pages at build time, read back by the search UI in the browser.
 * Filter values are language-neutral keys (`shandong`, `financing`), so a filter
 * chosen on the English site also narrows the Chinese results.
 */
export const FILTER_KEYS = ['region', 'level', 'year', 'topic'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The sort key: the bulletin's ISO date (`2020-08` or `2020-10-15`), which sorts as text. */
export const DATE_SORT = 'date';

/** Meta fields, each once per language (`title_en`, `region_zh` …), so a result can be shown in the reader's language whichever text matched. */
export const META_FIELDS = ['title', 'region', 'date', 'status'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export function metaKey(field: MetaField, lang: string): string {
  return `${field}_${lang}`;
}

/** Meta field holding the bulletin id, from which the UI builds links in either language. */
export const ID_META = 'bulletin';

/** Meta field holding the status of the page's text (`site-translation` …), for styling its mark. */
export const STATUS_META = 'text_status';

/** The query parameter that carries matched words to the page a result opens, to be marked there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Filter naming, per topic, the first measure of the page that carries it (see topic-anchors.ts); not offered to readers. */
export const TOPIC_ANCHOR_FILTER = 'topic_at';
