import type { Lang } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n';
import type { Bulletin } from '../../content/bulletin';
import type { PartialDate } from '../../vocabulary/dates';
import { citedAuthority, publicationDate } from '../../digest/citation';
import { isSiteTranslation, textStatus } from '../../digest/text-status';
import { bulletinPath } from '../paths';

/**
 * What a reference manager is told of one language's text of a bulletin: the one
 * source of its Highwire meta tags, its RIS file and its CSL-JSON file, so that the
 * three never disagree with each other or with the page.
 */
export interface BulletinReference {
  /** A stable key: the bulletin's short-link code and the language, as `hb-2020-05-en`. */
  key: string;
  lang: Lang;
  title: string;
  /** The original's title, where this text is a translation and the site holds the original's own text. */
  original: { lang: Lang; title: string } | null;
  /**
   * The issuing authority, as author; in square brackets where the text does not name it and the site
   * supplies it, as the site's own citations mark it, so that no reference manager passes it off as stated.
   */
  author: string;
  /** The day (or month) the text was published: the publication's date where recorded, else the bulletin's own. */
  issued: PartialDate;
  dateInferred: boolean;
  /** The news outlet that published the report. */
  publication: string;
  documentNumber: string | null;
  /** The site, where this language's text is the site's own translation. */
  translator: string | null;
  abstract: string;
  /** The page in this language. */
  url: string;
}

/** A bulletin's reference in one language, on the site at `site`. */
export function bulletinReference(bulletin: Bulletin, lang: Lang, site: URL): BulletinReference {
  const { facts, texts } = bulletin;
  const published = publicationDate(facts);
  // A back-translation is not the original's title: only a text the site holds as the original gives it.
  const originalLang = facts.originalLanguage;
  const holdsOriginal = originalLang !== lang && textStatus(facts, originalLang) === 'original';
  return {
    key: `${facts.permalink}-${lang}`,
    lang,
    title: texts[lang].title,
    original: holdsOriginal ? { lang: originalLang, title: texts[originalLang].title } : null,
    author: citedAuthority(facts, lang),
    issued: published.date,
    dateInferred: published.inferred,
    publication: facts.source.publication[lang],
    documentNumber: facts.documentNumber ?? null,
    translator: isSiteTranslation(facts, lang) ? useTranslations(lang)('site.title') : null,
    abstract: texts[lang].summary,
    url: new URL(bulletinPath(lang, bulletin.id), site).href,
  };
}
