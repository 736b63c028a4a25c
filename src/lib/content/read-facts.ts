import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';
import type { Bulletin } from './bulletin';
import { bulletinFactsSchema } from './schema/facts';

/**
 * Every bulletin's id and facts, read from the facts files for the steps that run after
 * the pages are written (the sitemap), outside Astro's content collections. They run only
 * after a build has checked those files, so the facts are parsed but not checked again
 * against the texts. In the order of the folders' names.
 */
export async function readBulletinFacts(contentDir: string): Promise<Pick<Bulletin, 'id' | 'facts'>[]> {
  const dir = join(contentDir, 'bulletins');
  const folders = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const read = async (id: string) => {
    const files = (await readdir(join(dir, id))).filter((name) => name === 'facts.yaml' || name === 'facts.yml');
    if (files.length === 0) return [];
    const facts = bulletinFactsSchema.parse(load(await readFile(join(dir, id, files[0]!), 'utf8')));
    return [{ id, facts }];
  };
  return (await aFewAtATime(folders.sort(), FILES_AT_ONCE, read)).flat();
}
