// The search index step, run by finishSite() (finish-site.ts) as a process of its own once
// Astro has written the pages: node src/build/search-index-process.ts <dist> [--kept=<folder>] [<lang> …],
// every language unless some are named; with --kept, each bundle is kept in that folder of the
// build's cache and placed again while no page it indexes changes (src/lib/search/kept-bundle.ts).
// A process apart gives the indexer a fresh heap and hands all of it back when it ends; on a
// site of 10,000 bulletins the indexer alone needs gigabytes.
import { rmSync } from 'node:fs';
import { isLang, LANGS } from '../i18n/locales.ts';
import { buildSearchIndexes } from '../lib/search/build-index.ts';

// Named so that a process listing (and the benchmark's memory sampling) can tell it from Astro.
process.title = 'search-index';
const [dist = 'dist', ...rest] = process.argv.slice(2);
const keptIn = rest.find((arg) => arg.startsWith('--kept='))?.slice('--kept='.length);
const named = rest.filter((arg) => !arg.startsWith('--kept='));
const started = performance.now();
try {
  if (!named.every(isLang)) throw new Error(`no such language: ${named.filter((lang) => !isLang(lang)).join(', ')}; the site's are ${LANGS.join(', ')}`);
  const indexed = await buildSearchIndexes(dist, named.length > 0 ? named : LANGS, keptIn);
  const how = (kept: boolean, reused: number) => (kept ? ' (the last build’s bundle: no page it indexes changed)' : reused > 0 ? ` (${reused} fragment${reused === 1 ? '' : 's'} from the last build’s bundle)` : '');
  const summary = indexed.map(({ lang, pages, kept, reused }) => `${lang} ${pages} pages${how(kept, reused)}`).join(', ');
  console.log(`search index: ${summary} in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  // A site without its search index must not look like a finished build.
  rmSync(dist, { recursive: true, force: true });
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}\nThe pages in ${dist}/ were removed; fix the cause and build again.`);
  process.exitCode = 1;
}
