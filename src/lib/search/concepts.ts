import type { Lang } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';
import { termForms } from '../content/glossary';
import type { GlossaryTerm } from '../content/schema/glossary';
import type { Bilingual } from '../vocabulary/bilingual';
import { TOPIC_IDS, TOPICS, type TopicId, topicsCovered } from '../vocabulary/topics';

/** A topic of the controlled vocabulary, as a query can name it. */
export interface TopicConcept {
  kind: 'topic';
  id: TopicId;
  name: Bilingual;
  /** How many bulletins touch the topic (their own topics or a measure's). */
  bulletins: number;
}

/** A glossary term, as a query can name it in either language. */
export interface TermConcept {
  kind: 'term';
  id: string;
  zh: string;
  /** The English rendering the site uses. */
  en: string;
  /** What a query may be to name the term: the Chinese, the rendering and its other spellings. */
  names: string[];
  /** The strings the texts of each language use for the term: what the index is searched for. */
  forms: Record<Lang, string[]>;
}

export type SearchConcept = TopicConcept | TermConcept;

/**
 * The concepts the search page knows besides words: every topic some bulletin
 * touches and every glossary term. This is all the search page is given to
 * expand a query, so its size grows with the vocabulary, not with the bulletins.
 */
export function searchConcepts(bulletins: readonly Bulletin[], glossary: readonly GlossaryTerm[]): SearchConcept[] {
  const counts = new Map<TopicId, number>();
  for (const bulletin of bulletins) for (const topic of topicsCovered(bulletin.facts)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const topics: TopicConcept[] = TOPIC_IDS.filter((id) => counts.has(id)).map((id) => ({ kind: 'topic', id, name: { ...TOPICS[id] }, bulletins: counts.get(id) ?? 0 }));
  const terms: TermConcept[] = glossary.map((term) => ({
    kind: 'term',
    id: term.id,
    zh: term.zh,
    en: term.en,
    names: [...new Set([term.zh, term.en, ...(term.matchEn ?? [])])],
    forms: { en: termForms(term, 'en'), zh: termForms(term, 'zh') },
  }));
  return [...topics, ...terms];
}

