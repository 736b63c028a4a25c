// The last step of `npm run build`: indexes the built pages in dist/ for search.
// It runs as a process of its own after Astro's has ended, so the memory of the two
// never adds up: on a site of 10,000 bulletins each needs gigabytes.
import { rmSync } from 'node:fs';
import { buildSearchIndexes } from '../src/lib/search/build-index.ts';

const dist = process.argv[2] ?? 'dist';
const started = performance.now();
try {
  const indexed = await buildSearchIndexes(dist);
  const summary = indexed.map(({ lang, pages }) => `${lang} ${pages} pages`).join(', ');
  console.log(`search index: ${summary} in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  // A site without its search index must not look like a finished build.
  rmSync(dist, { recursive: true, force: true });
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}\nThe pages in ${dist}/ were removed; fix the cause and run npm run build again.`);
  process.exitCode = 1;
}
