import { bulletinFolders, readFacts, readText } from './content-files';

/**
 * What a search ought to find, worked out from the content files alone, not
 * from the index: the bulletins whose text (title, summary, body) contains a
 * pattern, and the measure section in which it first occurs.
 */
function fullText(id: string, lang: string): string {
  const { frontmatter, body } = readText(id, lang);
  const { title, summary } = frontmatter as { title: string; summary: string };
  return `${title}\n${summary}\n${body}`;
}

export function bulletinsContaining(pattern: RegExp, lang: string): string[] {
  return bulletinFolders()
    .filter((id) => pattern.test(fullText(id, lang)))
    .sort();
}

/** The measure whose section holds the first occurrence in the body: the anchor a result should open. */
export function measureHolding(id: string, lang: string, word: string): string | null {
  const { body } = readText(id, lang);
  const at = body.indexOf(word);
  if (at === -1) return null;
  const anchors = [...body.slice(0, at).matchAll(/\{#(measure-[\d-]+)\}/g)];
  return anchors.at(-1)?.[1] ?? null;
}

export interface FactsForSearch {
  date: string;
  region: string;
  /** The bulletin's topics and its measures': a bulletin is found under either. */
  topics: string[];
}

export function factsOf(id: string): FactsForSearch {
  const facts = readFacts(id) as { date: string; region: string; topics: string[]; measures: { topics: string[] }[] };
  const topics = [...new Set([...facts.topics, ...facts.measures.flatMap((m) => m.topics)])];
  return { date: String(facts.date), region: facts.region, topics };
}
