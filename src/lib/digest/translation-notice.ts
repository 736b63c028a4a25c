import { type Lang, otherLang } from '../../i18n/locales';
import type { UIKey } from '../../i18n/schema';
import type { BulletinFacts } from '../content/schema/facts';

/** What a page must say about where its text comes from, as UI-string keys. */
export interface TranslationNotice {
  /** The sentence, e.g. "Translated by this site from the Chinese original…". */
  key: UIKey;
  /** Which language's names fill {language} and {original}. */
  language: Lang;
  original: Lang;
  /** The link to the page in the other language, and how to name it. */
  link: { key: UIKey; lang: Lang };
}

/**
 * Four cases: the text is the source the site took, or the site's translation
 * of it; and that source is the authority's original, or itself a published
 * translation (the Chinese originals of three bulletins are not available).
 */
export function translationNotice(facts: Pick<BulletinFacts, 'source' | 'originalLanguage'>, lang: Lang): TranslationNotice {
  const source = facts.source.language;
  const original = facts.originalLanguage;
  const other = otherLang(lang);
  if (lang === source) {
    return {
      key: source === original ? 'notice.original' : 'notice.publishedTranslation',
      language: source,
      original,
      link: { key: 'notice.readTranslation', lang: other },
    };
  }
  return source === original
    ? { key: 'notice.translatedFromOriginal', language: source, original, link: { key: 'notice.readOriginal', lang: source } }
    : { key: 'notice.translatedFromTranslation', language: source, original, link: { key: 'notice.readSource', lang: source } };
}
