import { rmSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A build starts by removing the previous one's output. Astro only replaces `dist/` once
 * the content has loaded, so a build that fails on bad content would otherwise leave the
 * last good site in place, looking like the result of the failed one.
 */
export function freshOutput(): AstroIntegration {
  return {
    name: 'digest:fresh-output',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        const root = fileURLToPath(config.root);
        // Never remove the project itself, whatever --outDir says.
        const fromOutput = relative(outDir, root);
        if (!fromOutput.startsWith('..') && !isAbsolute(fromOutput)) {
          throw new Error(`outDir ${outDir} contains the project; choose a folder of its own for the built site`);
        }
        rmSync(outDir, { recursive: true, force: true });
      },
    },
  };
}
