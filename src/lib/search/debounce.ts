/** How long typing must pause before a search runs: a search per key pressed would queue up behind the reader. */
export const TYPING_PAUSE_MS = 150;

export interface Debounced {
  /** Runs after `delayMs`, unless scheduled again or cancelled before then. */
  schedule(delayMs: number): void;
  cancel(): void;
}

export function debounce(run: () => unknown): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule(delayMs) {
      clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
