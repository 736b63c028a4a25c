import type { Page } from '@playwright/test';

/** One layout shift as the Layout Instability API reports it, with what moved and from where to where. */
export interface Shift {
  value: number;
  sources: string[];
}

/**
 * Starts recording every layout shift of the page's next load (not those that follow a reader's
 * input, as the API leaves them out of the score): call before `page.goto`.
 */
export async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { shifts: Shift[] };
    record.shifts = [];
    const name = (node: Node | null) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : `text in ${node?.parentElement?.className ?? '?'}`);
    const box = (rect: DOMRectReadOnly) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
    type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        if (entry.hadRecentInput) continue;
        record.shifts.push({ value: entry.value, sources: entry.sources.map((source) => `${name(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far, their sum (the page's layout-shift score) and a line for each thing that moved. */
export async function recordedShifts(page: Page): Promise<{ total: number; moved: string }> {
  const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  return {
    total: shifts.reduce((sum, shift) => sum + shift.value, 0),
    moved: shifts.flatMap((shift) => shift.sources.map((source) => `${shift.value.toFixed(5)} ${source}`)).join('\n'),
  };
}
