// Where a canary string (written only in a fixture's content) still shows in the page: its HTML,
// its text, its accessibility tree, and any element's text inside open shadow roots. Read only,
// for assertions.
import type { Page } from '@playwright/test';

export async function canaryTraces(page: Page, canary: string): Promise<string[]> {
  const traces: string[] = [];
  if ((await page.content()).includes(canary)) traces.push('page HTML');
  if ((await page.locator('body').innerText()).includes(canary)) traces.push('body text');
  if ((await page.locator('body').ariaSnapshot()).includes(canary)) traces.push('accessibility tree');
  if ((await page.getByText(canary).count()) > 0) traces.push('an element’s text');
  return traces;
}
