import type { SearchConcept } from './concepts';

/** Words an English name is not known by on their own. */
const STOP_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'a', 'an', 'on']);

const HAN = /\p{Script=Han}/u;

/** Lower case, compatibility forms folded (full-width letters), punctuation and `&` as spaces. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const words = (folded: string) => folded.split(' ').filter((w) => w !== '' && !STOP_WORDS.has(w));

/** Whether `inner` occurs in `outer` as a run of whole words. */
function hasWordRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i += 1) {
    if (inner.every((word, j) => outer[i + j] === word)) return true;
  }
  return false;
}

/**
 * Whether a query names `name`. It does when it holds the whole name (纾困政策
 * names 纾困; "enterprise relief measures" names "Enterprise relief"). When
 * `partOf` is allowed, a query that is part of the name names it too: Chinese
 * of two characters or more anywhere in it (纾困 in 助企纾困, 装配式 in
 * 建筑工业化与装配式建筑), English as whole words ("relief" in "Enterprise relief").
 */
export function namesIt(query: string, name: string, partOf: boolean): boolean {
  const q = foldForMatch(query);
  const n = foldForMatch(name);
  if (q === '' || n === '') return false;
  if (HAN.test(n)) {
    const joinedQ = q.replaceAll(' ', '');
    const joinedN = n.replaceAll(' ', '');
    if (joinedQ.includes(joinedN)) return true;
    return partOf && [...joinedQ].length >= 2 && /^\p{Script=Han}+$/u.test(joinedQ) && joinedN.includes(joinedQ);
  }
  const qWords = words(q);
  const nWords = words(n);
  return hasWordRun(qWords, nWords) || (partOf && hasWordRun(nWords, qWords));
}

/**
 * The concepts a query names, topics first, each once. A topic is named by its
 * name in either language or a part of it; a glossary term by one of its names
 * in full, since a part of a term ("team" of "special team") is an ordinary word.
 */
export function matchConcepts(query: string, concepts: readonly SearchConcept[]): SearchConcept[] {
  return concepts.filter((concept) =>
    concept.kind === 'topic'
      ? namesIt(query, concept.name.en, true) || namesIt(query, concept.name.zh, true)
      : concept.names.some((name) => namesIt(query, name, false)),
  );
}
