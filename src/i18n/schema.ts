import { z } from 'astro/zod';
import en from './en.json';

/**
 * Every UI string key, taken from the English dictionary. Each language's
 * dictionary must have exactly these keys with non-empty strings: a missing
 * or extra key stops the build instead of showing a blank or a stray label.
 */
export const dictionarySchema = z.strictObject(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<keyof typeof en, z.ZodString>,
);

export type UIKey = keyof typeof en;
export type Dictionary = Record<UIKey, string>;

/** Parses a dictionary, naming the language and the keys at fault. */
export function parseDictionary(lang: string, raw: unknown): Dictionary {
  const result = dictionarySchema.safeParse(raw);
  if (result.success) return result.data as Dictionary;
  const detail = result.error.issues
    .map((issue) => (issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')}` : `${issue.path.join('.')}: ${issue.message}`))
    .join('; ');
  throw new Error(`src/i18n/${lang}.json is not a complete dictionary: ${detail}. Fix: give it exactly the keys of src/i18n/en.json.`);
}
