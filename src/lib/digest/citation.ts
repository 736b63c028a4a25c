import { type Lang, useTranslations } from '../../i18n';
import type { Bulletin } from '../content/bulletin';
import type { BulletinFacts } from '../content/schema/facts';
import type { PartialDate } from '../vocabulary/dates';
import { citationDate, type DateStyle } from './citation-dates';
import { isSiteTranslation } from './text-status';

/**
 * How the site cites: a bulletin, for a reader to paste into a memo, and the
 * documents a bulletin cites, as each language writes such references.
 */

/**
 * A run of a citation: plain text, the cited text's address (shown so that it
 * breaks only after a "/"), or the access date, which the copy script sets to
 * the reader's today.
 */
export type CitationPart = { text: string; kind?: undefined } | { text: string; kind: 'url' } | { text: string; kind: 'accessed'; datetime: string; style: DateStyle };

/** The site's name as translator: "Construction Policy Digest" / 建筑业政策摘编. */
function siteName(lang: Lang): string {
  return useTranslations(lang)('site.title');
}

/**
 * The authority, in square brackets where it was inferred: both styles bracket
 * what the citer supplies (GB/T 7714 §7.2, 自拟的信息; Chicago, an author the
 * work does not name). The reference-manager records name it so too.
 */
export function citedAuthority(facts: BulletinFacts, lang: Lang): string {
  return facts.authorityInferred ? `[${facts.authority[lang]}]` : facts.authority[lang];
}

/**
 * When the text was published: the publication's date where recorded, else the
 * bulletin's own, which may have been inferred.
 */
export function publicationDate(facts: BulletinFacts): { date: PartialDate; inferred: boolean } {
  return facts.source.publishedOn ? { date: facts.source.publishedOn, inferred: false } : { date: facts.date, inferred: facts.dateInferred };
}

/**
 * The publication date as a style writes it, bracketed where it was inferred
 * (GB/T 7714 §8.4.3: an estimated date in square brackets; Chicago brackets a supplied date too).
 */
function publishedOf(facts: BulletinFacts, style: DateStyle): string {
  const { date, inferred } = publicationDate(facts);
  const text = citationDate(date, style);
  return inferred ? `[${text}]` : text;
}

/**
 * An English title as Chicago sets it inside the double quotation marks that
 * enclose it: its own double quotation marks, curly or straight, become single
 * (a quotation within a quotation), and straight apostrophes curly.
 */
export function quotedTitle(title: string): string {
  let open = true;
  return title
    .replace(/"/g, () => {
      const mark = open ? '‘' : '’';
      open = !open;
      return mark;
    })
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(\w)'/g, '$1’');
}

/**
 * The title in Chicago's double quotation marks with the comma that follows
 * it inside them; no comma after a title that ends in ? or !, and a narrow
 * no-break space between a closing single and the closing double mark (CMOS 6.11).
 */
function chicagoTitle(title: string): string {
  const inner = quotedTitle(title);
  if (/[?!]$/.test(inner)) return `“${inner}”`;
  if (inner.endsWith('’')) return `“${inner.slice(0, -1)},’\u202f”`;
  return `“${inner},”`;
}

/**
 * How to cite a bulletin, in the reader's language, as that language's
 * standard has it, citing the text at `shortLinkUrl`, its short link in that
 * language (/b/hb-2020-05/zh/), which opens that text whatever the browser prefers.
 *
 * Chinese, GB/T 7714-2015 for an electronic resource [EB/OL] (§4.6): 主要责任者.
 * 题名: 其他题名信息[EB/OL]. 其他责任者 (the translator, "…, 译", placed after the
 * title as §4.1 places it). 出版者, (发表日期)[引用日期]. URL. Dates YYYY-MM-DD (§8.4.4).
 *
 * 湖北省住房和城乡建设厅. 湖北省住建系统…活动[EB/OL]. 中华建设网, (2020-05-27)[2026-12-02]. https://…/b/hb-2020-05/zh/.
 *
 * English, a Chicago (17th ed.) note for a news article read online, the
 * access date before the URL (14.12, 14.207): authority, “Title,” trans.
 * Construction Policy Digest (where the English is the site's), Publication,
 * Month Day, Year, accessed Month Day, Year, URL.
 *
 * Department of Housing … of Hubei Province, “Hubei’s … ‘Going Down …’ Campaign in Earnest,” trans. Construction Policy Digest, China Construction Network, May 27, 2020, accessed December 2, 2026, https://…/b/hb-2020-05/en/.
 *
 * `accessed` is the day the page was built; the copy script puts in the reader's today.
 */
export function citationParts(bulletin: Bulletin, lang: Lang, shortLinkUrl: string, accessed: Required<PartialDate>): CitationPart[] {
  const { facts, texts } = bulletin;
  const url: CitationPart = { text: shortLinkUrl, kind: 'url' };
  const datetime = citationDate(accessed, 'iso');
  if (lang === 'zh') {
    const number = facts.documentNumber ? `: ${facts.documentNumber}` : '';
    const translator = isSiteTranslation(facts, 'zh') ? `${siteName('zh')}, 译. ` : '';
    return [
      { text: `${citedAuthority(facts, 'zh')}. ${texts.zh.title}${number}[EB/OL]. ${translator}${facts.source.publication.zh}, (${publishedOf(facts, 'iso')})[` },
      { text: citationDate(accessed, 'iso'), kind: 'accessed', datetime, style: 'iso' },
      { text: ']. ' },
      url,
      { text: '.' },
    ];
  }
  const number = facts.documentNumber ? ` ${facts.documentNumber},` : '';
  const translator = isSiteTranslation(facts, 'en') ? ` trans. ${siteName('en')},` : '';
  return [
    { text: `${citedAuthority(facts, 'en')}, ${chicagoTitle(texts.en.title)}${number}${translator} ${facts.source.publication.en}, ${publishedOf(facts, 'chicago')}, accessed ` },
    { text: citationDate(accessed, 'chicago'), kind: 'accessed', datetime, style: 'chicago' },
    { text: ', ' },
    url,
    { text: '.' },
  ];
}

/** The citation as one line of plain text, as the copy button copies it. */
export function citation(bulletin: Bulletin, lang: Lang, shortLinkUrl: string, accessed: Required<PartialDate>): string {
  return citationParts(bulletin, lang, shortLinkUrl, accessed)
    .map((part) => part.text)
    .join('');
}

/**
 * A URL cut after each "/" (a "//" kept whole), where alone it may break at a
 * line's end (CMOS 14.18): never at a hyphen, which would read as hyphenation.
 */
export function urlSegments(url: string): string[] {
  return url.match(/[^/]*\/+|[^/]+$/g) ?? [url];
}

/**
 * Plain citation text cut so that each word with a hyphen (Urban-Rural) is a
 * run of its own, to be kept on one line: a line that ends in a hyphen reads
 * as a word broken there.
 */
export function hyphenatedRuns(text: string): { text: string; keep: boolean }[] {
  return text
    .split(/([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)/)
    .filter((run) => run !== '')
    .map((run) => ({ text: run, keep: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(run) }));
}

type Reference = BulletinFacts['references'][number];

/**
 * A cited document as each language writes it:
 * 山东省人民政府办公厅《关于…的十六条意见》（鲁政办字〔2019〕53号）
 * “Sixteen Opinions on …”, General Office of the Shandong Provincial Government (Lu Zheng Ban Zi [2019] No. 53; 鲁政办字〔2019〕53号)
 */
export function citeReference(reference: Reference, lang: Lang): string {
  const { title, issuer, number, numberEn } = reference;
  if (lang === 'zh') return `${issuer?.zh ?? ''}《${title.zh}》（${number}）`;
  // The English form the English text uses, then the number as printed, which is what finds the document.
  return `“${title.en}”${issuer ? `, ${issuer.en}` : ''} (${numberEn ? `${numberEn}; ${number}` : number})`;
}

/** What follows an inferred date: " (inferred)" after an English date, "（推定）" after a Chinese one, which takes no space. */
export function inferredNote(lang: Lang): string {
  return `${lang === 'en' ? ' ' : ''}${useTranslations(lang)('bulletin.inferred')}`;
}
