import type { Lang } from '../../i18n/locales';
import { type ExcerptSegment, joinAdjacent } from './excerpt';

/**
 * A page's text as Pagefind keeps it (`raw_content`), split into the words its
 * hit locations count, the way Pagefind itself splits it: at zero-width spaces
 * for Chinese, which it segments into words, and at white space otherwise.
 */
export interface IndexedText {
  words: string[];
  /** What goes between two words when they are put back together. */
  joiner: '' | ' ';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Pagefind keeps the text HTML-escaped; the snippet is shown as text, so entities become their characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

export function indexedText(raw: string): IndexedText {
  if (raw.includes('\u200B')) return { words: raw.split('\u200B').map(decodeEntities), joiner: '' };
  return { words: raw.split(/[^\S\uFEFF]+/g).map(decodeEntities), joiner: ' ' };
}

/** Where a word's letters and digits begin and end, without the punctuation Pagefind keeps with it (“inn, attendant”). */
export function letterBounds(word: string): [number, number] {
  const from = /^[^\p{L}\p{N}]*/u.exec(word)![0].length;
  const trail = /[^\p{L}\p{N}]*$/u.exec(word.slice(from))![0].length;
  return [from, word.length - trail];
}

/** The part of a page a snippet is cut from ([start, end) in words) and the words in it that matched. */
export interface SnippetRange {
  start: number;
  end: number;
  hits: readonly number[];
}

/** Characters a snippet may hold, and how far before the first hit it may begin. */
const BUDGET: Record<Lang, number> = { en: 180, zh: 64 };
const LOOKBACK: Record<Lang, number> = { en: 70, zh: 28 };
const ELLIPSIS: Record<Lang, string> = { en: '…', zh: '……' };

/** Chinese punctuation that ends a sentence, and that ends a clause within one. */
const ZH_SENTENCE_END = /[。！？；…]$/u;
const ZH_CLAUSE_END = /[，、：]$/u;
/** A block that ends in Chinese closing punctuation, followed by the space Pagefind puts after blocks. */
const ZH_BLOCK_END = /^([”’》）」』]+)\s+$/u;

/**
 * Pagefind joins a heading, a title or a list item to what follows with ". " (or
 * a bare space after punctuation). In Chinese that becomes the full stop 。, or
 * nothing where a sentence has ended already.
 */
function chineseWord(word: string, before: string): string {
  if (/^\.\s*$/.test(word)) return ZH_SENTENCE_END.test(before) ? '' : '。';
  const closing = ZH_BLOCK_END.exec(word);
  if (closing) return `${closing[1]}。`;
  if (word.trim() === '') return /[A-Za-z0-9]$/.test(before) ? ' ' : '';
  return word.replace(/\s+/gu, ' ');
}

/** The range's text, and where each of its words begins and ends in it. */
function assemble(text: IndexedText, range: SnippetRange, lang: Lang): { body: string; spans: Map<number, [number, number]> } {
  let body = '';
  const spans = new Map<number, [number, number]>();
  for (let i = range.start; i < range.end; i += 1) {
    const raw = text.words[i] ?? '';
    const word = lang === 'zh' && text.joiner === '' ? chineseWord(raw, body) : raw;
    if (word === '') continue;
    if (body !== '' && text.joiner !== '') body += text.joiner;
    // A word's span leaves out the punctuation Pagefind keeps with it (“inn), so only the word is marked.
    const [from, to] = letterBounds(word);
    spans.set(i, [body.length + from, body.length + to]);
    body += word;
  }
  return { body, spans };
}

/** The few characters before `at`: all the punctuation tests below look at, without copying the text up to it each time. */
const tail = (body: string, at: number) => body.slice(Math.max(0, at - 3), at);

/** Whether a sentence begins at `at`: the text's start, or after a full stop. */
function sentenceStartsAt(body: string, at: number, lang: Lang): boolean {
  if (at === 0) return true;
  return lang === 'zh' ? ZH_SENTENCE_END.test(tail(body, at)) : /[.!?;:]["”’)]? $/.test(tail(body, at));
}

/** Where to begin: the nearest sentence start within reach before the hit, else a clause (Chinese) or word (English) start, else the hit. */
function startBefore(body: string, hit: number, lang: Lang): number {
  const earliest = Math.max(0, hit - LOOKBACK[lang]);
  for (let at = hit; at >= earliest; at -= 1) if (sentenceStartsAt(body, at, lang)) return at;
  if (lang === 'zh') {
    for (let at = hit; at > earliest; at -= 1) if (ZH_CLAUSE_END.test(tail(body, at))) return at;
    return hit;
  }
  // A few words of context before the hit, starting at a word.
  for (let at = Math.max(earliest, hit - 30); at < hit; at += 1) if (body[at - 1] === ' ') return at;
  return hit;
}

/** Where to stop: a sentence end within the budget and after the last hit, else a clause or word end, else the budget. */
function endAfter(body: string, from: number, lastHit: number, lang: Lang): { end: number; cut: boolean } {
  const limit = from + BUDGET[lang];
  if (limit >= body.length) return { end: body.length, cut: false };
  const floor = Math.max(lastHit, from + Math.floor(BUDGET[lang] / 2));
  const ends = (test: (at: number) => boolean) => {
    for (let at = limit; at > floor; at -= 1) if (test(at)) return at;
    return -1;
  };
  const sentence = lang === 'zh' ? ends((at) => ZH_SENTENCE_END.test(tail(body, at))) : ends((at) => /[.!?]["”’)]?$/.test(tail(body, at)) && body[at] === ' ');
  if (sentence > 0) return { end: sentence, cut: false };
  const clause = lang === 'zh' ? ends((at) => ZH_CLAUSE_END.test(tail(body, at))) : ends((at) => body[at] === ' ');
  return { end: clause > 0 ? clause : limit, cut: true };
}

/**
 * The hits worth showing. Pagefind splits 纾困 into 纾 and 困 and finds each
 * alone too (困 of 困难); where the words occur together somewhere, a single
 * Chinese character found on its own is not a match a reader would call one.
 */
export function phraseHits(text: IndexedText, hits: readonly number[]): number[] {
  const set = new Set(hits);
  const together = (at: number) => set.has(at - 1) || set.has(at + 1);
  if (!hits.some(together)) return [...hits];
  return hits.filter((at) => together(at) || !/^\p{Script=Han}$/u.test((text.words[at] ?? '').trim()));
}

/** The hit that begins the densest run of hits a snippet can hold. */
function densestHit(spans: [number, number][], lang: Lang): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestCount = 0;
  for (const span of spans) {
    const count = spans.filter(([from]) => from >= span[0] && from < span[0] + BUDGET[lang] * 0.8).length;
    if (count > bestCount) [best, bestCount] = [span, count];
  }
  return best;
}

/**
 * The passage of a page to show under a search result: around the densest hits,
 * begun at a sentence (or, failing that, a clause in Chinese and a word in
 * English) and ended likewise, joined with the punctuation of its language, with
 * an ellipsis wherever a sentence is cut. Without hits it is the range's opening.
 */
export function snippet(text: IndexedText, range: SnippetRange, lang: Lang): ExcerptSegment[] {
  const { body, spans } = assemble(text, range, lang);
  const hitSpans = phraseHits(text, range.hits)
    .map((hit) => spans.get(hit))
    .filter((span) => span !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const first = densestHit(hitSpans, lang);
  // A range that fits is shown whole; otherwise the passage begins shortly before the hits.
  const start = first && body.length > BUDGET[lang] ? startBefore(body, first[0], lang) : 0;
  const lastHit = Math.max(start, ...hitSpans.filter(([from]) => from < start + BUDGET[lang]).map(([, to]) => to));
  const { end, cut } = endAfter(body, start, lastHit, lang);

  let passage = body.slice(start, end).trimEnd();
  if (cut) passage = passage.replace(lang === 'zh' ? /[，、：]$/u : /[,;:]$/u, '') + ELLIPSIS[lang];
  const lead = sentenceStartsAt(body, start, lang) ? '' : ELLIPSIS[lang];
  // Hits are counted in the range's text; in the passage they sit after the lead.
  const shift = lead.length - start;
  return segmentsOf(lead + passage, hitSpans.map(([from, to]) => [from + shift, to + shift]));
}

/** Splits a passage into plain and matched runs at the hits that fall inside it. */
function segmentsOf(passage: string, hits: [number, number][]): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let at = 0;
  for (const [from, to] of hits) {
    if (to <= at || from >= passage.length) continue;
    const a = Math.max(from, at);
    if (a > at) segments.push({ text: passage.slice(at, a), hit: false });
    segments.push({ text: passage.slice(a, Math.min(to, passage.length)), hit: true });
    at = Math.min(to, passage.length);
  }
  if (at < passage.length) segments.push({ text: passage.slice(at), hit: false });
  return joinAdjacent(segments);
}
