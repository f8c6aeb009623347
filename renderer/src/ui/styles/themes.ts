// Colour roles, one block per theme. Body text meets WCAG AAA (7:1) on the page and on surfaces,
// everything else AA; tests/unit/ui/theme-contrast.test.ts holds every theme to that.
export const LIGHT = `
  --cy-bg: #fbfbfa; --cy-surface: #ffffff; --cy-surface-2: #f1f1ee; --cy-text: #1c1c1a; --cy-muted: #55554f;
  --cy-border: #d6d6d0; --cy-border-strong: #8a8a84; --cy-accent: #1f4e79; --cy-accent-text: #ffffff; --cy-focus: #0b62d6;
  --cy-danger: #a4262c; --cy-danger-text: #ffffff; --cy-ok: #1d6b3a; --cy-warn: #8a5a00; --cy-tracked: #5a7ea6;
  --cy-hl-yellow: #fff0a6; --cy-hl-green: #c9f0c9; --cy-hl-blue: #cfe4ff; --cy-hl-pink: #ffd3e6;
  --cy-shadow-color: 0 0% 0%;
  color-scheme: light;
`;
// One dark palette, used both when the system asks for it and when the user picks it.
export const DARK = `
  --cy-bg: #161616; --cy-surface: #1f1f1f; --cy-surface-2: #2a2a2a; --cy-text: #ecece8; --cy-muted: #b4b4ae;
  --cy-border: #44443f; --cy-border-strong: #85857f; --cy-accent: #8cc2ff; --cy-accent-text: #0b1a2a; --cy-focus: #8cc2ff;
  --cy-danger: #ff8f8f; --cy-danger-text: #2a0b0b; --cy-ok: #7fd49b; --cy-warn: #ffc766; --cy-tracked: #7f9fc4;
  --cy-hl-yellow: #564b00; --cy-hl-green: #24522b; --cy-hl-blue: #1f3f66; --cy-hl-pink: #66243f;
  --cy-shadow-color: 0 0% 0%;
  color-scheme: dark;
`;
export const SEPIA = `
  --cy-bg: #f4ecd8; --cy-surface: #fbf5e6; --cy-surface-2: #ece1c6; --cy-text: #3b2f1e; --cy-muted: #5e4d33;
  --cy-border: #d3c39e; --cy-border-strong: #8f7d58; --cy-accent: #7a4a12; --cy-accent-text: #ffffff; --cy-focus: #7a4a12;
  --cy-danger: #9a2a22; --cy-danger-text: #ffffff; --cy-ok: #3d5f1f; --cy-warn: #7a4a00; --cy-tracked: #8a6a3a;
  --cy-shadow-color: 30 40% 20%;
`;
// High contrast: pure black and white, yellow focus, every border visible.
export const CONTRAST = `
  --cy-bg: #000000; --cy-surface: #000000; --cy-surface-2: #1a1a1a; --cy-text: #ffffff; --cy-muted: #e6e6e6;
  --cy-border: #ffffff; --cy-border-strong: #ffffff; --cy-accent: #ffff00; --cy-accent-text: #000000; --cy-focus: #ffff00;
  --cy-danger: #ff9e9e; --cy-danger-text: #000000; --cy-ok: #8dff9e; --cy-warn: #ffd45e; --cy-tracked: #7fdfff;
  --cy-hl-yellow: #5c5200; --cy-hl-green: #14501f; --cy-hl-blue: #0d3a70; --cy-hl-pink: #6a1740;
  --cy-shadow-color: 0 0% 100%;
  color-scheme: dark;
`;

/** Each theme's colour roles, by the name `data-theme` takes ("system" follows the OS). */
export const THEME_COLOURS: Record<'light' | 'dark' | 'sepia' | 'contrast', string> = { light: LIGHT, dark: DARK, sepia: LIGHT + SEPIA, contrast: CONTRAST };
