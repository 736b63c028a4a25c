/**
 * Which copy of a language's Pagefind index a search is sent to.
 *
 * Pagefind (1.6) counts the values of every filter whose index a copy has loaded
 * on every search it makes there, comparing each page of each value with each
 * result one by one. At 10,000 bulletins, once one lookup by topic had loaded
 * the topic filter, every later search by words in that copy took about 300 ms
 * longer ("financing" 45 → 356 ms, measured in Chromium). So searches that name
 * no filter go to a copy that never loads one, and those that do go to another.
 * Counting every filter value needs them all, in a copy of its own.
 */
export type IndexCopy = 'words' | 'filtered' | 'counts';

/** The ways Pagefind combines filters; any other key names a filter, whose index a search would load. */
const COMBINATIONS = new Set(['all', 'any', 'none', 'not']);

/** Whether Pagefind filters (`{ region: { any: [...] } }`, `{ all: [{}, { topic: 'x' }] }`, …) name any filter at all. */
export function namesAFilter(filters: unknown): boolean {
  if (Array.isArray(filters)) return filters.some(namesAFilter);
  if (filters === null || typeof filters !== 'object') return false;
  return Object.entries(filters).some(([key, value]) => !COMBINATIONS.has(key) || namesAFilter(value));
}

/** The copy a search with these filters goes to: one that has loaded no filter unless it needs one. */
export const copyFor = (filters: unknown): IndexCopy => (namesAFilter(filters) ? 'filtered' : 'words');
