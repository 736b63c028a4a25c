import { copyFile, link, rm } from 'node:fs/promises';

/** Errors of a file system that cannot give one file a second name, or not across the two folders. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK']);

/**
 * Puts the stored file `stored` at `target` as a second name of the same file (a hard link)
 * rather than a copy of its bytes: a publish of a large archive places hundreds of thousands
 * of files kept from the last build, and a link takes a small part of a copy's time. Nothing
 * writes to a placed file (a build removes the whole site first, and a `target` already there
 * is replaced, never written over), so a stored file cannot change under the site, nor the
 * site's under it. Where no link can be made, the bytes are copied. Rejects when `stored`
 * does not exist.
 */
export async function placeFile(stored: string, target: string): Promise<void> {
  try {
    await link(stored, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') {
      await rm(target);
      return placeFile(stored, target);
    }
    if (!CANNOT_LINK.has(code)) throw error;
    await copyFile(stored, target);
  }
}
