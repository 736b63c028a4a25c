import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import lockfile from '../../../package-lock.json?raw';
import { CACHE_DIR } from '../../cache-dir';
import { CONTENT_DIR } from '../../content-dir';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';
import type { Bulletin, FactsFile, TextFile } from './bulletin';
import { type AssembledBulletins, assembleBulletins } from './assemble-bulletins';
import { bodyLineIn, bodyOf } from './body-line';
import { bulletinDigest } from './bulletin-digest';
import { checkedTexts } from './checked-texts';
import { ContentError } from './content-error';
import { checkGlossaryAgainstTexts, GLOSSARY_FILE, glossaryDigest, loadGlossary } from './glossary';
import markupChecks from './markup-checks.ts?raw';
import { checkPublishedPermalinks, parsePublishedPermalinks, PUBLISHED_PERMALINKS_FILE } from './permalinks';
import { readRenderedText, type RenderedText } from './rendered-texts';
import type { BulletinText } from './schema/text';

/**
 * What the markup check is: its code, and the parser it runs (every package's version is in
 * the lockfile). Either changed, the texts found clean before are checked again.
 */
const MARKUP_CHECKER = createHash('sha256').update(markupChecks).update(lockfile).digest('base64url');
const CHECKED_TEXTS_FILE = join(CACHE_DIR, 'checked-texts.json');

let bulletins: Promise<Bulletin[]> | undefined;

/** All bulletins, checked and newest first; loaded once per build. */
export function loadBulletins(): Promise<Bulletin[]> {
  bulletins ??= (async () => {
    // Astro only warns of a collection's missing folder, and would build a site of no bulletins.
    const folder = join(CONTENT_DIR, 'bulletins');
    if (!existsSync(folder)) {
      throw new ContentError([{ file: folder, field: '(folder)', problem: 'the bulletins folder does not exist', fix: 'put each bulletin in a folder of its own under content/bulletins/, or point DIGEST_CONTENT_DIR at the folder that holds bulletins/' }]);
    }
    const [facts, texts] = await Promise.all([getCollection('bulletinFacts'), getCollection('bulletinTexts')]);
    const { bulletins: all, texts: files } = assembleChecked(
      facts.map((entry) => ({ file: entry.id, data: entry.data })),
      await aFewAtATime(texts, FILES_AT_ONCE, (entry) => textFile(entry.id, entry.data)),
    );
    // Each text whole (title, summary, body), for checking that glossary terms occur where the glossary says.
    const whole = (text: TextFile) => `${text.data.title}\n${text.data.summary}\n${text.body}`;
    const bodies = new Map([...files].map(([id, { en, zh }]) => [id, { en: whole(en), zh: whole(zh) }]));
    const problems = [
      ...(await checkPublishedList(all)),
      ...checkGlossaryAgainstTexts(loadGlossary(), bodies, join(CONTENT_DIR, GLOSSARY_FILE)),
    ];
    if (problems.length > 0) throw new ContentError(problems);
    return all;
  })();
  return bulletins;
}

/** assembleBulletins, with the texts found free of markup by earlier builds not checked for it again. */
function assembleChecked(factsFiles: FactsFile[], textFiles: TextFile[]): AssembledBulletins {
  const checked = checkedTexts(CHECKED_TEXTS_FILE, MARKUP_CHECKER);
  try {
    return assembleBulletins(factsFiles, textFiles, { checked });
  } finally {
    // Kept even when some bulletin is wrong: the texts found clean need no check once it is fixed.
    checked.save();
    const { known, added } = checked.counts();
    console.log(`markup check: ${textFiles.length - known} of ${textFiles.length} texts checked (${added} clean); the other ${known} were found clean by an earlier build`);
  }
}

let digests: Promise<ReadonlyMap<string, string>> | undefined;

/** Each bulletin's digest (see bulletinDigest), by id: what pages' cache keys are made of. */
export function loadBulletinDigests(): Promise<ReadonlyMap<string, string>> {
  digests ??= (async () => {
    const [all, texts] = await Promise.all([loadBulletins(), getCollection('bulletinTexts')]);
    const textDigests = new Map(texts.map((entry) => [entry.id, entry.digest]));
    const glossary = glossaryDigest();
    return new Map(all.map((bulletin) => [bulletin.id, bulletinDigest(bulletin, (entryId) => textDigests.get(entryId), glossary)]));
  })();
  return digests;
}

/** A bulletin text's HTML and headings, as its page shows them (kept apart from Astro's store: rendered-texts.ts). */
export async function renderedText(entryId: string): Promise<RenderedText> {
  const entry = await getEntry('bulletinTexts', entryId);
  if (entry?.digest === undefined) throw new Error(`${entryId} vanished between loading and rendering`);
  return readRenderedText(entry.id, String(entry.digest));
}

/** A text as the checks read it: its body from the file, which Astro's store does not keep (content.config.ts), and the line it begins on. */
async function textFile(file: string, data: BulletinText): Promise<TextFile> {
  const source = await readFile(file, 'utf8');
  const body = bodyOf(source);
  return { file, data, body, bodyLine: bodyLineIn(source, body) };
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
