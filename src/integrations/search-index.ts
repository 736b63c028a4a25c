import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INDEXER = fileURLToPath(new URL('./search-index-process.ts', import.meta.url));

/**
 * The last step of every build: Pagefind indexes the built bulletin pages, one
 * bundle per language, so `astro build` alone makes the whole site. The indexer
 * runs in a process of its own (search-index-process.ts) rather than in Astro's,
 * so the two never hold their memory at the same time in one heap.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'digest:search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const code = await run(process.execPath, [INDEXER, fileURLToPath(dir)]);
        if (code !== 0) throw new Error(`the search index step failed (exit ${code}); its message is above`);
      },
    },
  };
}

/** Runs a command with this process's output, and resolves with its exit code. */
function run(command: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('close', resolve);
  });
}
