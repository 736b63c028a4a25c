import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';
import type { Bulletin } from './bulletin';
import { bulletinFileOf } from './content-file';
import { listFactsFiles } from './bulletin-files';
import { parseFactsYaml } from './facts-yaml';
import { bulletinFactsSchema } from './schema/facts';

/** A bulletin as the steps after the pages know it: its id and its facts, without its texts. */
export type BulletinFactsOnly = Pick<Bulletin, 'id' | 'facts'>;

/**
 * Every bulletin's id and facts, read from the facts files for the steps that run after
 * the pages are written (the sitemap, the server files), outside Astro's content collections. They run only
 * after a build has checked those files, so the facts are parsed but not checked again
 * against the texts. In the order of the folders' names.
 */
export async function readBulletinFacts(contentDir: string): Promise<BulletinFactsOnly[]> {
  const read = async (file: string) => ({
    id: bulletinFileOf(file).bulletinId,
    facts: bulletinFactsSchema.parse(parseFactsYaml(await readFile(file, 'utf8'), file)),
  });
  return aFewAtATime(await listFactsFiles(join(contentDir, 'bulletins')), FILES_AT_ONCE, read);
}

/**
 * readBulletinFacts, read on the first call and then kept: the sitemap and the server files
 * both need the facts once the pages are written, and at 10,000 bulletins a read takes seconds.
 */
export function factsReadOnce(contentDir: string): () => Promise<BulletinFactsOnly[]> {
  let read: Promise<BulletinFactsOnly[]> | undefined;
  return () => (read ??= readBulletinFacts(contentDir));
}
