import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';
import type { Bulletin } from './bulletin';
import { bulletinFileOf } from './content-file';
import { listFactsFiles } from './facts-files';
import { parseFactsYaml } from './facts-yaml';
import { bulletinFactsSchema } from './schema/facts';

/**
 * Every bulletin's id and facts, read from the facts files for the steps that run after
 * the pages are written (the sitemap), outside Astro's content collections. They run only
 * after a build has checked those files, so the facts are parsed but not checked again
 * against the texts. In the order of the folders' names.
 */
export async function readBulletinFacts(contentDir: string): Promise<Pick<Bulletin, 'id' | 'facts'>[]> {
  const read = async (file: string) => ({
    id: bulletinFileOf(file).bulletinId,
    facts: bulletinFactsSchema.parse(parseFactsYaml(await readFile(file, 'utf8'), file)),
  });
  return aFewAtATime(await listFactsFiles(join(contentDir, 'bulletins')), FILES_AT_ONCE, read);
}
