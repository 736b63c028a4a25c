// `npm run build [-- <astro build flags>]`: the whole site, in two steps one after the other.
// Astro renders the pages, and its process ends; then the site is finished (finish-site.ts):
// the search index, in a process of its own, and the compressed copies.
//
// Why not finish it in Astro's own build:done hook, as `astro build` run alone does: until its
// process ends, Astro keeps most of the memory it took (1.4 GiB of a build of 1,000
// bulletins, most of it outside the JavaScript heap, so no garbage collection gives it back),
// and Pagefind then needs gigabytes of its own. One after the other, the build's peak is the
// larger of the two instead of their sum.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FINISHED_AFTER_ASTRO, finishSite } from './finish-site.ts';
import { run } from './run.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

const flags = process.argv.slice(2);
// Astro resolves --outDir against --root; the site is finished where Astro wrote it.
const { values } = parseArgs({ args: flags, options: { root: { type: 'string' }, outDir: { type: 'string' } }, strict: false, allowPositionals: true });
const root = resolve(String(values.root ?? '.'));
const dist = resolve(root, String(values.outDir ?? 'dist'));

const code = await run(process.execPath, [ASTRO, 'build', ...flags], { [FINISHED_AFTER_ASTRO]: '1' });
if (code !== 0) {
  // Astro failed while making pages: what it wrote is not a site.
  await rm(dist, { recursive: true, force: true });
  process.exitCode = code ?? 1;
} else {
  try {
    await finishSite(dist);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
