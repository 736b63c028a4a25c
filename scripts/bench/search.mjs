// `npm run bench`: measures search on the built site in dist/ (build it first: `npm run build`).
// Prints, per language, the bytes of a first search and the median time of typical queries.
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

const result = await measureSearch({ distDir: DIST, port: 4339, bulletinPath: (lang) => `/${lang}/bulletins/hubei-2020-05-sink-into-enterprises/`, queries: QUERIES });
for (const [lang, { bytes, medians }] of Object.entries(result)) {
  console.log(`\n${lang}: first search ("${QUERIES[lang][0]}" typed on a bulletin page): ${bytes.requests} requests, ${kib(bytes.raw)} as served, ${kib(bytes.gzip)} gzipped`);
  for (const file of bytes.files) console.log(`  ${file}`);
  console.log('  median query time (search + first page of results), 7 runs:');
  for (const [query, ms] of Object.entries(medians)) console.log(`    ${query.padEnd(14)} ${ms.toFixed(1)} ms`);
}
