import type { Lang } from '../i18n/locales';

/** Every URL the site links to is made here, so the URL scheme lives in one place. */

export function homePath(lang: Lang): string {
  return `/${lang}/`;
}

export function bulletinPath(lang: Lang, bulletinId: string): string {
  return `/${lang}/bulletins/${bulletinId}/`;
}

export function searchPath(lang: Lang): string {
  return `/${lang}/search/`;
}

/** The Pagefind bundle (index, wasm, `pagefind.js`) of one language's pages. */
export function searchBundlePath(lang: Lang): string {
  return `/pagefind/${lang}/`;
}
