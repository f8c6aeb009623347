// One axe-core audit of what the window shows now: no violations allowed.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * `within` names the element to audit (a dialog's or panel's host, its shadow root included): a
 * selector, or the chain of hosts whose shadow roots hold it, when the rest of the window was audited already:
 * a modal dialog leaves the rest inert, and a scoped run is several times faster on a busy machine.
 */
export async function audit(page: Page, view: string, within?: string | [string, string, ...string[]]): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(typeof within === 'string' ? within : { fromShadowDom: within }) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `axe violations in ${view}`).toEqual([]);
  // Guards against an audit that silently saw nothing (e.g. shadow roots not reached).
  expect(results.passes.length, `axe rules that passed in ${view}`).toBeGreaterThan(within ? 5 : 10);
}
