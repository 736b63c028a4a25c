import enRaw from './en.json';
import zhRaw from './zh.json';
import type { Lang } from './locales';
import { parseDictionary } from './schema';
import { createTranslator, type Translate } from './translator';

const translators: Record<Lang, Translate> = {
  en: createTranslator(parseDictionary('en', enRaw), 'en'),
  zh: createTranslator(parseDictionary('zh', zhRaw), 'zh'),
};

/** The UI-string function for a language. */
export function useTranslations(lang: Lang): Translate {
  return translators[lang];
}

export * from './locales';
