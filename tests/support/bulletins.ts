import { assembleBulletins } from '../../src/lib/content/assemble-bulletins';
import type { Bulletin, FactsFile, TextFile } from '../../src/lib/content/bulletin';
import { bulletinFactsSchema } from '../../src/lib/content/schema/facts';
import { bulletinTextSchema } from '../../src/lib/content/schema/text';
import { bulletinFolders, readFacts, readText } from './content-files';

const BASE = 'content/bulletins';

/** The real bulletins, parsed and joined as the site builds them, newest first. */
export function realBulletins(): Bulletin[] {
  const folders = bulletinFolders();
  const facts: FactsFile[] = folders.map((folder) => ({ file: `${BASE}/${folder}/facts.yaml`, data: bulletinFactsSchema.parse(readFacts(folder)) }));
  const texts: TextFile[] = folders.flatMap((folder) =>
    ['en', 'zh'].map((lang) => {
      const { frontmatter, body, bodyLine } = readText(folder, lang);
      return { file: `${BASE}/${folder}/${lang}.md`, data: bulletinTextSchema.parse(frontmatter), body, bodyLine };
    }),
  );
  return assembleBulletins(facts, texts).bulletins;
}

/** One real bulletin, by id. */
export function realBulletin(id: string): Bulletin {
  const bulletin = realBulletins().find((b) => b.id === id);
  if (!bulletin) throw new Error(`no bulletin "${id}" in ${BASE}`);
  return bulletin;
}
