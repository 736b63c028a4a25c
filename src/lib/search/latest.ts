/**
 * Of searches that overlap, only the latest may show what it found: an earlier
 * one that finishes later must not replace the newer results, and a search
 * still running when the results are closed must not reopen them.
 */
export interface Latest {
  /** Starts a search; its ticket stays current until another starts or all are cancelled. */
  start(): number;
  isCurrent(ticket: number): boolean;
  /**
   * Aborted once `ticket` stops being current, for work a search goes on with
   * after its results (the search page's filter counts), which should stop then.
   */
  signal(ticket: number): AbortSignal;
  /** Makes every search started so far stale. */
  cancel(): void;
}

export function latestOnly(): Latest {
  let sequence = 0;
  let current = new AbortController();
  const next = () => {
    sequence += 1;
    current.abort();
    current = new AbortController();
  };
  return {
    start: () => {
      next();
      return sequence;
    },
    isCurrent: (ticket) => ticket === sequence,
    signal: (ticket) => (ticket === sequence ? current.signal : AbortSignal.abort()),
    cancel: next,
  };
}
