// The benchmark's floor: the same Markdown built by a bare Astro site (one plain
// page template, no features), to show what the digest's features cost on top.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  cacheDir: process.env.DIGEST_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
