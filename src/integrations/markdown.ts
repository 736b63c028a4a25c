import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import remarkGfm from 'remark-gfm';
import { CONTENT_DIR } from '../content-dir';
import { GLOSSARY_FILE } from '../lib/content/glossary';
import { remarkGlossaryLinks } from './remark/glossary-links';
import { remarkHeadingPhrases } from './remark/heading-phrases';
import { remarkLanguageRuns } from './remark/language-runs';
import { remarkHeadingAnchors } from './remark/heading-anchors';
import { remarkMeasureLinks } from './remark/measure-links';
import { remarkNestHeadings } from './remark/nest-headings';
import { remarkTranslatorNotes } from './remark/translator-notes';

/** The remark plugins' source, hashed into the config. */
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
        // Astro caches rendered Markdown until the content or the config changes, and it cannot
        // see into the plugins: the glossary (what the texts link to) and the plugins' own source
        // change the output, so their hash is part of the config.
        const glossaryFile = join(CONTENT_DIR, GLOSSARY_FILE);
        const hash = createHash('sha256').update(existsSync(glossaryFile) ? readFileSync(glossaryFile) : 'no glossary');
        for (const file of readdirSync(PLUGINS_DIR).sort()) hash.update(readFileSync(join(PLUGINS_DIR, file)));
        const digest = hash.digest('hex');
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
