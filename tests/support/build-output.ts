import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a built site, by path, as text (the images as base64, so they compare too); the compressed copies are left out. */
function siteFiles(dist: string): Map<string, string> {
  const paths = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => !path.endsWith('.br') && !path.endsWith('.gz'));
  const out = new Map<string, string>();
  for (const path of paths.sort()) {
    try {
      out.set(path, readFileSync(join(dist, path)).toString(path.endsWith('.png') ? 'base64' : 'utf8'));
    } catch {
      // a folder
    }
  }
  return out;
}

/**
 * The output files a build's log lists, and those it marks as copied from its cache rather
 * than rendered. Pages render four at a time, so a rendered page's line can run on into
 * the next line's time stamp.
 */
export const listedInLog = (log: string) => [...log.matchAll(/├─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map((m) => m[1]!);
export const reusedInLog = (log: string) => [...log.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!);
export function renderedInLog(log: string): string[] {
  const reused = new Set(reusedInLog(log));
  return listedInLog(log).filter((path) => !reused.has(path));
}

/** Where two built sites differ, file by file: a path only one has, or whose contents differ. Empty when they are the same. */
export function siteDifferences(got: string, want: string): string[] {
  const [a, b] = [siteFiles(got), siteFiles(want)];
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((path) => {
    if (!a.has(path)) return [`${path}: missing`];
    if (!b.has(path)) return [`${path}: not in a build from nothing`];
    return a.get(path) === b.get(path) ? [] : [`${path}: differs`];
  });
}
