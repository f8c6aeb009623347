// Every theme's colour roles against WCAG 2: body text AAA on the page and on surfaces, other
// text and controls AA, focus rings and borders of inputs at least 3:1 (non-text contrast).
import { describe, expect, it } from 'vitest';
import { THEME_COLOURS } from '../../../renderer/src/ui/styles/themes.js';

/** The last value each `--cy-*` role gets in a theme's block. */
function roles(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--cy-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [fg: string, bg: string, min: number][] = [
  ['text', 'bg', 7],
  ['text', 'surface', 7],
  ['text', 'surface-2', 7],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'surface', 4.5],
  ['accent-text', 'accent', 4.5],
  ['danger', 'surface', 4.5],
  ['danger-text', 'danger', 4.5],
  ['ok', 'surface', 4.5],
  ['warn', 'surface', 4.5],
  ['text', 'hl-yellow', 7],
  ['text', 'hl-green', 7],
  ['text', 'hl-blue', 7],
  ['text', 'hl-pink', 7],
  ['focus', 'bg', 3],
  ['border-strong', 'surface', 3],
  ['tracked', 'bg', 3],
];

describe('theme contrast', () => {
  for (const [theme, block] of Object.entries(THEME_COLOURS)) {
    it.each(PAIRS)(`${theme}: %s on %s is at least %s:1`, (fg, bg, min) => {
      const colours = roles(block);
      expect(colours.get(fg), `--cy-${fg}`).toBeDefined();
      expect(colours.get(bg), `--cy-${bg}`).toBeDefined();
      expect(contrast(colours.get(fg)!, colours.get(bg)!)).toBeGreaterThanOrEqual(min);
    });
  }
});
