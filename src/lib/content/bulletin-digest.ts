import { createHash } from 'node:crypto';
import type { Bulletin } from './bulletin';

/**
 * What a bulletin is made of: its facts and the titles, summaries and measure names of
 * its texts (all in the bulletin), and each text's body, by the digest the content
 * collection keeps of the file; and what else the texts are rendered with (`renderedWith`: the
 * glossary, see glossaryDigest). Pages made from the bulletin are keyed by it.
 */
export function bulletinDigest(bulletin: Bulletin, textDigest: (entryId: string) => string | number | undefined, renderedWith = ''): string {
  const bodies = Object.values(bulletin.texts).map((text) => textDigest(text.entryId) ?? null);
  return createHash('sha256').update(JSON.stringify([bulletin, bodies, renderedWith])).digest('base64url');
}
