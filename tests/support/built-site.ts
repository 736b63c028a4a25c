import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Element, elements, parseHtmlFile } from './html';

/** The built site the end-to-end tests run against. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file of the built site, as the URL path a static host serves it at. */
export function builtPages(): { path: string; file: string }[] {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.sort().map((f) => ({ file: join(DIST, f), path: `/${f.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1') }));
}

/** The file a static host would serve for a URL path, or null (as tests/support/serve-dist.mjs resolves it). */
export function fileFor(path: string): string | null {
  const file = join(DIST, decodeURIComponent(path));
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return file;
}

/** The elements of an HTML file, in document order (template contents included). */
export function elementsOf(file: string): Element[] {
  return elements(parseHtmlFile(file));
}

export const relativeToDist = (file: string) => relative(DIST, file);
