import en from '../../i18n/en.json';
import zh from '../../i18n/zh.json';
import type { Lang } from '../../i18n/locales';
import type { Dictionary } from '../../i18n/schema';
import { createTranslator, type Translate } from '../../i18n/translator';

// The build has already checked both dictionaries with the zod schema; the
// browser only needs the strings, not the validator.
const dictionaries: Record<Lang, Dictionary> = { en, zh };

export function browserTranslations(lang: Lang): Translate {
  return createTranslator(dictionaries[lang]);
}
