import type { Lang } from '../../i18n/locales';
import type { Translate } from '../../i18n/translator';
import type { ExcerptSegment } from '../../lib/search/excerpt';
import type { Found, ResultView } from '../../lib/search/result-view';
import { HTML_LANG } from '../../i18n/locales';
import { aboutStatusPath } from '../../lib/linking/paths';

/** Makes an element with text content only: search results never become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(segments: ExcerptSegment[]): HTMLParagraphElement {
  const p = el('p', 'result__excerpt');
  for (const { text, hit } of segments) p.append(hit ? el('mark', '', text) : document.createTextNode(text));
  return p;
}

/**
 * The mark of what the matched text is. On the search page it links to the page
 * explaining the marks; in the header's dropdown, whose arrow keys move from
 * title to title, it is plain text.
 */
function statusMark(view: ResultView, readerLang: Lang, linked: boolean): HTMLParagraphElement {
  const line = el('p', 'result__status');
  const mark = el(linked ? 'a' : 'span', `status-mark status-mark--${view.statusId}`, view.status);
  mark.dataset['textStatus'] = view.statusId;
  if (mark instanceof HTMLAnchorElement) mark.href = aboutStatusPath(readerLang);
  line.append(mark);
  return line;
}

/** A run of text in a language of its own, so it is set in that language's face and read in its voice. */
function inLang(text: string, lang: Lang): HTMLSpanElement {
  const span = el('span', '', text);
  span.lang = HTML_LANG[lang];
  return span;
}

/** A glossary term as the site writes it in either language: 纾困 → relieve difficulties. */
export function termLabel(zh: string, en: string): DocumentFragment {
  const label = document.createDocumentFragment();
  label.append(inLang(zh, 'zh'), ' → ', inLang(en, 'en'));
  return label;
}

/** What a concept is called before its name: "Topic: " or "Glossary: "; "主题：", "术语：" (no space after a full-width colon). */
export function conceptLeadIn(kind: 'topic' | 'term', lang: Lang, t: Translate): string {
  const text = t(kind === 'topic' ? 'search.concept.topic' : 'search.concept.term');
  return lang === 'zh' ? text : `${text} `;
}

/** What found a result that the words did not: "Topic: Enterprise relief", "Glossary: 纾困 → relieve difficulties". */
function foundLine(found: Found, readerLang: Lang, t: Translate): HTMLParagraphElement | null {
  if (found.by === 'words') return null;
  const line = el('p', 'result__found', conceptLeadIn(found.by, readerLang, t));
  line.append(found.by === 'topic' ? found.label : termLabel(found.zh, found.en));
  return line;
}

/**
 * One result: title linked to the matched measure, where and when, the matched passage.
 * On the search page each title is a heading under "Search results"; in the header's
 * dropdown, which sits before the page's own h1, it is not, to keep the outline true.
 */
export function resultItem(view: ResultView, readerLang: Lang, t: Translate, asHeading: boolean): HTMLLIElement {
  const item = el('li', view.crossLanguage ? 'result result--other' : 'result');
  item.dataset['bulletin'] = view.bulletinId;
  const link = el('a', 'result__title', view.title);
  link.href = view.url;
  if (view.crossLanguage) link.lang = view.textHtmlLang;
  item.append(el(asHeading ? 'h3' : 'p', 'result__heading'));
  item.lastElementChild!.append(link);

  const meta = el('p', 'result__meta', `${view.region} · ${view.date}`);
  if (view.crossLanguage) meta.append(' · ', el('span', 'result__badge', t('search.textIn', { language: t(`language.${view.textLang}`) })));
  item.append(meta, statusMark(view, readerLang, asHeading));
  const found = foundLine(view.found, readerLang, t);
  if (found) item.append(found);

  if (view.section) {
    const section = el('p', 'result__section', view.section);
    if (view.crossLanguage) section.lang = view.textHtmlLang;
    item.append(section);
  }
  const excerpt = excerptNode(view.excerpt);
  if (view.crossLanguage) excerpt.lang = view.textHtmlLang;
  item.append(excerpt);

  if (view.crossLanguage) {
    const reader = el('a', 'result__reader', `${t('search.readIn', { language: t(`language.${readerLang}`) })}: ${view.readerTitle}`);
    reader.href = view.readerUrl;
    item.append(el('p', 'result__reader-line'));
    item.lastElementChild!.append(reader);
  }
  return item;
}

export function appendResults(list: HTMLElement, views: ResultView[], readerLang: Lang, t: Translate, asHeadings: boolean): void {
  list.append(...views.map((view) => resultItem(view, readerLang, t, asHeadings)));
}
