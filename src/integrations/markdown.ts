import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import remarkGfm from 'remark-gfm';
import { glossaryDigest } from '../lib/content/glossary';
import { remarkGlossaryLinks } from './remark/glossary-links';
import { remarkHeadingPhrases } from './remark/heading-phrases';
import { remarkLanguageRuns } from './remark/language-runs';
import { remarkHeadingAnchors } from './remark/heading-anchors';
import { remarkMeasureLinks } from './remark/measure-links';
import { remarkNestHeadings } from './remark/nest-headings';
import { remarkTranslatorNotes } from './remark/translator-notes';
import { sourceDigest } from './source-digest';

/** The remark plugins, whose source and imports are hashed into the config. */
const PLUGINS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'remark');

/**
 * How a bulletin text becomes HTML: GitHub-flavoured Markdown (tables,
 * footnotes), written anchors on the measure headings, headings one level down
 * under the page's "Full text", a copy-link control on each measure, links
 * from glossary terms to their entries, translator's notes from footnotes; then
 * each stretch in the other language marked with its `lang`, and Chinese headings
 * given their word boundaries.
 */
export function markdown(): AstroIntegration {
  return {
    name: 'digest:markdown',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // A text is rendered again only when its file changes or Astro clears its content store,
        // which it does when the config changes (texts-loader.ts); the config cannot see into the
        // plugins: the glossary (what the texts link to), the plugins' source and every module
        // they import change the output, so their hash is part of the config.
        const plugins = readdirSync(PLUGINS_DIR).filter((file) => !file.endsWith('.test.ts')).map((file) => join(PLUGINS_DIR, file));
        const digest = sourceDigest(plugins, glossaryDigest());
        updateConfig({
          markdown: {
            // remark-gfm is listed explicitly rather than left to the processor's default.
            processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkHeadingAnchors, remarkNestHeadings, remarkMeasureLinks, [remarkGlossaryLinks, { digest }], remarkTranslatorNotes, remarkLanguageRuns, remarkHeadingPhrases] }),
          },
        });
      },
    },
  };
}
