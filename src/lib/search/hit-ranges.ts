const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the words occur in a text, as [start, end) ranges in order, without
 * overlaps. Case is ignored (Financing matches financing); where two words start
 * at the same place the longer wins. Matching runs on the text itself, not a
 * lower-cased copy, so offsets stay right where case changes a string's length.
 */
export function hitRanges(text: string, words: readonly string[]): [number, number][] {
  const needles = [...new Set(words.filter((w) => w !== ''))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return [];
  const pattern = new RegExp(needles.map(escape).join('|'), 'giu');
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}
