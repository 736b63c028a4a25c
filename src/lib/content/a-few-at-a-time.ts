/**
 * Runs `task` on every item, at most `limit` at once, and resolves with the results in the
 * items' order. Reading the content and the last steps of a build touch every file of the
 * archive; all at once, a large one runs out of open files (ten thousand bulletins have
 * twenty thousand texts) and holds every file in memory together.
 */
export async function aFewAtATime<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How many files are read at once where every file of the content or the site is read: enough to keep Node's four I/O threads busy. */
export const FILES_AT_ONCE = 16;
