import { LANGS, type Lang } from '../../i18n/locales';
import { compareDatesDescending } from '../vocabulary/dates';
import { measureTitles } from './anchor-marker';
import type { Bulletin, BulletinTextEntry, FactsFile, TextFile } from './bulletin';
import type { CheckedTexts } from './checked-texts';
import { bulletinFileOf, siblingFile } from './content-file';
import { ContentError, problemList, type ReportProblem } from './content-error';
import { checkFigures } from './figure-checks';
import { checkMarkup } from './markup-checks';
import { checkMeasureAnchors, checkMeasureCards, checkMeasureList } from './measure-checks';
import { checkNotesPair } from './note-checks';
import { permalinkCodes } from './permalinks';
import { KEBAB_CASE } from './schema/ids';
import { firstMismatch, textBlocks } from './text-blocks';

/** The bulletins, and each one's text files by language, for checks that read the whole text. */
export interface AssembledBulletins {
  /** Newest first. */
  bulletins: Bulletin[];
  texts: Map<string, Record<Lang, TextFile>>;
}

export interface AssembleOptions {
  /** Texts an earlier build found free of markup (see checked-texts.ts): not checked for it again. */
  checked?: CheckedTexts;
}

/**
 * Joins each bulletin's facts with its two texts and checks what no single
 * file's schema can: both translations exist, ids fit their region and date,
 * both texts carry exactly the measure anchors the facts list, figures point at
 * real measures, translator's notes match their markers in both languages,
 * the texts are text (no raw HTML, images or links other than web, mail and
 * the site's own), and no bulletin is entered twice. Throws a ContentError that
 * lists every problem.
 */
export function assembleBulletins(factsFiles: FactsFile[], textFiles: TextFile[], { checked }: AssembleOptions = {}): AssembledBulletins {
  const { problems, report } = problemList();
  const textsByFolder = groupTexts(textFiles, report);
  checkTextsHaveFacts(textsByFolder, factsFiles, report);

  const bulletins: Bulletin[] = [];
  const texts = new Map<string, Record<Lang, TextFile>>();
  const factsByFolder = new Map<string, FactsFile>();
  for (const factsFile of factsFiles) {
    const { bulletinId: id } = bulletinFileOf(factsFile.file);
    const first = factsByFolder.get(id);
    if (first) {
      report(factsFile.file, '(file)', `duplicate id: bulletin "${id}" is also defined by ${first.file}`, 'keep one facts file per bulletin folder');
      continue;
    }
    factsByFolder.set(id, factsFile);
    const own = checkBulletin(id, factsFile, textsByFolder.get(id) ?? new Map(), report, checked);
    if (own) {
      bulletins.push({ id, facts: factsFile.data, texts: { en: textEntry(own.en), zh: textEntry(own.zh) } });
      texts.set(id, own);
    }
  }

  checkDuplicateTitles(bulletins, report);
  checkDuplicatePermalinks(bulletins, report);
  if (problems.length > 0) throw new ContentError(problems);
  bulletins.sort((a, b) => compareDatesDescending(a.facts.date, b.facts.date) || a.id.localeCompare(b.id));
  return { bulletins, texts };
}

/** The texts by bulletin folder and language; a file named for no language of the site is a problem. */
function groupTexts(textFiles: TextFile[], report: ReportProblem): Map<string, Map<Lang, TextFile>> {
  const byFolder = new Map<string, Map<Lang, TextFile>>();
  for (const text of textFiles) {
    const { bulletinId, stem } = bulletinFileOf(text.file);
    if (!(LANGS as readonly string[]).includes(stem)) {
      report(text.file, '(file name)', `"${stem}" is not a language of the site`, `name the file ${LANGS.map((l) => `${l}.md`).join(' or ')}`);
      continue;
    }
    if (!byFolder.has(bulletinId)) byFolder.set(bulletinId, new Map());
    byFolder.get(bulletinId)!.set(stem as Lang, text);
  }
  return byFolder;
}

function checkTextsHaveFacts(textsByFolder: Map<string, Map<Lang, TextFile>>, factsFiles: FactsFile[], report: ReportProblem) {
  const factsFolders = new Set(factsFiles.map((f) => bulletinFileOf(f.file).bulletinId));
  for (const [folder, texts] of textsByFolder) {
    if (factsFolders.has(folder)) continue;
    const file = [...texts.values()][0]!.file;
    report(siblingFile(file, 'facts.yaml'), '(file)', `bulletin "${folder}" has texts but no facts.yaml`, 'add facts.yaml with the facts both languages share');
  }
}

/** Every check of one bulletin's own files; its texts when both languages are there. */
function checkBulletin(id: string, factsFile: FactsFile, texts: Map<Lang, TextFile>, report: ReportProblem, checked?: CheckedTexts): Record<Lang, TextFile> | null {
  const facts = factsFile.data;
  checkId(id, factsFile, report);
  const missing = LANGS.filter((lang) => !texts.has(lang));
  for (const lang of missing) {
    report(siblingFile(factsFile.file, `${lang}.md`), '(file)', `missing translation: bulletin "${id}" has no ${lang}.md`, `add ${lang}.md with title, summary and the full text in that language`);
  }
  checkMeasureList(facts, factsFile.file, report);
  const measureIds = facts.measures.map((m) => m.id);
  for (const [lang, text] of texts) checkMeasureAnchors(text, measureIds, factsFile.file, lang, report);
  for (const text of texts.values()) {
    if (checked?.has(text.body)) continue;
    if (checkMarkup(text, report)) checked?.add(text.body);
  }
  checkFigures(facts, factsFile.file, report);
  checkMeasureCards(facts, factsFile.file, report);
  if (missing.length > 0) return null;
  const both = { en: texts.get('en')!, zh: texts.get('zh')! };
  checkBlocksPair(both.en, both.zh, report);
  checkNotesPair(both, report);
  return both;
}

function textEntry(text: TextFile): BulletinTextEntry {
  return { entryId: text.file, title: text.data.title, summary: text.data.summary, measureTitles: measureTitles(text.body) };
}

/** The two texts pair block for block (for the side-by-side view): same number of blocks, same kinds. */
function checkBlocksPair(en: TextFile, zh: TextFile, report: ReportProblem) {
  const mismatch = firstMismatch(textBlocks(en.body), textBlocks(zh.body));
  if (!mismatch) return;
  const where = (text: TextFile, block?: { kind: string; line: number }) => (block ? `${text.file.split('/').at(-1)} has a ${block.kind} at body line ${block.line}` : `${text.file.split('/').at(-1)} has no block there`);
  report(
    zh.file,
    `block ${mismatch.index + 1}`,
    `the texts do not pair paragraph by paragraph: ${where(en, mismatch.a)}, ${where(zh, mismatch.b)}`,
    'write the translation block for block: one paragraph, heading, list or table for each of the other text\'s, separated by blank lines',
  );
}

/** The id is the folder name and starts with the region slug, year and month: `hubei-2020-05-…`. */
function checkId(id: string, factsFile: FactsFile, report: ReportProblem) {
  const { region, date } = factsFile.data;
  const prefix = `${region}-${date.year}-${String(date.month).padStart(2, '0')}-`;
  if (!KEBAB_CASE.test(id)) {
    report(factsFile.file, '(folder name)', `bulletin id "${id}" is not kebab-case`, `rename the folder to lowercase words joined by hyphens, starting with "${prefix}"`);
  } else if (!id.startsWith(prefix) || id.length === prefix.length) {
    report(factsFile.file, '(folder name)', `bulletin id "${id}" does not fit its region and date`, `rename the folder to "${prefix}<a-few-words>", or correct region/date`);
  }
}

/** A short code opens one bulletin only, whether it is its current or a former code. */
function checkDuplicatePermalinks(bulletins: Bulletin[], report: ReportProblem) {
  const owner = new Map<string, Bulletin>();
  for (const bulletin of bulletins) {
    const file = siblingFile(bulletin.texts.en.entryId, 'facts.yaml');
    for (const code of permalinkCodes(bulletin)) {
      const first = owner.get(code);
      if (first && first !== bulletin) {
        report(file, 'permalink', `short code "${code}" is already used by "${first.id}"`, `choose another code, e.g. "${code}-2"`);
      } else owner.set(code, bulletin);
    }
  }
}

/** The same headline twice in one language means the same bulletin was entered twice. */
function checkDuplicateTitles(bulletins: Bulletin[], report: ReportProblem) {
  for (const lang of LANGS) {
    const seen = new Map<string, Bulletin>();
    for (const bulletin of bulletins) {
      const title = bulletin.texts[lang].title;
      const first = seen.get(title);
      if (first) {
        report(bulletin.texts[lang].entryId, 'title', `duplicate bulletin: "${first.id}" has the same ${lang} title`, 'remove the copy, or give each bulletin its own title');
      } else seen.set(title, bulletin);
    }
  }
}
