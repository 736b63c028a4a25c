import { HTML_LANG, type Lang, otherLang, useTranslations } from '../../i18n';
import type { Bulletin } from '../content/bulletin';
import type { BulletinFacts } from '../content/schema/facts';
import { formatDate } from '../vocabulary/dates';
import { textStatusLabel } from './text-status';

/**
 * How the site cites: a bulletin, for a reader to paste into a memo, and the
 * documents a bulletin cites, as each language writes such references.
 */

/** A run of citation text; `lang` is set where the run is in the other language (the other title). */
export interface CitationPart {
  text: string;
  lang?: string;
}

/**
 * How to cite a bulletin in a memo, as plain text in the reader's language:
 * authority, title (and the title in the other language), date, document
 * number where there is one, what the text is, and the short link.
 *
 * Department of Housing … of Hubei Province, “Hubei’s …” [湖北省…活动], 27 May 2020. This site's translation. https://…/b/hb-2020-05/
 * 湖北省住房和城乡建设厅：《湖北省…活动》（英文题名：Hubei’s …），2020年5月27日。原文（照发布文本）。https://…/b/hb-2020-05/
 */
export function citationParts(bulletin: Bulletin, lang: Lang, permalinkUrl: string): CitationPart[] {
  const { facts, texts } = bulletin;
  const other = otherLang(lang);
  const otherTitle = { text: texts[other].title, lang: HTML_LANG[other] };
  const date = `${formatDate(facts.date, lang)}${facts.dateInferred ? inferredNote(lang) : ''}`;
  // What the cited text is travels with the citation: a memo must not pass this site's translation off as the authority's words.
  const status = textStatusLabel(facts, lang, lang);
  if (lang === 'zh') {
    const number = facts.documentNumber ? `，${facts.documentNumber}` : '';
    return [
      { text: `${facts.authority.zh}：《${texts.zh.title}》（${other === 'en' ? '英文' : '中文'}题名：` },
      otherTitle,
      { text: `），${date}${number}。${status}。${permalinkUrl}` },
    ];
  }
  const number = facts.documentNumber ? `, ${facts.documentNumber}` : '';
  return [{ text: `${facts.authority.en}, “${texts.en.title}” [` }, otherTitle, { text: `], ${date}${number}. ${status}. ${permalinkUrl}` }];
}

/** The citation as one line of plain text. */
export function citation(bulletin: Bulletin, lang: Lang, permalinkUrl: string): string {
  return citationParts(bulletin, lang, permalinkUrl)
    .map((part) => part.text)
    .join('');
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
