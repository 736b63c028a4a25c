import { z } from 'astro/zod';
import { parsePartialDate } from '../../vocabulary/dates';

/**
 * A date written as "YYYY-MM-DD" or "YYYY-MM". YAML turns an unquoted full date
 * into a Date, so that is accepted too and read back as its calendar day.
 */
export const partialDateSchema = z
  .union([z.string(), z.date()], { error: 'expected a date as "YYYY-MM-DD", or "YYYY-MM" when only the month is known' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const date = parsePartialDate(text);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(text)} is not a date: write "YYYY-MM-DD", or "YYYY-MM" when only the month is known` });
      return z.NEVER;
    }
    return date;
  });

