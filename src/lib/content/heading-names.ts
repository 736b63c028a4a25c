import { VOCABULARY_NAMES } from '../vocabulary/phrases';
import { loadGlossary } from './glossary';

/**
 * The names a Chinese heading never breaks inside: the places and topics of the vocabulary and
 * the glossary's terms (纾困, 市州), which the word dictionary does not know and would split.
 */
export function headingNames(): string[] {
  return [...VOCABULARY_NAMES, ...loadGlossary().map((term) => term.zh)];
}
