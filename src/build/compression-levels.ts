import { LANGS } from '../i18n/locales.ts';

/**
 * Brotli's level for the pages readers open most, not its highest (11): on this site's pages
 * 11 takes three to five times as long (131 against 45 ms for a bulletin page, 541 against
 * 118 ms for a measures page) for files 2–4 % smaller, which on a large archive is most of a build.
 */
export const MOST_READ_LEVEL = 10;

/**
 * Brotli's level for the pages few readers open. Levels 5 to 8 take about a fifteenth of
 * level 10's time on this site's pages, for copies 7–14 % larger; 8's are the smallest of them
 * (9 takes nearly as long as 10). That is, on average, 0.7 KB more for a list's archived page
 * (of 317 KB of HTML) or a side-by-side view, 0.2 KB for a short link's page (BENCHMARKS.md).
 */
export const LITTLE_READ_LEVEL = 8;

const LANG = `(?:${LANGS.join('|')})`;

/**
 * The files few readers open, by their path in the site: a list's archived pages (`…/2/`,
 * numbered from the oldest; readers land on a list's newest page, its own address), a
 * bulletin's side-by-side view of both languages, and the short links' pages, which a
 * server with the site's redirects never sends (a host without them sends each once, to
 * redirect). They are most of a large archive's text.
 */
const LITTLE_READ = [
  new RegExp(`^${LANG}/(?:measures|(?:regions|topics|years)/[^/]+)/\\d+/index\\.html$`),
  new RegExp(`^${LANG}/bulletins/[^/]+/compare/index\\.html$`),
  /^b\//,
];

/** Brotli's level for the file at `file`, a path under the site's root (`en/topics/financing/2/index.html`). */
export function brotliLevelFor(file: string): number {
  return LITTLE_READ.some((pattern) => pattern.test(file)) ? LITTLE_READ_LEVEL : MOST_READ_LEVEL;
}
