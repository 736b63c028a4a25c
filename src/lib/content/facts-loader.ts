import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { aFewAtATime, FILES_AT_ONCE } from './a-few-at-a-time';
import { isFactsFile, listFactsFiles } from './bulletin-files';
import { parseFactsYaml } from './facts-yaml';

/**
 * Loads `<base>/<folder>/facts.yaml` into a collection, each entry's id its path (so every
 * schema error names the file). Astro's `glob()` loader would do, but it reads YAML with the
 * default schema, which changes an impossible unquoted date into another day before the schema
 * sees it; this one reads with `parseFactsYaml`. Like `glob()`, it skips a file whose text has
 * not changed since the last build, and in `astro dev` follows the files as they change.
 */
export function factsLoader(base: string): Loader {
  return {
    name: 'bulletin-facts',
    load: async (context) => {
      const { store, watcher } = context;
      // A missing folder is reported, with its fix, where the bulletins are assembled.
      const files = existsSync(base) ? await listFactsFiles(base) : [];
      const gone = new Set(store.keys());
      for (const file of files) gone.delete(file);
      for (const id of gone) store.delete(id);
      await aFewAtATime(files, FILES_AT_ONCE, (file) => loadFile(context, file));

      watcher?.add(base);
      const isOurs = (path: string) => isFactsFile(path.split('/').at(-1) ?? '') && path.startsWith(`${resolve(base)}/`);
      const onChange = (path: string) => isOurs(path) && loadFile(context, idOf(base, path)).catch((error) => context.logger.error(String(error)));
      watcher?.on('change', onChange).on('add', onChange);
      watcher?.on('unlink', (path) => isOurs(path) && store.delete(idOf(base, path)));
    },
  };
}

/** Parses and stores one facts file, unless its text is the one already stored. */
async function loadFile({ store, parseData, generateDigest, config }: LoaderContext, file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const digest = generateDigest(text);
  if (store.get(file)?.digest === digest) return;
  const data = await parseData({ id: file, data: parseFactsYaml(text, file), filePath: resolve(file) });
  store.set({ id: file, data, digest, filePath: relative(fileURLToPath(config.root), resolve(file)) });
}

/** The watcher's absolute path back to the id, which is written as `base` is (relative or not). */
const idOf = (base: string, path: string) => `${base}/${path.slice(resolve(base).length + 1)}`;
