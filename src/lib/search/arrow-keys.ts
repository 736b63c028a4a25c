/** How far an arrow key moves focus through the header's results: ↓ one on, ↑ one back; other keys do not move it. */
export function arrowStep(key: string): 1 | -1 | 0 {
  return key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
}

/**
 * Where focus goes from link `at` of `count` (-1 when it is on none of them, as in
 * the box) moving one `step`: back into the box above the first link, and no further
 * than the last; null when there is no link to go to.
 */
export function focusTarget(at: number, step: 1 | -1, count: number): number | 'box' | null {
  const next = at + step;
  if (next < 0) return 'box';
  const index = Math.min(next, count - 1);
  return index < 0 ? null : index;
}
