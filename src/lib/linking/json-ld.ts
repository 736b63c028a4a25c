import { HTML_LANG, type Lang, otherLang } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';
import { isoDate } from '../vocabulary/dates';
import { lastUpdate } from '../digest/history';
import { bulletinPath, shareImagePath } from './paths';
import { REGIONS, regionPlaceName } from '../vocabulary/regions';

/**
 * schema.org data for a bulletin page: a NewsArticle in its language, issued by
 * a government body, tied to the same bulletin in the other language. Of the two
 * texts, the one in the language of the site's source is the work, the other its
 * translation (`translationOfWork` / `workTranslation`).
 */
export function bulletinJsonLd(bulletin: Bulletin, lang: Lang, site: URL): Record<string, unknown> {
  const { facts } = bulletin;
  const url = (l: Lang) => new URL(bulletinPath(l, bulletin.id), site).href;
  const source = facts.source.language;
  const other = otherLang(lang);
  const link = (l: Lang) => ({ '@type': 'NewsArticle', '@id': url(l), url: url(l), inLanguage: HTML_LANG[l], headline: bulletin.texts[l].title });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url(lang),
    url: url(lang),
    mainEntityOfPage: url(lang),
    headline: bulletin.texts[lang].title,
    description: bulletin.texts[lang].summary,
    inLanguage: HTML_LANG[lang],
    datePublished: isoDate(facts.date),
    // The date the page last changed on this site: its latest correction, or its first publication here.
    dateModified: isoDate(lastUpdate(facts).date),
    image: new URL(shareImagePath(lang, bulletin.id), site).href,
    author: { '@type': 'GovernmentOrganization', name: facts.authority[lang] },
    publisher: { '@type': 'GovernmentOrganization', name: facts.authority[lang] },
    spatialCoverage: { '@type': 'AdministrativeArea', name: regionPlaceName(facts.region, lang), additionalType: REGIONS[facts.region].level },
    ...(lang === source ? { workTranslation: link(other) } : { translationOfWork: link(source) }),
  };
}
