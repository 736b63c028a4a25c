import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { CONTENT_DIR } from '../../content-dir';
import type { Bulletin } from './bulletin';
import { assembleBulletins } from './assemble-bulletins';
import { ContentError } from './content-error';
import { checkGlossaryAgainstTexts, GLOSSARY_FILE, loadGlossary } from './glossary';
import { checkPublishedPermalinks, parsePublishedPermalinks, PUBLISHED_PERMALINKS_FILE } from './permalinks';

let bulletins: Promise<Bulletin[]> | undefined;

/** All bulletins, checked and newest first; loaded once per build. */
export function loadBulletins(): Promise<Bulletin[]> {
  bulletins ??= (async () => {
    const [facts, texts] = await Promise.all([getCollection('bulletinFacts'), getCollection('bulletinTexts')]);
    const all = assembleBulletins(
      facts.map((entry) => ({ file: entry.id, data: entry.data })),
      texts.map((entry) => ({ file: entry.id, data: entry.data, body: entry.body ?? '' })),
    );
    // Each text (title, summary, body) by bulletin, for checking that glossary terms occur where the glossary says.
    const bodies = new Map(all.map((b) => [b.id, { en: '', zh: '' }]));
    for (const entry of texts) {
      const [id, file] = entry.id.split('/').slice(-2);
      const lang = file?.replace(/\.md$/, '');
      const target = id ? bodies.get(id) : undefined;
      if (target && (lang === 'en' || lang === 'zh')) target[lang] = `${entry.data.title}\n${entry.data.summary}\n${entry.body ?? ''}`;
    }
    const problems = [
      ...(await checkPublishedList(all)),
      ...checkGlossaryAgainstTexts(loadGlossary(), bodies, join(CONTENT_DIR, GLOSSARY_FILE)),
    ];
    if (problems.length > 0) throw new ContentError(problems);
    return all;
  })();
  return bulletins;
}

/** Every short link in the published list must still open a bulletin. */
async function checkPublishedList(all: Bulletin[]) {
  const file = join(CONTENT_DIR, PUBLISHED_PERMALINKS_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''; // nothing published yet (a new site, or a test fixture)
    throw error;
  });
  const { entries, problems } = parsePublishedPermalinks(text, file);
  return [...problems, ...checkPublishedPermalinks(entries, all, file)];
}
