import { LANGS, type Lang } from '../../../i18n/locales.ts';
import type { ShortLink } from '../../content/permalinks.ts';
import { bulletinPath, homePath, permalinkLangPath, permalinkPath } from '../paths.ts';

/**
 * What a server with a configuration does in place of the static fallback pages:
 * - `/b/<code>/<lang>/` is that bulletin in that language, for good (301);
 * - `/b/<code>/` and `/` depend on the reader's language (302, `Vary: Accept-Language`).
 * Browsers keep a link's `#anchor` across a redirect, so `/b/<code>/#measure-2` lands on the measure.
 */
export interface Redirect {
  from: string;
  status: 301 | 302;
  /** The target, in each language the reader may prefer; a 301 has the same target in each. */
  to: Record<Lang, string>;
}

export function shortLinkRedirects(links: readonly ShortLink[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const { code, id } of links) {
    redirects.push({ from: permalinkPath(code), status: 302, to: byLang((lang) => bulletinPath(lang, id)) });
    for (const lang of LANGS) {
      redirects.push({ from: permalinkLangPath(code, lang), status: 301, to: byLang(() => bulletinPath(lang, id)) });
    }
  }
  return redirects;
}

/** `/` has no language of its own: the reader goes to the home page in theirs. */
export const ROOT_REDIRECT: Redirect = { from: '/', status: 302, to: byLang(homePath) };

function byLang(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, path(lang)])) as Record<Lang, string>;
}

