// One axe-core audit of what the window shows now: no violations allowed.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function audit(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `axe violations in ${view}`).toEqual([]);
  // Guards against an audit that silently saw nothing (e.g. shadow roots not reached).
  expect(results.passes.length, `axe rules that passed in ${view}`).toBeGreaterThan(10);
}
