import { readdir } from 'node:fs/promises';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';

/** A bulletin's facts file: `<folder>/facts.yaml` (or `.yml`). */
export const isFactsFile = (name: string): boolean => name === 'facts.yaml' || name === 'facts.yml';

/** One language's text of a bulletin: `<folder>/<lang>.md` (a file of another name is reported where the bulletins are assembled). */
export const isTextFile = (name: string): boolean => name.endsWith('.md') && !name.startsWith('.');

/**
 * Every file under `dir` (the bulletins folder) that is one of a bulletin's files of the kind
 * `isKind` names, as `<dir>/<folder>/<file>`, in the order of the folders' and files' names.
 * A folder with two facts files lists both, for the build to report.
 */
export async function listBulletinFiles(dir: string, isKind: (name: string) => boolean): Promise<string[]> {
  const folders = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const inFolder = async (folder: string) =>
    (await readdir(`${dir}/${folder}`)).filter(isKind).sort().map((name) => `${dir}/${folder}/${name}`);
  return (await aFewAtATime(folders.sort(), FILES_AT_ONCE, inFolder)).flat();
}

/** Every facts file under `dir`; see listBulletinFiles. */
export const listFactsFiles = (dir: string): Promise<string[]> => listBulletinFiles(dir, isFactsFile);
