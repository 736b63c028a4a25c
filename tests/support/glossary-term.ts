import type { GlossaryTerm } from '../../src/lib/content/schema/glossary';

/** A made-up glossary term, with whatever the test changes. */
export const glossaryTerm = (over: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id: 'wailianzhan',
  zh: '外联站',
  en: 'Liaison Station',
  explanation: { en: 'A station.', zh: '联络站。' },
  bulletins: ['shandong-x'],
  ...over,
});
