// `npm run bench`: measures search on the built site in dist/ (build it first: `npm run build`).
// Prints, per language, the bytes of a first search, the median time of typical queries,
// and for a shared link to the search page the time to its first result painted and its
// bytes with and without the search page's concept block.
import { existsSync } from 'node:fs';
import { measureSearch } from './browser-search.mjs';

const DIST = 'dist';
if (!existsSync(`${DIST}/pagefind`)) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}

const QUERIES = {
  en: ['financing', 'qualification', 'Deqing', 'enterprises', 'construction'],
  zh: ['纾困', '外联站', '工程造价', '德', '企业'],
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const bytesLine = ({ requests, raw, gzip }) => `${requests} requests, ${kib(raw)} as served, ${kib(gzip)} gzipped`;

const result = await measureSearch({ distDir: DIST, port: 4339, bulletinPath: (lang) => `/${lang}/bulletins/hubei-2020-05-sink-into-enterprises/`, queries: QUERIES });
for (const [lang, { bytes, medians, shared }] of Object.entries(result)) {
  console.log(`\n${lang}: first search ("${QUERIES[lang][0]}" typed on a bulletin page): ${bytes.requests} requests, ${kib(bytes.raw)} as served, ${kib(bytes.gzip)} gzipped`);
  for (const file of bytes.files) console.log(`  ${file}`);
  console.log('  median query time (search + first page of results), 7 runs:');
  for (const [query, median] of Object.entries(medians)) console.log(`    ${query.padEnd(14)} ${ms(median)}`);
  const { paint, withConcepts, withoutConcepts } = shared;
  console.log(`  a shared link, /${lang}/search/?q=${shared.query}, opened with nothing cached:`);
  console.log(`    first result painted, median of ${paint.times.length}: ${ms(paint.median)} (${paint.min.toFixed(1)}–${ms(paint.max)})`);
  console.log(`    to network idle:  ${bytesLine(withConcepts)}`);
  console.log(`    without concepts: ${bytesLine(withoutConcepts)}`);
  console.log(`    the concepts cost (the block, and the lookups a named concept adds) ${kib(withConcepts.gzip - withoutConcepts.gzip)} gzipped, ${kib(withConcepts.raw - withoutConcepts.raw)} as served`);
  for (const file of withConcepts.files) console.log(`      ${file}`);
}
