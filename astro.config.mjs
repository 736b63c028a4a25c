// @ts-check
import { defineConfig } from 'astro/config';
import { CACHE_DIR } from './src/cache-dir.ts';
import { CONTENT_DIR } from './src/content-dir.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { finishedSite } from './src/integrations/finish-site.ts';
import { freshOutput } from './src/integrations/fresh-output.ts';
import { markdown } from './src/integrations/markdown.ts';
import { serverConfig } from './src/integrations/server-config.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { factsReadOnce } from './src/lib/content/read-facts.ts';

// The facts files, read once the pages are written, by the sitemap and the server files alike.
const bulletinFacts = factsReadOnce(CONTENT_DIR);

// What the build does besides rendering pages is in src/integrations/, one file per concern.
export default defineConfig({
  site: process.env.DIGEST_SITE ?? 'https://policy-digest.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  // Pages whose getStaticPaths() entry carries an unchanged cacheKey are copied from the last build instead of
  // rendered (see src/lib/linking/cache-key.ts); their copies are kept in cacheDir.
  experimental: { incrementalBuild: true },
  // Fixture builds (tests, benchmark) must not share the content cache with the real site.
  cacheDir: CACHE_DIR,
  devToolbar: { enabled: false },
  // The build:done steps run in this order: the sitemap and the server files are written before the site is finished
  // (its search index and compressed copies, made after Astro's process has ended when `npm run build` runs it).
  integrations: [freshOutput(), markdown(), contentSecurityPolicy(), sitemap(bulletinFacts), serverConfig(bulletinFacts), finishedSite()],
});
