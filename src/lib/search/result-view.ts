import { HTML_LANG, type Lang, isLang } from '../../i18n/locales';
import { bulletinPath } from '../linking/paths';
import type { ExcerptSegment } from './excerpt';
import { HIGHLIGHT_PARAM, ID_META, type MetaField, STATUS_META, TOPIC_ANCHOR_FILTER, metaKey } from './fields';
import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from './pagefind-types';
import { type IndexedText, indexedText, letterBounds, phraseHits, snippet, type SnippetRange } from './snippet';
import { topicAnchor } from './topic-anchors';

/**
 * How a result was found: by the reader's words, or by a concept the query named:
 * a topic (named in the reader's language) or a glossary term (the Chinese and the site's English).
 */
export type Found = { by: 'words' } | { by: 'topic'; topic: string; label: string } | { by: 'term'; zh: string; en: string };

export const BY_WORDS: Found = { by: 'words' };

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
  found: Found;
  /** Where the result lands: the matched measure (or section) heading, or nothing for the title and opening. */
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

/** The part of a page where the query matched most, headed or not (the first of equals): its hits are the words to mark on the page. */
function strongest(data: PagefindResultData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of data.sub_results) {
    if (!best || strength(sub) > strength(best)) best = sub;
  }
  return best;
}

/** The section of a page where the query matched most; null when the best match is before any heading. */
export function bestSubResult(data: PagefindResultData): PagefindSubResult | null {
  const best = strongest(data);
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

/**
 * The words at some hit locations, neighbours joined (Pagefind counts 纾 and 困
 * as two words where the reader searched for 纾困), each once, in lower case.
 */
export function wordsAt(text: IndexedText, locations: readonly number[]): string[] {
  const runs: string[] = [];
  let previous = -2;
  for (const at of [...locations].sort((a, b) => a - b)) {
    const word = (text.words[at] ?? '').trim();
    if (at === previous + 1 && runs.length > 0) runs[runs.length - 1] += text.joiner + word;
    else runs.push(word);
    previous = at;
  }
  const cleaned = runs.map((run) => run.slice(...letterBounds(run)).toLocaleLowerCase());
  return [...new Set(cleaned.filter((w) => w !== ''))];
}

/** The first word after a heading's own words and the stop Pagefind puts after it. */
function bodyStart(text: IndexedText, anchor: PagefindAnchor): number {
  const target = anchor.text.replace(/\s+/gu, '').length;
  let at = anchor.location;
  for (let seen = 0; at < text.words.length && seen < target; at += 1) seen += (text.words[at] ?? '').replace(/\s+/gu, '').length;
  while (at < text.words.length && /^[.\s]*$/u.test(text.words[at] ?? '')) at += 1;
  return at;
}

/**
 * The words of the section under `anchor`, to its next heading, without the
 * heading itself. A measure whose text is all in its parts (measure-3 holds only
 * measure-3-1, measure-3-2 …) runs on into its first part.
 */
function sectionRange(text: IndexedText, anchors: readonly PagefindAnchor[], anchor: PagefindAnchor, hits: readonly number[]): SnippetRange {
  const start = bodyStart(text, anchor);
  const next = anchors.find((a) => a.location >= start && a.location > anchor.location);
  const end = next?.location ?? text.words.length;
  if (start >= end && next) return sectionRange(text, anchors, next, hits);
  return { start, end, hits: hits.filter((hit) => hit >= start && hit < end) };
}

/**
 * Where a result lands and what it shows: the matched measure with the hits in
 * it; for a result found by topic, the first measure on that topic; for a match
 * in the title alone, the page itself, showing the opening of the summary.
 */
function landing(data: PagefindResultData, found: Found): { anchor: PagefindAnchor | null; range: SnippetRange | null; text: IndexedText } {
  const text = indexedText(data.raw_content ?? '');
  const anchors = [...(data.anchors ?? [])].filter((a) => a.id).sort((a, b) => a.location - b.location);
  const opening = anchors[0] ? sectionRange(text, anchors, anchors[0], []) : null;
  if (found.by === 'topic') {
    const id = topicAnchor(data.filters[TOPIC_ANCHOR_FILTER], found.topic);
    const anchor = anchors.find((a) => a.id === id) ?? null;
    return { anchor, range: anchor ? sectionRange(text, anchors, anchor, []) : opening, text };
  }
  const best = bestSubResult(data);
  if (best?.anchor) return { anchor: best.anchor, range: sectionRange(text, anchors, best.anchor, best.locations), text };
  // A match in the title opens the page; the passage shown is the section whose text (not
  // heading) holds the most hits, or the opening.
  const ranges = data.sub_results.flatMap((sub) => (sub.anchor?.id ? [sectionRange(text, anchors, sub.anchor, sub.locations)] : []));
  const shown = ranges.filter((range) => range.hits.length > 0).sort((a, b) => b.hits.length - a.hits.length)[0];
  return { anchor: null, range: shown ?? opening, text };
}

export function toResultView(data: PagefindResultData, readerLang: Lang, found: Found = BY_WORDS): ResultView | null {
  const textLang = resultLang(data.url);
  const bulletinId = data.meta[ID_META];
  if (!textLang || !bulletinId) return null;
  const meta = (field: MetaField, lang: Lang) => data.meta[metaKey(field, lang)] ?? '';
  const { anchor, range, text } = landing(data, found);
  const marked = found.by === 'topic' ? [] : wordsAt(text, phraseHits(text, strongest(data)?.locations ?? []));
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
    found,
    section: anchor ? anchor.text : null,
    excerpt: range ? snippet(text, range, textLang) : [],
    url: linkTo(bulletinPath(textLang, bulletinId), marked, anchor?.id),
    readerUrl: linkTo(bulletinPath(readerLang, bulletinId), [], anchor?.id),
  };
}
