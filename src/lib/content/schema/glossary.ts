import { z } from 'astro/zod';
import { bilingualSchema } from './facts';
import { KEBAB_CASE } from './ids';

/**
 * One entry of `content/glossary.yaml`: a policy term as the bulletins use it,
 * the English the site renders it with, and what it means.
 */
export const glossaryTermSchema = z.strictObject(
  {
    /** Kebab-case, unique: the anchor of the entry, `#term-<id>`, in both languages. */
    id: z.string().regex(KEBAB_CASE, 'a term id is lowercase words joined by hyphens, e.g. one-enterprise-one-file'),
    /** The Chinese term exactly as the zh.md texts write it. */
    zh: z.string().min(1, 'give the Chinese term'),
    /** The English rendering the site uses, exactly as the en.md texts write it. */
    en: z.string().min(1, 'give the English rendering the texts use'),
    /** Other spellings of the term in the en.md texts; `[]` when the English only paraphrases it (nothing to link). */
    matchEn: z.array(z.string().min(1)).optional(),
    explanation: bilingualSchema,
    /** The bulletins whose texts use the term: it is linked in those texts. */
    bulletins: z.array(z.string().min(1)).min(1, 'list the bulletins whose texts use the term'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}: check the spelling against src/lib/content/schema/glossary.ts` : undefined) },
);

export const glossarySchema = z.array(glossaryTermSchema, { error: 'the glossary is a YAML list of terms' });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
