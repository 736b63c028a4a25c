/**
 * Runs `task` on every item, at most `limit` at once, and resolves when all are done.
 * The build's last steps read and write every file of the site; all at once, a large
 * site runs out of open files and holds every page in memory together.
 */
export async function aFewAtATime<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
