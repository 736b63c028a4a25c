import { INTL_LOCALE, type Lang } from '../../i18n/locales';
import type { GlossaryTerm } from '../content/schema/glossary';

const collators: Record<Lang, Intl.Collator> = {
  en: new Intl.Collator(INTL_LOCALE.en, { sensitivity: 'base' }),
  // Chinese sorts by pinyin, as a Chinese index would.
  zh: new Intl.Collator(`${INTL_LOCALE.zh}-u-co-pinyin`),
};

/** The glossary in the reader's alphabetical order: by the English rendering on the English site, by pinyin on the Chinese. */
export function glossaryLanguageOrder(terms: readonly GlossaryTerm[], lang: Lang): GlossaryTerm[] {
  const key = (term: GlossaryTerm) => (lang === 'zh' ? term.zh : term.en.replace(/^["“'‘]/, ''));
  return [...terms].sort((a, b) => collators[lang].compare(key(a), key(b)));
}
