// Types for scripts/script-fonts.mjs (imported by vite.config.ts and the size check).
import type { Plugin } from 'vite';

export interface ScriptFontFile { family: string; weight: number; style: string; range: string; file: string }
export const SCRIPT_FONT_SETS: readonly { family: string; slug: string }[];
export function scriptFontFiles(): ScriptFontFile[];
export function scriptFontsPlugin(): Plugin;
