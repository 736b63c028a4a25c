// `npm run test:html` (after `npm run build`): the W3C Nu Html Checker (vnu.jar) over every
// HTML page in dist/, in one Java process, so the whole site costs one JVM start.
// Fails, with file, line and message, on any message of type "error" or "non-document-error"
// (a page it could not read). Warnings and info messages are counted, not failed: the only
// warnings it gives today come from its Content-Security-Policy check, which reads the pages
// from disk, where 'self' has no origin to match, takes JSON data blocks for scripts, and does
// not honour the sha256 hashes Astro writes; tests/e2e/csp.spec.ts checks the policy in a browser.
// The stylesheet in _astro/ is not checked (no --also-check-css): this is a check of the HTML.
// The pages' own <style> blocks are checked all the same, which is where FILTERED comes in.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(import.meta.dirname, '../../dist');
const VNU_JAR = join(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

/** Messages the checker gets wrong, matched exactly, each with why it is wrong. */
const FILTERED = [
  {
    message: 'CSS: “vector-effect”: Property “vector-effect” doesn\'t exist.',
    reason: 'vector-effect is an SVG presentation attribute, valid as a CSS property on SVG (SVG 2); the charts use it to keep strokes one pixel wide. The checker\'s CSS profile does not know it.',
  },
];

const FAILING_TYPES = new Set(['error', 'non-document-error']);

function htmlFiles() {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.sort().map((f) => join(DIST, f));
}

function runChecker(files) {
  const java = process.env.JAVA ?? 'java';
  const run = spawnSync(java, ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    console.error(`Could not run the Nu Html Checker (${java} -jar ${VNU_JAR}): ${run.error?.message ?? run.stderr}`);
    process.exit(2);
  }
  return JSON.parse(run.stdout).messages;
}

const where = (m) => (m.url ? relative(DIST, fileURLToPath(m.url)) : '(no file)');
const line = (m) => `${where(m)}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;

const started = performance.now();
const files = htmlFiles();
if (files.length === 0) {
  console.error('dist/ has no HTML pages: run `npm run build` first.');
  process.exit(2);
}
const messages = runChecker(files);
const filteredCounts = new Map(FILTERED.map((f) => [f.message, 0]));
const failures = [];
let advisory = 0;
for (const m of messages) {
  if (filteredCounts.has(m.message)) filteredCounts.set(m.message, filteredCounts.get(m.message) + 1);
  else if (FAILING_TYPES.has(m.type)) failures.push(m);
  else advisory += 1;
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Nu Html Checker: ${files.length} pages in ${seconds} s; ${failures.length} errors, ${advisory} warnings and info messages (not failures).`);
for (const { message, reason } of FILTERED) console.log(`  filtered ${filteredCounts.get(message)}× ${message}\n    (${reason})`);
if (failures.length > 0) {
  console.log('\nErrors:');
  for (const m of failures) console.log(`  ${line(m)} ${m.subType === 'fatal' ? '(fatal) ' : ''}${m.message}${m.extract ? `\n    …${m.extract.trim()}…` : ''}`);
  process.exit(1);
}
