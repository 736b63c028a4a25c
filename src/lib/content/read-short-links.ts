import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time.ts';
import { permalinkCodes, type ShortLink } from './permalinks.ts';

/**
 * Every short code in the content with the bulletin it opens, read from the facts files
 * for the steps that run after the pages are written (the server configuration), outside
 * Astro's content collections. They run only after a build has checked those files,
 * so this reads no more than the two fields it needs.
 */
export async function readShortLinks(contentDir: string): Promise<ShortLink[]> {
  const dir = join(contentDir, 'bulletins');
  const ids = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const links = await aFewAtATime(ids.sort(), FILES_AT_ONCE, async (id) => {
    const facts = load(await readFile(join(dir, id, 'facts.yaml'), 'utf8')) as { permalink: string; formerPermalinks?: string[] };
    return permalinkCodes({ facts: { permalink: facts.permalink, formerPermalinks: facts.formerPermalinks ?? [] } }).map((code) => ({ code, id }));
  });
  return links.flat();
}
