import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time.ts';
import { bulletinFileOf } from './content-file.ts';
import { listFactsFiles } from './facts-files.ts';
import { parseFactsYaml } from './facts-yaml.ts';
import { permalinkCodes, type ShortLink } from './permalinks.ts';

/**
 * Every short code in the content with the bulletin it opens, read from the facts files
 * for the steps that run after the pages are written (the server configuration), outside
 * Astro's content collections. They run only after a build has checked those files,
 * so this reads no more than the two fields it needs.
 */
export async function readShortLinks(contentDir: string): Promise<ShortLink[]> {
  const links = await aFewAtATime(await listFactsFiles(join(contentDir, 'bulletins')), FILES_AT_ONCE, async (file) => {
    const facts = parseFactsYaml(await readFile(file, 'utf8'), file) as { permalink: string; formerPermalinks?: string[] };
    const id = bulletinFileOf(file).bulletinId;
    return permalinkCodes({ facts: { permalink: facts.permalink, formerPermalinks: facts.formerPermalinks ?? [] } }).map((code) => ({ code, id }));
  });
  return links.flat();
}
