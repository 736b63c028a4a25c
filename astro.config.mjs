// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkHeadingAnchors } from './src/integrations/remark/heading-anchors.ts';
import { remarkNestHeadings } from './src/integrations/remark/nest-headings.ts';
import { remarkMeasureLinks } from './src/integrations/remark/measure-links.ts';
import { remarkGlossaryLinks } from './src/integrations/remark/glossary-links.ts';
import { CONTENT_DIR } from './src/content-dir.ts';
import { CACHE_DIR } from './src/cache-dir.ts';
import { freshOutput } from './src/integrations/fresh-output.ts';

// Astro caches rendered Markdown until the content or the config changes; the glossary
// changes what the texts link to, so its hash is part of the config.
const glossaryFile = join(CONTENT_DIR, 'glossary.yaml');
const glossaryDigest = existsSync(glossaryFile) ? createHash('sha256').update(readFileSync(glossaryFile)).digest('hex') : 'none';

export default defineConfig({
  site: process.env.DIGEST_SITE ?? 'https://policy-digest.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // remark-gfm is listed explicitly (tables, footnotes) rather than left to the processor's default.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkHeadingAnchors, remarkNestHeadings, remarkMeasureLinks, [remarkGlossaryLinks, { digest: glossaryDigest }]] }),
  },
  // Fixture builds (tests, benchmark) must not share the content cache with the real site.
  cacheDir: CACHE_DIR,
  devToolbar: { enabled: false },
  integrations: [freshOutput()],
  // A Content-Security-Policy meta tag on every page: Astro hashes the scripts and styles it
  // bundles or inlines; everything else must come from the site itself. Pagefind compiles its
  // WebAssembly in the browser ('wasm-unsafe-eval') and searches in a worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
