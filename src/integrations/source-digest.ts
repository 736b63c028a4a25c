import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Relative module specifiers in import and export statements: `from './x'`, `import './x'`, `import('./x')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
/** How a specifier without an extension names a file, as the bundler resolves it. */
const CANDIDATES = ['', '.ts', '.js', '.mjs', '/index.ts', '/index.js'];

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return CANDIDATES.map((ending) => base + ending).find((file) => existsSync(file) && statSync(file).isFile());
}

/** The files given and every file they import by a relative path, however deep, in a stable order. */
export function sourceClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((file) => resolve(file));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|js|mjs)$/.test(file)) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolveImport(file, specifier!);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * A hash of what the files given would run: their source and that of every module they
 * import. Astro keeps rendered Markdown until its config changes and cannot see into the
 * plugins it is given, so a change to a module a plugin imports (the word list a heading
 * breaks by, a dictionary) must reach the config through this hash.
 */
export function sourceDigest(entries: readonly string[], extra: string = ''): string {
  const hash = createHash('sha256').update(extra);
  // Contents only, not paths: the same code checked out elsewhere keeps its cache.
  for (const file of sourceClosure(entries)) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
