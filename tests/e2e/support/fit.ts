// Does what the window shows fit it? Reads layout only (through Lit's open shadow roots) and
// changes nothing: the page must not scroll sideways, and no control may cut its own text.
import { expect, type Page } from '@playwright/test';

/** Controls whose words must be read whole: a cut label or value hides what a control does. */
const CONTROLS = 'button, input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=color]), select, label, .chip';

/** Each visible control, anywhere in the page, whose text is wider than its box, by its words. */
async function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const context = document.createElement('canvas').getContext('2d')!;
    const visit = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.matches(selector) || el.getClientRects().length === 0) continue;
        const style = getComputedStyle(el);
        // Hidden, or visually hidden for screen readers only (a 1 px box): not read on screen.
        if (!el.checkVisibility({ visibilityProperty: true }) || el.getBoundingClientRect().width <= 1) continue;
        // A one-line text field scrolls a long value the user typed, as on every desktop; the words
        // the design puts there (its placeholder) must fit. A closed select shows its chosen
        // option. Neither counts in scrollWidth, so those words are measured in the control's font.
        const field = el instanceof HTMLInputElement;
        if (field && el.value) continue;
        const words = field ? el.placeholder : el instanceof HTMLSelectElement ? el.selectedOptions[0]?.label ?? '' : el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        if (!words) continue;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        context.font = style.font;
        const wide = field || el instanceof HTMLSelectElement ? context.measureText(words).width > room + 1 : el.scrollWidth > el.clientWidth + 1;
        if (wide) found.push(words.slice(0, 60));
      }
    };
    visit(document);
    return found;
  }, CONTROLS);
}

/** Fails, naming the view, if the page scrolls sideways or a control's text is cut. */
export async function expectFits(page: Page, view: string): Promise<void> {
  const size = page.viewportSize();
  const where = `${view} at ${size?.width}×${size?.height}`;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // Soft, so one run names every view that does not fit rather than only the first.
  expect.soft(overflow, `${where}: page wider than the window`).toBeLessThanOrEqual(0);
  expect.soft(await clippedControls(page), `${where}: controls whose text is cut`).toEqual([]);
}
