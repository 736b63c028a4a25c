import { LANGS, type Lang } from '../../i18n/locales';
import type { Bulletin, FactsFile, TextFile } from './bulletin';
import { type ContentProblem, ContentError } from './content-error';
import { compareDatesDescending } from '../vocabulary/dates';
import { headingsIn } from './anchor-marker';
import { permalinkCodes } from './permalinks';
import { firstMismatch, textBlocks } from './text-blocks';

/** `content/bulletins/<id>/<name>.<ext>` → its bulletin id (the folder) and file name stem. */
function locate(file: string): { folder: string; stem: string } {
  const parts = file.split('/');
  return { folder: parts.at(-2) ?? '', stem: (parts.at(-1) ?? '').replace(/\.[^.]+$/, '') };
}

function siblingPath(file: string, name: string): string {
  return file.replace(/[^/]+$/, name);
}

/**
 * Joins each bulletin's facts with its two texts and checks what no single
 * file's schema can: both translations exist, ids fit their region and date,
 * both texts carry exactly the measure anchors the facts list, figures point at
 * real measures, and no bulletin is entered twice. Throws a ContentError that
 * lists every problem; returns the bulletins newest first.
 */
export function assembleBulletins(factsFiles: FactsFile[], textFiles: TextFile[]): Bulletin[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, problem: string, fix: string) => problems.push({ file, field, problem, fix });

  const textsByFolder = new Map<string, Map<string, TextFile>>();
  for (const text of textFiles) {
    const { folder, stem } = locate(text.file);
    if (!(LANGS as readonly string[]).includes(stem)) {
      report(text.file, '(file name)', `"${stem}" is not a language of the site`, `name the file ${LANGS.map((l) => `${l}.md`).join(' or ')}`);
      continue;
    }
    if (!textsByFolder.has(folder)) textsByFolder.set(folder, new Map());
    textsByFolder.get(folder)!.set(stem, text);
  }

  const factsFolders = new Set(factsFiles.map((f) => locate(f.file).folder));
  for (const [folder, texts] of textsByFolder) {
    if (factsFolders.has(folder)) continue;
    const file = [...texts.values()][0]!.file;
    report(siblingPath(file, 'facts.yaml'), '(file)', `bulletin "${folder}" has texts but no facts.yaml`, 'add facts.yaml with the facts both languages share');
  }

  const bulletins: Bulletin[] = [];
  const factsByFolder = new Map<string, FactsFile>();
  for (const factsFile of factsFiles) {
    const { folder: id } = locate(factsFile.file);
    const first = factsByFolder.get(id);
    if (first) {
      report(factsFile.file, '(file)', `duplicate id: bulletin "${id}" is also defined by ${first.file}`, 'keep one facts file per bulletin folder');
      continue;
    }
    factsByFolder.set(id, factsFile);
    const facts = factsFile.data;
    const texts = textsByFolder.get(id) ?? new Map<string, TextFile>();

    checkId(id, factsFile, report);

    const missing = LANGS.filter((lang) => !texts.has(lang));
    for (const lang of missing) {
      report(siblingPath(factsFile.file, `${lang}.md`), '(file)', `missing translation: bulletin "${id}" has no ${lang}.md`, `add ${lang}.md with title, summary and the full text in that language`);
    }

    const measureIds = facts.measures.map((m) => m.id);
    const duplicateMeasures = measureIds.filter((m, i) => measureIds.indexOf(m) !== i);
    for (const m of new Set(duplicateMeasures)) {
      report(factsFile.file, 'measures', `measure "${m}" is listed twice`, 'give each measure its own id');
    }

    for (const [lang, text] of texts) checkAnchors(text, measureIds, factsFile.file, lang as Lang, report);

    const chartUnits = new Map<string, string>();
    facts.figures.forEach((figure, index) => {
      if (!figure.chart) return;
      const unit = chartUnits.get(figure.chart);
      if (unit === undefined) chartUnits.set(figure.chart, figure.unit);
      else if (unit !== figure.unit) {
        report(factsFile.file, `figures.${index}.chart`, `figure "${figure.id}" is in ${figure.unit} but chart "${figure.chart}" draws ${unit}`, 'put only figures of one unit in a chart, or give this figure its own chart');
      }
    });

    const figureIds = facts.figures.map((f) => f.id);
    facts.figures.forEach((figure, index) => {
      if (figureIds.indexOf(figure.id) !== index) {
        report(factsFile.file, `figures.${index}.id`, `figure id "${figure.id}" is used twice`, 'give each figure its own id');
      }
      if (figure.measure && !measureIds.includes(figure.measure)) {
        report(factsFile.file, `figures.${index}.measure`, `figure "${figure.id}" points at "${figure.measure}", which is not among the measures`, `use one of ${measureIds.join(', ') || '(no measures listed)'}, or leave measure out`);
      }
    });

    if (missing.length === 0) {
      const en = texts.get('en')!;
      const zh = texts.get('zh')!;
      checkBlocksPair(en, zh, report);
      bulletins.push({
        id,
        facts,
        texts: {
          en: { entryId: en.file, title: en.data.title, summary: en.data.summary, measureTitles: measureTitles(en.body) },
          zh: { entryId: zh.file, title: zh.data.title, summary: zh.data.summary, measureTitles: measureTitles(zh.body) },
        },
      });
    }
  }

  checkDuplicateTitles(bulletins, report);
  checkDuplicatePermalinks(bulletins, report);
  if (problems.length > 0) throw new ContentError(problems);
  return bulletins.sort((a, b) => compareDatesDescending(a.facts.date, b.facts.date) || a.id.localeCompare(b.id));
}

/** The two texts pair block for block (for the side-by-side view): same number of blocks, same kinds. */
function checkBlocksPair(en: TextFile, zh: TextFile, report: Report) {
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

/** Each anchored heading's text, by anchor, with inline Markdown emphasis and code marks removed. */
function measureTitles(body: string): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const { anchor, text } of headingsIn(body)) {
    if (anchor) titles[anchor] = text.replace(/(\*\*|__|\*|`)/g, '').trim();
  }
  return titles;
}

type Report = (file: string, field: string, problem: string, fix: string) => void;

/** The id is the folder name and starts with the region slug, year and month: `hubei-2020-05-…`. */
function checkId(id: string, factsFile: FactsFile, report: Report) {
  const { region, date } = factsFile.data;
  const prefix = `${region}-${date.year}-${String(date.month).padStart(2, '0')}-`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    report(factsFile.file, '(folder name)', `bulletin id "${id}" is not kebab-case`, `rename the folder to lowercase words joined by hyphens, starting with "${prefix}"`);
  } else if (!id.startsWith(prefix) || id.length === prefix.length) {
    report(factsFile.file, '(folder name)', `bulletin id "${id}" does not fit its region and date`, `rename the folder to "${prefix}<a-few-words>", or correct region/date`);
  }
}

/** Each text's headings carry exactly the facts' measure anchors, in the same order. */
function checkAnchors(text: TextFile, measureIds: string[], factsPath: string, lang: Lang, report: Report) {
  const headings = headingsIn(text.body);
  for (const h of headings.filter((h) => h.anchor === null)) {
    report(text.file, `line ${h.line}`, `heading "${h.text}" has no anchor`, 'end the heading with its measure anchor, e.g. {#measure-2}');
  }
  const anchors = headings.flatMap((h) => (h.anchor === null ? [] : [h.anchor]));
  for (const anchor of anchors.filter((a) => !measureIds.includes(a))) {
    report(text.file, `anchor #${anchor}`, `anchor "${anchor}" is in ${lang}.md but not in the measures of facts.yaml`, `add { id: ${anchor}, topics: [...] } to measures in ${factsPath}, or correct the anchor`);
  }
  for (const id of measureIds.filter((m) => !anchors.includes(m))) {
    report(text.file, `anchor #${id}`, `measure "${id}" is listed in facts.yaml but has no heading in ${lang}.md`, `end the measure's heading in ${lang}.md with {#${id}}`);
  }
  const inBoth = anchors.filter((a) => measureIds.includes(a));
  const expected = measureIds.filter((m) => anchors.includes(m));
  if (inBoth.join() !== expected.join()) {
    report(text.file, 'measures (order)', `the headings' anchors come in the order ${inBoth.join(', ')}`, `order them as facts.yaml lists them: ${expected.join(', ')}`);
  }
}

/** A short code opens one bulletin only, whether it is its current or a former code. */
function checkDuplicatePermalinks(bulletins: Bulletin[], report: Report) {
  const owner = new Map<string, Bulletin>();
  for (const bulletin of bulletins) {
    const file = siblingPath(bulletin.texts.en.entryId, 'facts.yaml');
    for (const code of permalinkCodes(bulletin)) {
      const first = owner.get(code);
      if (first && first !== bulletin) {
        report(file, 'permalink', `short code "${code}" is already used by "${first.id}"`, `choose another code, e.g. "${code}-2"`);
      } else owner.set(code, bulletin);
    }
  }
}

/** The same headline twice in one language means the same bulletin was entered twice. */
function checkDuplicateTitles(bulletins: Bulletin[], report: Report) {
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
