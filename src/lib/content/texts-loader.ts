import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';
import { isTextFile, listBulletinFiles } from './bulletin-files';
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
      const { store, watcher } = context;
      // A missing folder is reported, with its fix, where the bulletins are assembled.
      const files = existsSync(base) ? await listBulletinFiles(base, isTextFile) : [];
      const gone = new Set(store.keys());
      for (const file of files) gone.delete(file);
      for (const id of gone) store.delete(id);
      await aFewAtATime(files, FILES_AT_ONCE, (file) => loadText(context, renderedIn, file));
      await pruneRenderedTexts(renderedIn, files);

      watcher?.add(base);
      const isOurs = (path: string) => isTextFile(path.split('/').at(-1) ?? '') && path.startsWith(`${resolve(base)}/`);
      const onChange = (path: string) => isOurs(path) && loadText(context, renderedIn, idOf(base, path)).catch((error) => context.logger.error(String(error)));
      watcher?.on('change', onChange).on('add', onChange);
      watcher?.on('unlink', (path) => {
        if (!isOurs(path)) return;
        store.delete(idOf(base, path));
        void rm(renderedTextFile(renderedIn, path), { force: true });
      });
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

/** The watcher's absolute path back to the id, which is written as `base` is (relative or not). */
const idOf = (base: string, path: string) => `${base}/${path.slice(resolve(base).length + 1)}`;
