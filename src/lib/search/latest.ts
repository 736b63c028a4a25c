/**
 * Of searches that overlap, only the latest may show what it found: an earlier
 * one that finishes later must not replace the newer results, and a search
 * still running when the results are closed must not reopen them.
 */
export interface Latest {
  /** Starts a search; its ticket stays current until another starts or all are cancelled. */
  start(): number;
  isCurrent(ticket: number): boolean;
  /** Makes every search started so far stale. */
  cancel(): void;
}

export function latestOnly(): Latest {
  let sequence = 0;
  return {
    start: () => ++sequence,
    isCurrent: (ticket) => ticket === sequence,
    cancel: () => {
      sequence += 1;
    },
  };
}
