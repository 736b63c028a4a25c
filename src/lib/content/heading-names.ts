import { VOCABULARY_NAMES } from '../vocabulary/phrases';
import { loadGlossary } from './glossary';

let names: string[] | undefined;

/**
 * The names a Chinese heading never breaks inside: the places and topics of the vocabulary and
 * the glossary's terms (纾困, 市州), which the word dictionary does not know and would split.
 * Made once: every card of every list asks for them.
 */
export function headingNames(): string[] {
  names ??= [...VOCABULARY_NAMES, ...loadGlossary().map((term) => term.zh)];
  return names;
}
