import { z } from 'astro/zod';
import { textError } from './messages';

/**
 * Front matter of one language's text, `content/bulletins/<id>/<lang>.md`.
 * Everything the two languages share lives in facts.yaml, not here.
 */
export const bulletinTextSchema = z.strictObject(
  {
    /** The headline in this language. */
    title: z.string({ error: textError('title', 'missing title: add `title:` with the headline in this language') }).trim().min(1, 'empty title'),
    /** A one-paragraph digest in this language: what was done, the key numbers, for whom. */
    summary: z
      .string({ error: textError('summary', 'missing summary: add `summary:` with a one-paragraph digest in this language') })
      .trim()
      .min(40, 'the summary is too short: write a one-paragraph digest (at least 40 characters)')
      .refine((s) => !s.includes('\n\n'), 'the summary must be one paragraph: remove the blank line'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}: a text has only title and summary; shared facts go in facts.yaml`
        : undefined,
  },
);

export type BulletinText = z.output<typeof bulletinTextSchema>;
