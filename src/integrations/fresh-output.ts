import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearSetAside, handBack, setAside, settle } from '../build/previous-output.ts';

/**
 * A build starts without the previous one's output. Astro only replaces `dist/` once the
 * content has loaded, so a build that fails on bad content would otherwise leave the last
 * good site in place, looking like the result of the failed one.
 *
 * The previous output is set aside rather than removed, and once the content has loaded the
 * pages Astro can reuse are moved back, so that Astro need not copy them from its cache
 * (src/build/previous-output.ts). Astro must then leave the output folder as it finds it.
 */
export function freshOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let reusable = false;
  let moved: string[] = [];
  let movingMs = 0;
  let clearing: Promise<void> = Promise.resolve();
  return {
    name: 'digest:fresh-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        const root = fileURLToPath(config.root);
        // Never remove the project itself, whatever --outDir says.
        const fromOutput = relative(outDir, root);
        if (!fromOutput.startsWith('..') && !isAbsolute(fromOutput)) {
          throw new Error(`outDir ${outDir} contains the project; choose a folder of its own for the built site`);
        }
        cacheDir = fileURLToPath(config.cacheDir);
        reusable = setAside(outDir, cacheDir);
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        if (reusable) moved = await handBack(outDir, cacheDir);
        movingMs = Math.round(performance.now() - started);
        // The rest of the old output goes while Astro builds, beside it.
        clearing = clearSetAside(cacheDir).catch((error: unknown) => logger.warn(`the last build's output was not all removed: ${String(error)}`));
      },
      'astro:build:done': async ({ assets, logger }) => {
        const made = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = await settle(outDir, cacheDir, moved, made);
        logger.info(`previous output: ${moved.length} files moved back for Astro to reuse in ${movingMs} ms; ${removed} of them no longer made, removed`);
        await clearing;
      },
    },
  };
}
