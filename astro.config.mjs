// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkHeadingAnchors } from './src/lib/remark-heading-anchors.ts';
import { remarkNestHeadings } from './src/lib/remark-nest-headings.ts';
import { remarkMeasureLinks } from './src/lib/remark-measure-links.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: process.env.DIGEST_SITE ?? 'https://policy-digest.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // remark-gfm is listed explicitly (tables, footnotes) rather than left to the processor's default.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkHeadingAnchors, remarkNestHeadings, remarkMeasureLinks] }),
  },
  // Fixture builds (tests, benchmark) must not share the content cache with the real site.
  cacheDir: process.env.DIGEST_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  integrations: [searchIndex()],
});
