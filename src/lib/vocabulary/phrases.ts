/**
 * The words of a Chinese text, so that a heading can break between them and not
 * inside one (“下沉企/业”). Chinese writes no spaces; the browser may break between
 * any two characters, and `word-break: keep-all` with a <wbr> at each word boundary
 * leaves it only the boundaries. English needs none of this.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function chineseWords(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
