import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Text files, which compress; images and Pagefind's chunks are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest', '.ris']);
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The last step of a build: a `.gz` and a `.br` beside every text file, so that a server
 * sends them as they are (nginx's gzip_static and brotli_static) instead of compressing
 * each response, and at the highest levels, which are too slow to use per request.
 * zlib's asynchronous calls run on Node's thread pool, so files are compressed in parallel.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'digest:precompress',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((file) => COMPRESSIBLE.has(extname(file)));
        await Promise.all(files.map((file) => compressFile(join(root, file))));
      },
    },
  };
}

async function compressFile(path: string): Promise<void> {
  const data = await readFile(path);
  if (data.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gzipped(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}
