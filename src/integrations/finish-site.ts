import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FINISHED_AFTER_ASTRO, finishSite } from '../build/finish-site.ts';

/**
 * The last step of `astro build` run alone: the search index and the compressed copies
 * (src/build/finish-site.ts), so that every build makes the whole site. `npm run build`
 * makes them itself once Astro's process has ended (src/build/build.ts), and this hook
 * then leaves them to it.
 */
export function finishedSite(): AstroIntegration {
  return {
    name: 'digest:finished-site',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (process.env[FINISHED_AFTER_ASTRO] === '1') return;
        await finishSite(fileURLToPath(dir));
      },
    },
  };
}
