import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndexes } from '../lib/search/build-index';

/** Indexes the built site for search as the last step of `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'digest:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const indexed = await buildSearchIndexes(fileURLToPath(dir));
        const summary = indexed.map(({ lang, pages }) => `${lang} ${pages} pages`).join(', ');
        logger.info(`search index: ${summary} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
