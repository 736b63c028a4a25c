import type { TopicId } from '../vocabulary/topics';

/**
 * Where a page answers each topic: the first measure that carries it, as
 * `financing:measure-2`. Kept in the index as a filter, never searched for
 * (Pagefind 1.6 makes the words of meta fields searchable: as meta, "measure"
 * would find every page), so a result found by its topic opens at that measure.
 */
export function topicAnchorValues(measures: readonly { id: string; topics: readonly TopicId[] }[]): string[] {
  const first = new Map<TopicId, string>();
  for (const measure of measures) for (const topic of measure.topics) if (!first.has(topic)) first.set(topic, measure.id);
  return [...first].map(([topic, anchor]) => `${topic}:${anchor}`);
}

/** The measure of a page that carries `topic`, read back from its filter values; null when only the bulletin as a whole does. */
export function topicAnchor(values: readonly string[] | undefined, topic: string): string | null {
  for (const value of values ?? []) {
    const [key, anchor] = value.split(':');
    if (key === topic && anchor) return anchor;
  }
  return null;
}
