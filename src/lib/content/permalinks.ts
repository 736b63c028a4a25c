import type { Bulletin } from './bulletin';
import type { ContentProblem } from './content-error';
import { PERMALINK_CODE } from './schema/ids';

/** The file that lists every short link ever published, one `code bulletin-id` per line. */
export const PUBLISHED_PERMALINKS_FILE = 'published-permalinks.txt';

export interface PublishedPermalink {
  code: string;
  /** The bulletin it was published for. */
  id: string;
  line: number;
}

/** Reads the published list; `#` starts a comment. Malformed lines are problems, not skipped. */
export function parsePublishedPermalinks(text: string, file: string): { entries: PublishedPermalink[]; problems: ContentProblem[] } {
  const entries: PublishedPermalink[] = [];
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const [code = '', id = '', ...rest] = line.split(/\s+/);
    if (!PERMALINK_CODE.test(code) || id === '' || rest.length > 0) {
      problems.push({ file, field: `line ${index + 1}`, problem: `"${raw.trim()}" is not "<code> <bulletin-id>"`, fix: 'write the short code, a space, and the bulletin folder name, e.g. "hb-2020-05 hubei-2020-05-sink-into-enterprises"' });
    } else entries.push({ code, id, line: index + 1 });
  });
  return { entries, problems };
}

/** A short code and the bulletin it opens (current codes and former ones alike). */
export interface ShortLink {
  code: string;
  id: string;
}

/** The codes that open a bulletin: its own, then the former ones it keeps resolving. */
export function permalinkCodes(bulletin: { facts: Pick<Bulletin['facts'], 'permalink' | 'formerPermalinks'> }): string[] {
  return [bulletin.facts.permalink, ...bulletin.facts.formerPermalinks];
}

/** Every code that resolves, current or former, with the id of the bulletin it opens: the server's redirects. */
export function shortLinksOf(bulletins: readonly Pick<Bulletin, 'id' | 'facts'>[]): ShortLink[] {
  return bulletins.flatMap((bulletin) => permalinkCodes(bulletin).map((code) => ({ code, id: bulletin.id })));
}

/** Every code that resolves, current or former, with the bulletin it opens. */
export function permalinkTargets(bulletins: readonly Bulletin[]): Map<string, Bulletin> {
  const targets = new Map<string, Bulletin>();
  for (const bulletin of bulletins) {
    for (const code of permalinkCodes(bulletin)) targets.set(code, bulletin);
  }
  return targets;
}

/**
 * A published link must keep working: each listed code must still belong to a
 * bulletin, as its permalink or among its formerPermalinks.
 */
export function checkPublishedPermalinks(published: readonly PublishedPermalink[], bulletins: readonly Bulletin[], file: string): ContentProblem[] {
  const targets = permalinkTargets(bulletins);
  return published
    .filter(({ code }) => !targets.has(code))
    .map(({ code, id, line }) => ({
      file,
      field: `line ${line}`,
      problem: `the published short link /b/${code}/ no longer opens any bulletin`,
      fix: `add "${code}" to formerPermalinks in content/bulletins/${id}/facts.yaml (or in the facts.yaml of the bulletin that replaced it)`,
    }));
}
