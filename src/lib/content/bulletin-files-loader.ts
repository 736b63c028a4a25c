import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';
import { listBulletinFiles } from './bulletin-files';

/**
 * What the site's content loaders (facts-loader.ts, texts-loader.ts) do with one kind of a
 * bulletin folder's files: drop the entries of files gone since the last build, `load` each file
 * (its id its path, written as `base` is), and in `astro dev` follow the files as they change,
 * telling `unlinked` of a file removed after its entry is dropped. Resolves to the files loaded.
 */
export async function loadBulletinFiles(
  context: LoaderContext,
  base: string,
  isKind: (name: string) => boolean,
  load: (file: string) => Promise<void>,
  unlinked: (file: string) => void = () => {},
): Promise<string[]> {
  const { store, watcher, logger } = context;
  // A missing folder is reported, with its fix, where the bulletins are assembled.
  const files = existsSync(base) ? await listBulletinFiles(base, isKind) : [];
  const gone = new Set(store.keys());
  for (const file of files) gone.delete(file);
  for (const id of gone) store.delete(id);
  await aFewAtATime(files, FILES_AT_ONCE, load);

  watcher?.add(base);
  const isOurs = (path: string) => isKind(path.split('/').at(-1) ?? '') && path.startsWith(`${resolve(base)}/`);
  const onChange = (path: string) => isOurs(path) && load(idOf(base, path)).catch((error) => logger.error(String(error)));
  watcher?.on('change', onChange).on('add', onChange);
  watcher?.on('unlink', (path) => {
    if (!isOurs(path)) return;
    store.delete(idOf(base, path));
    unlinked(idOf(base, path));
  });
  return files;
}

/** The watcher's absolute path back to the id, which is written as `base` is (relative or not). */
const idOf = (base: string, path: string) => `${base}/${path.slice(resolve(base).length + 1)}`;
