// @ts-check
import { defineConfig } from 'astro/config';
import { CACHE_DIR } from './src/cache-dir.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { freshOutput } from './src/integrations/fresh-output.ts';
import { markdown } from './src/integrations/markdown.ts';
import { precompress } from './src/integrations/precompress.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serverConfig } from './src/integrations/server-config.ts';
import { sitemap } from './src/integrations/sitemap.ts';

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
  // The build:done steps run in this order: the index, the sitemap and the server files are compressed with the pages.
  integrations: [freshOutput(), markdown(), contentSecurityPolicy(), searchIndex(), sitemap(), serverConfig(), precompress()],
});
