import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isFactsFile } from './bulletin-files';
import { loadBulletinFiles } from './bulletin-files-loader';
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
      await loadBulletinFiles(context, base, isFactsFile, (file) => loadFile(context, file));
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
