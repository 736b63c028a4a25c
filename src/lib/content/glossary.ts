import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Lang } from '../../i18n/locales';
import { CONTENT_DIR } from '../../content-dir';
import { ContentError, type ContentProblem } from './content-error';
import { type GlossaryTerm, glossarySchema } from './schema/glossary';

export const GLOSSARY_FILE = 'glossary.yaml';

/** The strings that mark a term in a text of each language: the Chinese term; the English rendering and its other spellings. */
export function termForms(term: GlossaryTerm, lang: Lang): string[] {
  if (lang === 'zh') return [term.zh];
  if (term.matchEn && term.matchEn.length === 0) return []; // the English paraphrases it: nothing to link
  return [term.en, ...(term.matchEn ?? [])];
}

/** Reads and validates a glossary file's text; problems name the file, the entry and the fix. */
export function parseGlossary(text: string, file: string): { terms: GlossaryTerm[]; problems: ContentProblem[] } {
  let raw: unknown;
  try {
    raw = load(text);
  } catch (error) {
    return { terms: [], problems: [{ file, field: '(file)', problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'correct the YAML syntax' }] };
  }
  const parsed = glossarySchema.safeParse(raw ?? []);
  if (!parsed.success) {
    return {
      terms: [],
      problems: parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.') || '(file)', problem: issue.message, fix: 'see the field comments in src/lib/content/schema/glossary.ts' })),
    };
  }
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((term, index) => {
    for (const key of [`id:${term.id}`, `zh:${term.zh}`]) {
      const first = seen.get(key);
      if (first !== undefined) problems.push({ file, field: `${index}.${key.split(':')[0]}`, problem: `"${key.slice(3)}" is also entry ${first}`, fix: 'give each term one entry' });
      else seen.set(key, index);
    }
  });
  return { terms: parsed.data, problems };
}

/**
 * Checks the glossary against the texts: each listed bulletin exists and its
 * texts contain the term's forms, so every entry is really linked from them.
 */
export function checkGlossaryAgainstTexts(terms: GlossaryTerm[], texts: Map<string, Record<Lang, string>>, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  terms.forEach((term, index) => {
    term.bulletins.forEach((id, i) => {
      const bodies = texts.get(id);
      if (!bodies) {
        problems.push({ file, field: `${index}.bulletins.${i}`, problem: `term "${term.id}" lists bulletin "${id}", which does not exist`, fix: 'use a folder name from content/bulletins/' });
        return;
      }
      if (!bodies.zh.includes(term.zh)) {
        problems.push({ file, field: `${index}.zh`, problem: `"${term.zh}" does not occur in ${id}/zh.md`, fix: 'copy the term exactly from the text, or remove the bulletin from the list' });
      }
    });
    const forms = termForms(term, 'en');
    if (forms.length > 0 && !term.bulletins.some((id) => forms.some((form) => texts.get(id)?.en.includes(form)))) {
      problems.push({ file, field: `${index}.en`, problem: `neither "${forms.join('" nor "')}" occurs in the English texts of ${term.bulletins.join(', ')}`, fix: 'copy the rendering exactly from an en.md, or set matchEn: [] when the English only paraphrases the term' });
    }
  });
  return problems;
}

let cached: GlossaryTerm[] | undefined;

/** The site's glossary (none when the content has no glossary file); throws a ContentError when it is invalid. */
/**
 * A hash of the glossary file: a bulletin's text is rendered with it (its terms are linked, and
 * its headings never break inside one), so the text's rendered HTML and its pages change with it.
 */
export function glossaryDigest(contentDir = CONTENT_DIR): string {
  const file = join(contentDir, GLOSSARY_FILE);
  return createHash('sha256').update(existsSync(file) ? readFileSync(file) : 'no glossary').digest('base64url');
}

export function loadGlossary(contentDir = CONTENT_DIR): GlossaryTerm[] {
  if (cached && contentDir === CONTENT_DIR) return cached;
  const file = join(contentDir, GLOSSARY_FILE);
  if (!existsSync(file)) return [];
  const { terms, problems } = parseGlossary(readFileSync(file, 'utf8'), file);
  if (problems.length > 0) throw new ContentError(problems);
  if (contentDir === CONTENT_DIR) cached = terms;
  return terms;
}
