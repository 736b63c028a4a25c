/**
 * Stretches of one language inside a text of the other, so each can be marked with
 * its own `lang` and set in its own face: Chinese quoted in an English text (with its
 * full-width punctuation and digits), English quoted in a Chinese one.
 */

export type RunLang = 'en' | 'zh';

export interface Run {
  text: string;
  /** Set on a stretch in the other language; absent on the text's own. */
  lang?: RunLang;
}

// A Chinese stretch: Han characters, with the full-width punctuation, digits and
// brackets written against them (5000多万, “大会战”打响以来, 《通知》).
const HAN_RUN = /[“‘《（〔【0-9.]*\p{Script=Han}(?:[\p{Script=Han}0-9.%、，。：；！？“”‘’《》（）〔〕【】—…·]*[\p{Script=Han}”’》）〕】。])?/gu;

// An English stretch in a Chinese text: two words or more (a lone acronym such as BIM
// or EPC sits well in the Chinese face), with the punctuation between them.
const LATIN_RUN = /[A-Za-z][A-Za-z0-9’'-]*(?:[ ,.;:()“”‘’"'-]+[A-Za-z0-9][A-Za-z0-9’'-]*)+/g;

/** Splits `text`, written in `textLang`, into runs of its own language and the other's. */
export function languageRuns(text: string, textLang: RunLang): Run[] {
  const pattern = textLang === 'en' ? HAN_RUN : LATIN_RUN;
  const other: RunLang = textLang === 'en' ? 'zh' : 'en';
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], lang: other });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
