import { expect, type Page } from '@playwright/test';

/**
 * Waits for the counts beside the search page's filters, which come after the results. Every
 * search in the tests' site finds some of Shandong's bulletins, so its count is the one waited for.
 */
export async function filtersCounted(page: Page, timeout = 5_000): Promise<void> {
  await expect(page.locator('[data-count-for="region:shandong"]')).toHaveText(/\d/, { timeout });
}
