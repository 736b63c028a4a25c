import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { bodyLineIn } from '../../src/lib/content/body-line';
import { parseFactsYaml } from '../../src/lib/content/facts-yaml';

/** The real bulletins, their facts read as the build reads them (parseFactsYaml). */
export const BULLETINS_DIR = join(import.meta.dirname, '..', '..', 'content', 'bulletins');

export function bulletinFolders(): string[] {
  return readdirSync(BULLETINS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

export function readFacts(folder: string): unknown {
  const file = join(BULLETINS_DIR, folder, 'facts.yaml');
  return parseFactsYaml(readFileSync(file, 'utf8'), file);
}

/** A text's headline as its author wrote it: the expected value for page titles. */
export function titleOf(folder: string, lang: string): string {
  return (readText(folder, lang).frontmatter as { title: string }).title;
}

/** A Markdown file's front matter and body, and the line of the file the body begins on. */
export function readText(folder: string, lang: string): { frontmatter: unknown; body: string; bodyLine: number } {
  const source = readFileSync(join(BULLETINS_DIR, folder, `${lang}.md`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${folder}/${lang}.md has no front matter`);
  const body = match[2] ?? '';
  return { frontmatter: load(match[1] ?? ''), body, bodyLine: bodyLineIn(source, body) };
}
