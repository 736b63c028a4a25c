import { z } from 'astro/zod';
import { parsePartialDate } from '../../vocabulary/dates';

/**
 * A date written as "YYYY-MM-DD" or "YYYY-MM", quoted or not: facts files are read with
 * YAML's core schema (see facts-yaml.ts), which leaves an unquoted date as the text written.
 */
export const partialDateSchema = z
  .string({ error: 'expected a date as "YYYY-MM-DD", or "YYYY-MM" when only the month is known' })
  .transform((text, ctx) => {
    const date = parsePartialDate(text);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(text)} is not a date: write "YYYY-MM-DD", or "YYYY-MM" when only the month is known` });
      return z.NEVER;
    }
    return date;
  });

