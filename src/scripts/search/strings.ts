import type { Lang } from '../../i18n/locales';
import type { Dictionary } from '../../i18n/schema';
import { createTranslator, type Translate } from '../../i18n/translator';

// Each language's dictionary is a script of its own, fetched only by pages in that language:
// a reader's first search carries one dictionary, not both. The build has already checked
// both with the zod schema; the browser only needs the strings, not the validator.
const dictionaries: Record<Lang, () => Promise<{ default: Dictionary }>> = {
  en: () => import('../../i18n/en.json'),
  zh: () => import('../../i18n/zh.json'),
};

export async function browserTranslations(lang: Lang): Promise<Translate> {
  return createTranslator((await dictionaries[lang]()).default, lang);
}
