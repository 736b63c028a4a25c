import { HTML_LANG } from '../../../i18n/locales';
import type { PartialDate } from '../../vocabulary/dates';
import type { BulletinReference } from './reference';

/** The CSL-JSON fields a bulletin fills (CSL 1.0.2's csl-data schema names them). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'original-title'?: string;
  author: { literal: string }[];
  translator?: { literal: string }[];
  /** `circa` where the date is inferred: CSL's mark for a date not stated, which styles print as approximate. */
  issued: { 'date-parts': [number[]]; circa?: true };
  'container-title': string;
  number?: string;
  language: string;
  abstract: string;
  URL: string;
}

function dateParts(date: PartialDate): [number[]] {
  return [date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day]];
}

/**
 * A bulletin as CSL-JSON, the input of every Citation Style Language processor
 * (Zotero's, Pandoc's citeproc, citeproc-js): one item, a newspaper article, the
 * issuing authority as an institutional (`literal`) author, so that no style
 * abbreviates it as if it were a given name. A file holds an array of items.
 */
export function cslItem(reference: BulletinReference): CslItem {
  return {
    id: reference.key,
    type: 'article-newspaper',
    title: reference.title,
    ...(reference.original ? { 'original-title': reference.original.title } : {}),
    author: [{ literal: reference.author }],
    ...(reference.translator ? { translator: [{ literal: reference.translator }] } : {}),
    issued: { 'date-parts': dateParts(reference.issued), ...(reference.dateInferred ? { circa: true as const } : {}) },
    'container-title': reference.publication,
    ...(reference.documentNumber ? { number: reference.documentNumber } : {}),
    language: HTML_LANG[reference.lang],
    abstract: reference.abstract,
    URL: reference.url,
  };
}
