// `npm run bench [-- 100 1000 10000]`: the benchmark at scale. For each size it
// writes a corpus (the five real bulletins and synthetic ones made from them),
// then builds it twice side by side, with the site's real build and with the bare
// floor (scripts/bench/floor: the same Markdown, one plain template), cold (empty
// caches), warm (again, with the caches of the cold build, nothing changed) and
// publishing one (one new bulletin added, built with every cache: a publish).
// It then measures search on the built site in Chromium (a first search, query
// times, and a shared link to the search page), and writes the results
// into BENCHMARKS.md between its markers. Everything it builds goes to a
// temporary folder, removed at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { addBulletin, generateCorpus } from './generate-corpus.mjs';
import { measureProcess } from './measure-process.mjs';
import { measureSearch } from './browser-search.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n >= 5);
/** `--keep` leaves the corpora and the built sites in the temporary folder, for looking into afterwards. */
const KEEP = process.argv.includes('--keep');
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 10000];
const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
const SITE_BUILD = [join('src', 'build', 'build.ts')];
const REPORT = 'BENCHMARKS.md';
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const gib = (kib) => `${(kib / 1024 / 1024).toFixed(2)} GiB`;
const kibOf = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms) => `${ms.toFixed(0)} ms`;

/** Bytes under a folder, as `du -sb` counts them. */
const sizeOf = (dir) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
const countFiles = (dir, ending) => readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(ending)).length;

/** Route kinds of the site, for the breakdown of where build time goes. */
const KINDS = [
  [/\/share\.png$/, 'share images'],
  [/^\/b\//, 'short links (/b/)'],
  [/\/bulletins\/[^/]+\/compare\//, 'side-by-side views'],
  [/\/bulletins\/[^/]+\/$/, 'bulletin pages'],
  [/\/(topics|years|regions|measures)\//, 'browse lists'],
];
const kindOf = (path) => KINDS.find(([pattern]) => pattern.test(path.replace(/index\.html$/, '')))?.[1] ?? 'other pages';

/** Sums Astro's per-page "(+12ms)" log lines by route kind: where the build's page time goes. */
function breakdown(output) {
  const sums = new Map();
  for (const [, path, ms] of output.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const kind = kindOf(path);
    const entry = sums.get(kind) ?? { pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += Number(ms);
    sums.set(kind, entry);
  }
  return sums;
}

/** The largest HTML file under a folder, with its size. */
function largestPage(dir) {
  let largest = { path: '', bytes: 0 };
  for (const name of readdirSync(dir, { recursive: true })) {
    if (!String(name).endsWith('.html')) continue;
    const bytes = statSync(join(dir, String(name))).size;
    if (bytes > largest.bytes) largest = { path: `/${String(name).replace(/index\.html$/, '')}`, bytes };
  }
  return largest;
}

/**
 * The day every build of the run works the measures' statuses out for. Left unset, each build
 * takes the day it runs on in China, and a run that crossed midnight there (16:00 UTC) would
 * measure its warm build and its publish as builds in which every page changed. Which day does
 * not matter, only that it is one: the day the run started, unless DIGEST_AS_OF names one.
 */
const AS_OF = process.env.DIGEST_AS_OF ?? new Date().toISOString().slice(0, 10);

/**
 * One Astro build, measured. `root` is the project to build: the site (.) or the floor.
 * A build that runs out of JavaScript heap is measured again with a larger one, and
 * marked so, rather than ending the benchmark: how much it needs is a result too.
 */
async function build(root, corpus, cacheDir, outDir, heapMiB) {
  // The site is built as `npm run build` builds it; the floor is a plain `astro build`.
  const command = root === '.' ? SITE_BUILD : [ASTRO, 'build'];
  const result = await measureProcess(process.execPath, [...command, '--root', root, '--outDir', outDir], {
    // In NODE_OPTIONS, a larger heap reaches every Node process of the build, not only the first.
    env: { DIGEST_CONTENT_DIR: corpus, DIGEST_CACHE_DIR: cacheDir, DIGEST_AS_OF: AS_OF, ASTRO_TELEMETRY_DISABLED: '1', ...(heapMiB ? { NODE_OPTIONS: `--max-old-space-size=${heapMiB}` } : {}) },
  });
  if (result.code !== 0) {
    const outOfHeap = /heap out of memory|Allocation failed/i.test(result.output);
    console.error(result.output.slice(-2000));
    if (outOfHeap && !heapMiB) {
      console.log(`  out of JavaScript heap with Node's default limit: again with ${RETRY_HEAP_MIB} MiB…`);
      return { ...(await build(root, corpus, cacheDir, outDir, RETRY_HEAP_MIB)), defaultHeapFailed: true };
    }
    throw new Error(`the build of ${root} on ${corpus} failed (exit ${result.code})`);
  }
  const pages = countFiles(outDir, '.html');
  // Pages Astro copied from its incremental-build cache instead of rendering.
  const reused = (result.output.match(/ \((?:restored|cached)\)/g) ?? []).length;
  const measured = { ...result, pages, reused, distBytes: 0, largest: largestPage(outDir), kinds: breakdown(result.output), heapMiB, astroPeakKiB: result.peakKiB, indexPeakKiB: 0, indexMs: NaN };
  if (root === '.') {
    // The site's build ends with the search index, a process of its own per language once Astro's has
    // ended, each saying how long it took; the build's own process compresses the pages beside the last.
    const times = [...result.output.matchAll(/^search index: .* in (\d+) ms$/gm)].map((match) => Number(match[1]));
    const indexMs = times.length > 0 ? times.reduce((sum, ms) => sum + ms, 0) : NaN;
    // Languages whose bundle was the last build's, placed again: no page it indexes had changed.
    const kept = [...result.output.matchAll(/^search index: .*$/gm)].flatMap((line) => [...line[0].matchAll(/(\w+) \d+ pages \(the last build’s bundle/g)].map((match) => match[1]));
    // The finishing step (index and compressed copies) says how long it took, and the pages' copies within it.
    const finished = result.output.match(/the pages’ copies in (\d+) ms; the site finished in (\d+) ms/);
    const [copiesMs, finishMs] = finished ? [Number(finished[1]), Number(finished[2])] : [NaN, NaN];
    Object.assign(measured, { astroPeakKiB: result.peakOtherKiB, indexPeakKiB: result.peakIndexKiB, indexPagefindKiB: result.peakPagefindKiB, indexMs, kept, copiesMs, finishMs });
  }
  measured.distBytes = sizeOf(outDir);
  return measured;
}
const RETRY_HEAP_MIB = 12288;

/** Queries that match a few percent of a corpus (a made-up county, policy words) and one that matches nearly all. */
function queriesFor(places) {
  const place = places[0];
  return {
    en: [place.en.replace(/ County$/, ''), 'financing', 'qualification', 'construction'],
    zh: [place.zh, '纾困', '外联站', '建设'],
  };
}
const BROAD = { en: 'construction', zh: '建设' };

async function benchSize(size, work) {
  const corpus = join(work, `corpus-${size}`);
  const { places } = generateCorpus(size, corpus);
  const firstId = readdirSync(join(corpus, 'bulletins')).sort()[0];
  const runs = {};
  const ROOTS = [['floor', 'scripts/bench/floor'], ['site', '.']];
  const step = async (name, root, label) => {
    const { cache, out } = runs[name];
    console.log(`${size} bulletins: ${name}, ${label}…`);
    const measured = await build(root, corpus, cache, out);
    console.log(`  ${seconds(measured.wallMs)}, peak ${mib(measured.peakKiB)}${measured.reused ? `, ${measured.reused.toLocaleString('en')} pages reused` : ''}`);
    return measured;
  };
  for (const [name, root] of ROOTS) {
    runs[name] = { cache: join(work, `${name}-${size}-cache`), out: join(work, `${name}-${size}-dist`) };
    runs[name].cold = await step(name, root, 'cold build');
    runs[name].warm = await step(name, root, 'warm build');
  }
  // Both builds publish the same new bulletin into the archive they built.
  const added = addBulletin(corpus, size);
  for (const [name, root] of ROOTS) runs[name].publish = await step(name, root, `publishing one (${added})`);
  const site = runs.site;
  const indexBytes = sizeOf(join(site.out, 'pagefind'));
  console.log(`${size} bulletins: search in Chromium…`);
  const queries = queriesFor(places);
  const search = await measureSearch({ distDir: site.out, port: 4349, bulletinPath: (lang) => `/${lang}/bulletins/${firstId}/`, queries });
  if (!KEEP) {
    for (const { out, cache } of Object.values(runs)) {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
    rmSync(corpus, { recursive: true, force: true });
  }
  return { size, floor: runs.floor, site, indexBytes, search, queries };
}

function report(results) {
  const lines = [];
  const cpu = cpus();
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- ${SIZES.join(' ')}\` on ${cpu.length} × ${cpu[0]?.model.trim()}, ${gib(totalmem() / 1024)} RAM, Node ${process.versions.node}. One run of each build; the floor and the site were built one after the other in the same run.`);
  lines.push('');
  lines.push('### Builds');
  lines.push('');
  lines.push('| Bulletins | Build | Pages | Wall, cold | ms per page | Ratio to floor | Wall, warm | Ratio to floor | Publish one | Ratio to floor | Peak RSS, whole build | Astro step | Search index step (of it Pagefind) | Search index time | `dist/` | Pagefind index |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    for (const name of ['floor', 'site']) {
      const { cold, warm, publish } = r[name];
      const isSite = name === 'site';
      const peak = (key) => Math.max(cold[key], warm[key], publish[key]);
      lines.push(
        `| ${r.size.toLocaleString('en')} | ${isSite ? 'site' : 'floor'} | ${cold.pages.toLocaleString('en')} | ${seconds(cold.wallMs)} | ${(cold.wallMs / cold.pages).toFixed(1)} | ${isSite ? `${(cold.wallMs / r.floor.cold.wallMs).toFixed(2)}×` : '1×'} | ${seconds(warm.wallMs)} | ${isSite ? `${(warm.wallMs / r.floor.warm.wallMs).toFixed(2)}×` : '1×'} | ${seconds(publish.wallMs)} | ${isSite ? `${(publish.wallMs / r.floor.publish.wallMs).toFixed(2)}×` : '1×'} | ${gib(peak('peakKiB'))} | ${gib(peak('astroPeakKiB'))} | ${isSite ? `${gib(peak('indexPeakKiB'))} (${gib(peak('indexPagefindKiB'))})` : '–'} | ${isSite ? seconds(cold.indexMs) : '–'} | ${(cold.distBytes / 1024 / 1024).toFixed(0)} MiB | ${isSite ? `${(r.indexBytes / 1024 / 1024).toFixed(1)} MiB` : '–'} |`,
      );
    }
  }
  for (const r of results) {
    for (const [name, run] of Object.entries({ 'site, cold': r.site.cold, 'site, warm': r.site.warm, 'site, publishing one': r.site.publish })) {
      if (run.defaultHeapFailed) lines.push(`\n${r.size.toLocaleString('en')} bulletins, ${name}: ran out of JavaScript heap at Node's default limit; measured again with --max-old-space-size=${run.heapMiB}.`);
    }
  }
  lines.push('');
  lines.push('### Where the site build spends its time');
  lines.push('');
  lines.push("Sum of Astro's per-page times by kind of page, with the number of pages rendered (pages are built four at a time, so the sums exceed the wall time); reused: pages Astro kept from the last build instead (moved back into place from it, or copied from Astro's cache), which Astro does not time; then the search index step, which runs after Astro's, one language after the other, the pages being compressed beside the last (a language whose pages did not change places the last build's bundle instead: marked “kept”). Astro's step: the build's wall time but the finishing step, which the build's log times: both languages' index, the compressed copies of every text file and the cache's pruning; the pages' copies are made beside the English index, so the finishing step takes less than the index and the copies added. Largest page: the biggest HTML file in `dist/`.");
  lines.push('');
  const kinds = [...new Set(results.flatMap((r) => [...r.site.cold.kinds.keys()]))];
  lines.push(`| Bulletins | Build | ${kinds.join(' | ')} | reused | Astro's step, wall | finishing step, wall | search indexing | pages' compressed copies | largest page |`);
  lines.push(`|---:|---|${kinds.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|---|`);
  for (const r of results) {
    for (const [name, run] of [['cold', r.site.cold], ['warm', r.site.warm], ['publishing one', r.site.publish]]) {
      const cells = kinds.map((kind) => {
        const entry = run.kinds.get(kind);
        return entry ? `${seconds(entry.ms)} (${entry.pages.toLocaleString('en')})` : '–';
      });
      lines.push(`| ${r.size.toLocaleString('en')} | ${name} | ${cells.join(' | ')} | ${run.reused.toLocaleString('en')} | ${seconds(run.wallMs - run.finishMs)} | ${seconds(run.finishMs)} | ${seconds(run.indexMs)}${run.kept?.length ? ` (kept: ${run.kept.join(', ')})` : ''} | ${seconds(run.copiesMs)} | ${(run.largest.bytes / 1024).toFixed(0)} KiB \`${run.largest.path.replace(/synthetic-\d+/, 'synthetic-…')}\` |`);
    }
  }
  lines.push('');
  lines.push('### Search in Chromium');
  lines.push('');
  lines.push('First search: typed into the header box of a bulletin page; bytes as served and as a host that gzips JavaScript and JSON sends them. Query time: median of 7, from asking the index to having the first page of results, as the search page measures it. Matches: results in the page\'s own language.');
  lines.push('');
  lines.push('| Bulletins | Language | First search | Requests | As served | Gzipped | Query | Matches | Median |');
  lines.push('|---:|---|---|---:|---:|---:|---|---:|---:|');
  for (const r of results) {
    for (const [lang, { bytes, medians, counts }] of Object.entries(r.search)) {
      r.queries[lang].forEach((query, i) => {
        const first = i === 0;
        const broad = query === BROAD[lang] ? ' (broad)' : '';
        lines.push(`| ${first ? r.size.toLocaleString('en') : ''} | ${first ? lang : ''} | ${first ? `“${query}”` : ''} | ${first ? bytes.requests : ''} | ${first ? kibOf(bytes.raw) : ''} | ${first ? kibOf(bytes.gzip) : ''} | ${query}${broad} | ${counts[query] ?? '?'} | ${medians[query].toFixed(1)} ms |`);
      });
    }
  }
  lines.push('');
  lines.push('### A shared search link');
  lines.push('');
  lines.push('A link to the search page with the first query above in it (`/en/search/?q=…`), opened in a new browser context each time, so nothing is cached. First result painted: from navigation start to the frame that paints the first result, median of 7 (min–max). Bytes: every response from the navigation until the network is idle after that, the search page\'s HTML included; with the page as built, and with its concept block (`#search-concepts`) emptied. Gzipped: as a host that gzips HTML, CSS, JavaScript, JSON and SVG sends them.');
  lines.push('');
  lines.push('| Bulletins | Language | Query | First result painted | Requests | As served | Gzipped | Without concepts: requests | As served | Gzipped | Concepts cost, gzipped |');
  lines.push('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    for (const [lang, { shared }] of Object.entries(r.search)) {
      const { paint, withConcepts: w, withoutConcepts: wo } = shared;
      lines.push(`| ${r.size.toLocaleString('en')} | ${lang} | ${shared.query} | ${millis(paint.median)} (${paint.min.toFixed(0)}–${millis(paint.max)}) | ${w.requests} | ${kibOf(w.raw)} | ${kibOf(w.gzip)} | ${wo.requests} | ${kibOf(wo.raw)} | ${kibOf(wo.gzip)} | ${kibOf(w.gzip - wo.gzip)} |`);
    }
  }
  return lines.join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'digest-bench-'));
try {
  const results = [];
  // The report is rewritten after each size, so a long run that is stopped keeps what it measured.
  for (const size of SIZES) {
    results.push(await benchSize(size, work));
    const table = report(results);
    console.log(`\n${table}`);
    const current = readFileSync(REPORT, 'utf8');
    const [before, rest] = current.split(START);
    const after = rest?.split(END)[1];
    if (before === undefined || after === undefined) throw new Error(`${REPORT} has lost its ${START} … ${END} markers`);
    writeFileSync(REPORT, `${before}${START}\n${table}\n${END}${after}`);
    console.log(`\nwrote the results for ${results.map((r) => r.size).join(', ')} bulletins into ${REPORT}`);
  }
} finally {
  if (KEEP) console.log(`kept the corpora and builds in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
