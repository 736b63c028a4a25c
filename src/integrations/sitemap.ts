import astroSitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../content-dir';
import { DEFAULT_LANG, HTML_LANG } from '../i18n/locales';
import { readBulletinFacts } from '../lib/content/read-facts';
import { localizedPages } from '../lib/linking/site-pages';

/**
 * The sitemap, written by @astrojs/sitemap once the pages are: `sitemap-index.xml`, naming
 * `sitemap-0.xml` and more when there are over 45,000 pages. It lists the pages of
 * localizedPages() and no others (not "/", the short links or the 404 page, which have no
 * language of their own), each with its language versions as hreflang alternates and, for
 * a bulletin's pages, the day it last changed. The list is made from the facts files,
 * which the build has checked by then.
 *
 * The `i18n` option pairs the language versions by comparing every URL with every other,
 * so its time grows with the square of the pages: nothing at 1,000 bulletins (about 5,000
 * URLs, a second and a half), about two and a half minutes at 10,000 (47,000 URLs).
 */
export function sitemap(): AstroIntegration {
  /** Each listed page's path, with the day it last changed where it has one. */
  let listed = new Map<string, string | undefined>();
  const pathOf = (url: string) => new URL(url).pathname;
  const plugin = astroSitemap({
    i18n: { defaultLocale: DEFAULT_LANG, locales: HTML_LANG },
    // Only the hreflang links: no images, videos or news are described.
    namespaces: { news: false, image: false, video: false, xhtml: true },
    filter: (url) => listed.has(pathOf(url)),
    serialize: (item) => {
      const lastmod = listed.get(pathOf(item.url));
      return lastmod === undefined ? item : { ...item, lastmod };
    },
  });
  const writeSitemap = plugin.hooks['astro:build:done'];
  return {
    ...plugin,
    name: 'digest:sitemap',
    hooks: {
      ...plugin.hooks,
      'astro:build:done': async (options) => {
        const pages = localizedPages(await readBulletinFacts(CONTENT_DIR));
        listed = new Map(pages.flatMap(({ paths, lastModified }) => Object.values(paths).map((path) => [path, lastModified] as const)));
        await writeSitemap?.(options);
      },
    },
  };
}
