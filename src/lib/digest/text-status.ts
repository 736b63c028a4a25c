import { type Lang, otherLang } from '../../i18n/locales';
import type { UIKey } from '../../i18n/schema';
import { useTranslations } from '../../i18n';
import type { BulletinFacts } from '../content/schema/facts';

/** What decides a text's status: the language of the source the site took, and the language the authority wrote in. */
export interface Provenance {
  source: Pick<BulletinFacts['source'], 'language'>;
  originalLanguage: Lang;
}

/**
 * What a text of a bulletin is, as a reader must know before acting on it: the
 * authority's words as published; a translation someone else published; this
 * site's translation of the original; or this site's translation of a published
 * translation (the Chinese originals of three bulletins are not available, so
 * their Chinese text is translated back from the English).
 */
export const TEXT_STATUSES = ['original', 'published-translation', 'site-translation', 'site-translation-of-translation'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export function textStatus(facts: Provenance, lang: Lang): TextStatus {
  const isSource = lang === facts.source.language;
  const sourceIsOriginal = facts.source.language === facts.originalLanguage;
  if (isSource) return sourceIsOriginal ? 'original' : 'published-translation';
  return sourceIsOriginal ? 'site-translation' : 'site-translation-of-translation';
}

/** Whether this language's text is the site's own translation (of the original or of a published one): the site is then its translator. */
export function isSiteTranslation(facts: Provenance, lang: Lang): boolean {
  const status = textStatus(facts, lang);
  return status === 'site-translation' || status === 'site-translation-of-translation';
}

const STATUS_LABEL: Record<TextStatus, UIKey> = {
  original: 'status.original',
  'published-translation': 'status.publishedTranslation',
  'site-translation': 'status.siteTranslation',
  'site-translation-of-translation': 'status.siteTranslationOfTranslation',
};

/**
 * The short mark of a text's status, in the reader's language: "This site's
 * translation", 本站据英文译本回译，非官方原文. `textLang` is the text's own
 * language, which a search result in the other language does not share with its reader.
 */
export function textStatusLabel(facts: Provenance, textLang: Lang, readerLang: Lang): string {
  const t = useTranslations(readerLang);
  return t(STATUS_LABEL[textStatus(facts, textLang)], { language: t(`language.${facts.source.language}`) });
}

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

const NOTICE: Record<TextStatus, { key: UIKey; link: UIKey }> = {
  original: { key: 'notice.original', link: 'notice.readTranslation' },
  'published-translation': { key: 'notice.publishedTranslation', link: 'notice.readTranslation' },
  'site-translation': { key: 'notice.translatedFromOriginal', link: 'notice.readOriginal' },
  'site-translation-of-translation': { key: 'notice.translatedFromTranslation', link: 'notice.readSource' },
};

/** The full sentence of a text's status, and the link to the text it was made from or into. */
export function translationNotice(facts: Provenance, lang: Lang): TranslationNotice {
  const status = textStatus(facts, lang);
  const isSource = lang === facts.source.language;
  return {
    key: NOTICE[status].key,
    language: facts.source.language,
    original: facts.originalLanguage,
    link: { key: NOTICE[status].link, lang: isSource ? otherLang(lang) : facts.source.language },
  };
}
