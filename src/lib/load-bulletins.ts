import { getCollection } from 'astro:content';
import type { Bulletin } from './bulletin';
import { assembleBulletins } from './assemble-bulletins';

let bulletins: Promise<Bulletin[]> | undefined;

/** All bulletins, checked and newest first; loaded once per build. */
export function loadBulletins(): Promise<Bulletin[]> {
  bulletins ??= (async () => {
    const [facts, texts] = await Promise.all([getCollection('bulletinFacts'), getCollection('bulletinTexts')]);
    return assembleBulletins(
      facts.map((entry) => ({ file: entry.id, data: entry.data })),
      texts.map((entry) => ({ file: entry.id, data: entry.data, body: entry.body ?? '' })),
    );
  })();
  return bulletins;
}
