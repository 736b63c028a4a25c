/**
 * The words of a Chinese heading, so that it can break between them and not inside one
 * (“下沉企/业”). Chinese writes no spaces; the browser may break between any two characters,
 * and `word-break: keep-all` with a <wbr> at each word boundary leaves it only the boundaries.
 * English needs none of this.
 *
 * A <wbr> allows a break even where the rules of Chinese typesetting forbid one, so a boundary
 * is kept only where a line may end and the next begin: closing marks stay with the word
 * before them (no line starts with “！” or “”” or “》”), opening marks with the word after
 * (no line ends with “《”), a two-character dash or ellipsis stays whole, and so do the names
 * of the places and topics the site knows (the dictionary splits 德庆县 into 德 / 庆 / 县).
 */
import { REGIONS } from './regions';
import { TOPICS } from './topics';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Marks that may not begin a line: closing brackets and quotes, and punctuation that follows a word. */
const NO_LINE_START = new Set('，。、；：！？）》」』】〕〉”’…—·%‰℃');
/** Marks that may not end a line: opening brackets and quotes. */
const NO_LINE_END = new Set('（《「『【〔〈“‘');
/** Marks written twice as one (——, ……): never broken between the two. */
const DOUBLED = new Set('—…');

/** The names of the places and topics the site knows; callers add the glossary's terms (src/lib/content/heading-names.ts). */
export const VOCABULARY_NAMES: readonly string[] = [...Object.values(REGIONS).map((region) => region.name.zh), ...Object.values(TOPICS).map((topic) => topic.zh)];

/** Character offsets inside a known name, where no break belongs. */
function insideNames(text: string, names: readonly string[]): Set<number> {
  const inside = new Set<number>();
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      for (let offset = at + 1; offset < at + name.length; offset += 1) inside.add(offset);
    }
  }
  return inside;
}

/** Whether a line may break at this offset: between `text[at - 1]` and `text[at]`. */
function mayBreakAt(text: string, at: number, inside: Set<number>): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  if (DOUBLED.has(before) && before === after) return false;
  return !inside.has(at);
}

/** The text in the pieces a line may break between; joined, they give the text back. */
export function chineseWords(text: string, names: readonly string[] = VOCABULARY_NAMES): string[] {
  const inside = insideNames(text, names);
  const words: string[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    if (words.length > 0 && !mayBreakAt(text, index, inside)) words[words.length - 1] += segment;
    else words.push(segment);
  }
  return words;
}
