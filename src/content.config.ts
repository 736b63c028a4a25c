import { defineCollection } from 'astro:content';
import { CONTENT_DIR } from './content-dir';
import { factsLoader } from './lib/content/facts-loader';
import { RENDERED_TEXTS_DIR } from './lib/content/rendered-texts';
import { bulletinFactsSchema } from './lib/content/schema/facts';
import { bulletinTextSchema } from './lib/content/schema/text';
import { textsLoader } from './lib/content/texts-loader';

const base = `${CONTENT_DIR}/bulletins`;

// Each entry's id is its file path, so that every schema error Astro reports names the file to
// fix; the bulletin id is the folder name (see assemble-bulletins.ts).
export const collections = {
  /** What both languages of a bulletin share: `content/bulletins/<id>/facts.yaml`. */
  bulletinFacts: defineCollection({
    loader: factsLoader(base),
    schema: bulletinFactsSchema,
  }),
  /**
   * One language's text of a bulletin: `content/bulletins/<id>/<lang>.md`. Astro's content store
   * keeps its front matter only: its Markdown is read from the file where the checks need it
   * (load-bulletins.ts), and its rendered HTML from the build's cache where a page shows it
   * (rendered-texts.ts). A publish changes the content, so Astro loads the store again as one
   * module; at 10,000 bulletins, compiling it took 79 s with both in it, 34 s with the HTML
   * alone, 4 s with neither (BENCHMARKS, "The texts' HTML kept out of Astro's store").
   */
  bulletinTexts: defineCollection({
    loader: textsLoader(base, RENDERED_TEXTS_DIR),
    schema: bulletinTextSchema,
  }),
};
