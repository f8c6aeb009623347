// The benchmark is a list of named sections run in order against one generated library. Add a
// section by calling registerSection in a module that bench.ts imports.
import type { BrowserContext, Page } from '@playwright/test';

export interface Target {
  /** The figure must stay at or below this value. */
  max: number;
}

export interface BenchContext {
  /** Base URL of the static server for the built renderer. */
  url: string;
  /** The persistent Chromium profile holding the library. */
  profile: string;
  briefs: number;
  /** How many times each timed figure is measured; its median and spread are printed. */
  runs: number;
  /** Opens a new browser on the profile (a cold start); close it when done. */
  launch(): Promise<{ context: BrowserContext; page: Page }>;
  /**
   * Prints one figure, with its target beside it when there is one. Given the figures of several
   * runs, it prints their median with the spread (lowest–highest) and holds the median to the target.
   */
  report(name: string, value: number | readonly number[], unit: string, target?: Target): void;
  /** State sections hand to later ones (for example an open browser). */
  shared: Map<string, unknown>;
}

export interface Section {
  name: string;
  run(ctx: BenchContext): Promise<void>;
}

export const sections: Section[] = [];

export function registerSection(name: string, run: (ctx: BenchContext) => Promise<void>): void {
  sections.push({ name, run });
}

/** Runs `measure` the given number of times, one after another, and returns each result. */
export async function repeat<T>(times: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < times; run++) results.push(await measure(run));
  return results;
}

/** The p-th percentile (0–100) of some figures, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
