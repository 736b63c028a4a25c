import { readdir } from 'node:fs/promises';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';

/** A bulletin's facts file: `<folder>/facts.yaml` (or `.yml`). */
export const isFactsFile = (name: string): boolean => name === 'facts.yaml' || name === 'facts.yml';

/**
 * Every facts file under `dir` (the bulletins folder), as `<dir>/<folder>/<file>`, in the order
 * of the folders' names. A folder with two of them lists both, for the build to report.
 */
export async function listFactsFiles(dir: string): Promise<string[]> {
  const folders = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const inFolder = async (folder: string) =>
    (await readdir(`${dir}/${folder}`)).filter(isFactsFile).sort().map((name) => `${dir}/${folder}/${name}`);
  return (await aFewAtATime(folders.sort(), FILES_AT_ONCE, inFolder)).flat();
}
