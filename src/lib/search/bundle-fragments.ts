import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeCbor } from './cbor.ts';

/** What Pagefind writes before the data of each file it compresses. */
const PAGEFIND_PREFIX = 'pagefind_dcd';

/** A page's fragment file in a bundle: `fragment/<name>.pf_fragment`. */
export const fragmentFile = (name: string): string => join('fragment', `${name}.pf_fragment`);

/**
 * The name of each page's fragment (the file holding its text, address and metadata) in the
 * bundle written to `bundle`, in the order the pages were handed to Pagefind. Read from the
 * bundle's metadata file, whose page list Pagefind writes in that order: a CBOR array whose
 * second item lists the pages, each an array starting with its fragment's name.
 */
export async function fragmentsInPageOrder(bundle: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  const languages = Object.values(entry.languages ?? {});
  if (languages.length !== 1 || typeof languages[0]!.hash !== 'string') throw new Error(`${bundle}: expected one language in pagefind-entry.json`);
  const data = gunzipSync(await readFile(join(bundle, `pagefind.${languages[0]!.hash}.pf_meta`)));
  if (data.subarray(0, PAGEFIND_PREFIX.length).toString('latin1') !== PAGEFIND_PREFIX) throw new Error(`${bundle}: the metadata file does not start as Pagefind's do`);
  const meta = decodeCbor(data.subarray(PAGEFIND_PREFIX.length));
  const pages = Array.isArray(meta) ? meta[1] : undefined;
  if (!Array.isArray(pages)) throw new Error(`${bundle}: the metadata file has no page list where Pagefind 1.6 writes it`);
  return pages.map((page, i) => {
    const name = Array.isArray(page) ? page[0] : undefined;
    if (typeof name !== 'string') throw new Error(`${bundle}: page ${i} of the metadata file has no fragment name`);
    return name;
  });
}
