import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './content-dir';
import { factsLoader } from './lib/content/facts-loader';
import { bulletinFactsSchema } from './lib/content/schema/facts';
import { bulletinTextSchema } from './lib/content/schema/text';

const base = `${CONTENT_DIR}/bulletins`;

/**
 * An entry's id is its file path, so that every schema error Astro reports
 * names the file to fix. The bulletin id is the folder name (see assemble-bulletins.ts).
 */
const idIsPath = ({ entry }: { entry: string }) => `${base}/${entry}`;

export const collections = {
  /** What both languages of a bulletin share: `content/bulletins/<id>/facts.yaml`. */
  bulletinFacts: defineCollection({
    loader: factsLoader(base),
    schema: bulletinFactsSchema,
  }),
  /**
   * One language's text of a bulletin: `content/bulletins/<id>/<lang>.md`. Its Markdown is
   * read from the file where the checks need it (load-bulletins.ts), not kept in Astro's content
   * store beside the rendered text: a publish changes the content, so Astro loads the store
   * again as one module, and at 10,000 bulletins that module's compiling took 79 s with the
   * Markdown in it and 34 s without (BENCHMARKS, "The texts' Markdown left out of Astro's store").
   */
  bulletinTexts: defineCollection({
    loader: glob({ pattern: '*/*.md', base, generateId: idIsPath, retainBody: false }),
    schema: bulletinTextSchema,
  }),
};
