import { randomUUID } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';

/** A name of its own beside `file`, for writing it before the rename. */
const partialOf = (file: string) => `${file}.${randomUUID()}.partial`;

/**
 * Writes `data` to `file` whole: under a name of its own first, then renamed over `file`.
 * The build's caches are read again by later builds, so a build stopped mid-write must
 * leave the old file (or none), never half of one to be reused; and two writers of the
 * same file each rename a whole one.
 */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  const partial = partialOf(file);
  await writeFile(partial, data);
  await rename(partial, file);
}

/** `writeWhole`, for code that must not wait. */
export function writeWholeSync(file: string, data: string | Uint8Array): void {
  const partial = partialOf(file);
  writeFileSync(partial, data);
  renameSync(partial, file);
}
