import { useTranslations } from '../../../i18n';
import { HTML_LANG } from '../../../i18n/locales';
import { isoDate, type PartialDate } from '../../vocabulary/dates';
import type { BulletinReference } from './reference';

/** RIS writes a date as year/month/day/other-info, each part two digits, empty parts kept: 2020/05/27/ or 2020/08//. */
function risDate(date: PartialDate): string {
  return `${isoDate(date).replace(/-/g, '/')}${date.day === undefined ? '//' : '/'}`;
}

/** A field's value on one line: RIS ends a field at the line's end. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Who translated the text and the original's title, as a note: for a news report the specification has
 * no translator, and its TT/TI pair would make the original's title the record's title.
 */
function provenanceNote(reference: BulletinReference): string | null {
  const t = useTranslations(reference.lang);
  const parts = [
    reference.translator ? t('reference.translatedBy', { translator: reference.translator }) : '',
    reference.original ? t('reference.originalTitle', { title: reference.original.title }) : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join(reference.lang === 'zh' ? '' : ' ');
}

/**
 * A bulletin as an RIS record (the tagged format Zotero, EndNote, Mendeley and
 * most reference managers import): `TY  - NEWS`, a news report, ended by `ER  - `,
 * each field a two-letter tag, two spaces, a hyphen and a space, lines ended by CRLF.
 * The tags are those of the 2011 specification (no `ID`, which only the older one has). It has no
 * field for a news report's document number (M1 is its first page): the meta tags and CSL-JSON carry it.
 * The authority is one name without a comma, which importers keep as one
 * (an institution) rather than split into a person's family and given names.
 */
export function risRecord(reference: BulletinReference): string {
  const fields: [string, string][] = [
    ['TY', 'NEWS'],
    ['TI', reference.title],
    ['AU', reference.author.replace(/,/g, '')],
    ['PY', String(reference.issued.year)],
    ['DA', risDate(reference.issued)],
    ['T2', reference.publication],
    ['LA', HTML_LANG[reference.lang]],
    ['AB', reference.abstract],
    ['UR', reference.url],
  ];
  const note = provenanceNote(reference);
  if (note) fields.push(['N1', note]);
  return [...fields.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\r\n') + '\r\n';
}
