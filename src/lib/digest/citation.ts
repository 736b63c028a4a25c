import { HTML_LANG, type Lang, otherLang } from '../../i18n/locales';
import type { Bulletin } from '../content/bulletin';
import { formatDate } from '../vocabulary/dates';

/** A run of citation text; `lang` is set where the run is in the other language (the other title). */
export interface CitationPart {
  text: string;
  lang?: string;
}

/**
 * How to cite a bulletin in a memo, as plain text in the reader's language:
 * authority, title (and the title in the other language), date, document
 * number where there is one, and the short link.
 *
 * Department of Housing … of Hubei Province, “Hubei’s …” [湖北省…活动], 27 May 2020. https://…/b/hb-2020-05/
 * 湖北省住房和城乡建设厅：《湖北省…活动》（英文题名：Hubei’s …），2020年5月27日。https://…/b/hb-2020-05/
 */
export function citationParts(bulletin: Bulletin, lang: Lang, permalinkUrl: string): CitationPart[] {
  const { facts, texts } = bulletin;
  const other = otherLang(lang);
  const otherTitle = { text: texts[other].title, lang: HTML_LANG[other] };
  const inferred = facts.dateInferred ? (lang === 'zh' ? '（推定）' : ' (inferred)') : '';
  const date = `${formatDate(facts.date, lang)}${inferred}`;
  if (lang === 'zh') {
    const number = facts.documentNumber ? `，${facts.documentNumber}` : '';
    return [
      { text: `${facts.authority.zh}：《${texts.zh.title}》（${other === 'en' ? '英文' : '中文'}题名：` },
      otherTitle,
      { text: `），${date}${number}。${permalinkUrl}` },
    ];
  }
  const number = facts.documentNumber ? `, ${facts.documentNumber}` : '';
  return [{ text: `${facts.authority.en}, “${texts.en.title}” [` }, otherTitle, { text: `], ${date}${number}. ${permalinkUrl}` }];
}

/** The citation as one line of plain text. */
export function citation(bulletin: Bulletin, lang: Lang, permalinkUrl: string): string {
  return citationParts(bulletin, lang, permalinkUrl)
    .map((part) => part.text)
    .join('');
}
