import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';

/** The built site the end-to-end tests run against. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

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

export interface Element {
  tag: string;
  attrs: Record<string, string>;
}

/** The elements of an HTML file, flattened in document order (template contents included). */
export function elementsOf(file: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (node.attrs) out.push({ tag: node.nodeName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])) });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(readFileSync(file, 'utf8')) as unknown as Node);
  return out;
}

export const relativeToDist = (file: string) => relative(DIST, file);
