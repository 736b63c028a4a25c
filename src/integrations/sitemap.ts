import astroSitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { HTML_LANG, LANGS } from '../i18n/locales';
import type { BulletinFactsOnly } from '../lib/content/read-facts';
import { type LocalizedPage, localizedPages } from '../lib/linking/site-pages';

/**
 * The sitemap, written by @astrojs/sitemap once the pages are: `sitemap-index.xml`, naming
 * `sitemap-0.xml` and more when there are over 45,000 pages. It lists the pages of
 * localizedPages() and no others (not "/", the short links or the 404 page, which have no
 * language of their own), each with its language versions as hreflang alternates and, for
 * a bulletin's pages, the day it last changed. The list is made from the facts files
 * (`bulletinFacts`, see factsReadOnce, which the server files share), which the build has checked by then.
 *
 * The language versions come from the same list, which pairs them already. The plugin's
 * own `i18n` option is not used: it pairs them by comparing every URL with every other, so
 * its time grows with the square of the pages, on every build and publish (1.4 s for the
 * 14,100 URLs of 3,000 bulletins, 18 s for the 47,000 of 10,000, about three minutes at 30,000).
 */
export function sitemap(bulletinFacts: () => Promise<BulletinFactsOnly[]>): AstroIntegration {
  /** Each listed page by its path in either language. */
  let listed = new Map<string, LocalizedPage>();
  const pathOf = (url: string) => new URL(url).pathname;
  const plugin = astroSitemap({
    // Only the hreflang links: no images, videos or news are described.
    namespaces: { news: false, image: false, video: false, xhtml: true },
    filter: (url) => listed.has(pathOf(url)),
    serialize: (item) => {
      const page = listed.get(pathOf(item.url));
      if (!page) return item;
      const links = LANGS.map((lang) => ({ lang: HTML_LANG[lang], url: new URL(page.paths[lang], item.url).href }));
      return { ...item, links, ...(page.lastModified === undefined ? {} : { lastmod: page.lastModified }) };
    },
  });
  const writeSitemap = plugin.hooks['astro:build:done'];
  return {
    ...plugin,
    name: 'digest:sitemap',
    hooks: {
      ...plugin.hooks,
      'astro:build:done': async (options) => {
        const pages = localizedPages(await bulletinFacts());
        listed = new Map(pages.flatMap((page) => Object.values(page.paths).map((path) => [path, page] as const)));
        await writeSitemap?.(options);
      },
    },
  };
}
