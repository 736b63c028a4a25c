import { HTML_LANG } from '../../../i18n/locales';
import { isoDate, type PartialDate } from '../../vocabulary/dates';
import type { BulletinReference } from './reference';

/** One `<meta name content>` of a page's head; `lang` where its content is in another language than the page. */
export interface MetaTag {
  name: string;
  content: string;
  lang?: string;
}

/** A date as Highwire Press writes it (and Google Scholar and Zotero read it): 2020/05/27, or 2020/08 for a month. */
export function highwireDate(date: PartialDate): string {
  return isoDate(date).replace(/-/g, '/');
}

/**
 * The Highwire Press `citation_*` tags of a bulletin page, which reference
 * managers (Zotero's embedded-metadata importer among them) and Google Scholar
 * read: the title, the issuing authority as author, the date, the language, the
 * page's address, the news outlet as publisher, the document number where there
 * is one. Highwire has no tag for an original's title, so a translation names it
 * with Dublin Core's `dcterms.alternative`, in the original's language.
 */
export function highwireTags(reference: BulletinReference): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: reference.title },
    { name: 'citation_author', content: reference.author },
    { name: 'citation_publication_date', content: highwireDate(reference.issued) },
    { name: 'citation_language', content: HTML_LANG[reference.lang] },
    { name: 'citation_public_url', content: reference.url },
    { name: 'citation_publisher', content: reference.publication },
  ];
  if (reference.documentNumber) tags.push({ name: 'citation_technical_report_number', content: reference.documentNumber });
  if (reference.original) tags.push({ name: 'dcterms.alternative', content: reference.original.title, lang: HTML_LANG[reference.original.lang] });
  return tags;
}
