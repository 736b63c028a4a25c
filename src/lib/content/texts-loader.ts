import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isTextFile } from './bulletin-files';
import { loadBulletinFiles } from './bulletin-files-loader';
import { ContentError } from './content-error';
import { keepRenderedText, pruneRenderedTexts, renderedTextFile } from './rendered-texts';

/**
 * Loads `<base>/<folder>/<lang>.md` into a collection, each entry's id its path (so every schema
 * error names the file), its data the front matter. Astro's `glob()` loader would keep each text's
 * rendered HTML in Astro's content store; this one renders it with the same renderer (Astro's
 * `renderMarkdown`, with the site's Markdown configuration) into `renderedIn`, one file a text
 * (rendered-texts.ts), and keeps neither the HTML nor the Markdown in the store. Like `glob()`,
 * it renders only a text whose file has changed since the last build (or whose rendering is
 * gone), and in `astro dev` follows the files as they change.
 */
export function textsLoader(base: string, renderedIn: string): Loader {
  return {
    name: 'bulletin-texts',
    load: async (context) => {
      const load = (file: string) => loadText(context, renderedIn, file);
      const unlinked = (file: string) => void rm(renderedTextFile(renderedIn, file), { force: true });
      await pruneRenderedTexts(renderedIn, await loadBulletinFiles(context, base, isTextFile, load, unlinked));
    },
  };
}

/** Reads, renders and stores one text, unless the store has this text of the file and its rendering is kept. */
async function loadText({ store, parseData, generateDigest, renderMarkdown, config }: LoaderContext, renderedIn: string, file: string): Promise<void> {
  const source = await readFile(file, 'utf8');
  const digest = generateDigest(source);
  if (store.get(file)?.digest === digest && existsSync(renderedTextFile(renderedIn, file))) return;
  const data = await parseData({ id: file, data: frontMatterOf(source, file), filePath: resolve(file) });
  const { html, metadata } = await renderMarkdown(source, { fileURL: pathToFileURL(resolve(file)) }).catch((error: unknown) => {
    throw new Error(`${file}: the text could not be rendered: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  // The rendering first: the store never records a text whose rendering is not kept.
  await keepRenderedText(renderedIn, file, { digest, html, headings: metadata?.headings ?? [] });
  store.set({ id: file, data, digest, filePath: relative(fileURLToPath(config.root), resolve(file)) });
}

/** The text's front matter, as Astro reads it; YAML that cannot be read is reported with its line. */
function frontMatterOf(source: string, file: string): Record<string, unknown> {
  try {
    return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).frontmatter;
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    throw new ContentError([{ file, field: mark ? `line ${mark.line + 1}` : '(front matter)', problem: `the front matter is not valid YAML: ${reason}`, fix: 'correct the YAML between the two `---` lines (a quote or bracket left open, or an indent out of line)' }]);
  }
}
