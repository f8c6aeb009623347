// Where the main thread's time goes during one bench step: a sampling CPU profile from Chromium's
// DevTools protocol, each sample's self time traced through the bundle's source maps to the
// source file it ran in, and that file named as a pipeline stage by its path.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import type { Page } from '@playwright/test';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** A stage and the source paths whose time counts as its own; the first rule that matches wins. */
export interface StageRule {
  stage: string;
  source: RegExp;
}

/** Runs `step` with the profiler on and returns its result with the recorded profile. */
export async function profiled<T>(page: Page, step: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const result = await step();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return { result, profile };
  } finally {
    await cdp.detach();
  }
}

/** V8's pseudo-frames, which keep their own names; any other frame without a script is a browser built-in. */
const PSEUDO = /^\((idle|program|garbage collector|root)\)$/;

/** The source file a frame ran in: through the bundle's source map, or V8's own name for it. */
function sourceLocator(distDir: string) {
  const maps = new Map<string, Promise<SourceMapConsumer | null>>();
  const mapFor = (url: string) => {
    const file = path.join(distDir, new URL(url).pathname);
    if (!maps.has(file)) {
      maps.set(file, readFile(`${file}.map`, 'utf8').then((raw) => new SourceMapConsumer(JSON.parse(raw) as RawSourceMap), () => null));
    }
    return maps.get(file)!;
  };
  return async (frame: CallFrame): Promise<string> => {
    if (!frame.url.startsWith('http')) return frame.functionName;
    const map = await mapFor(frame.url);
    const source = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }).source;
    return source ?? new URL(frame.url).pathname;
  };
}

/**
 * Milliseconds of self time per stage, largest first. A browser built-in (DOMParser, IndexedDB,
 * postMessage…) counts for the script that called it; files no rule names count as "other".
 */
export async function timeByStage(profile: CpuProfile, distDir: string, rules: readonly StageRule[]): Promise<[string, number][]> {
  const locate = sourceLocator(distDir);
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stageOf = new Map<number, string>();
  const stage = async (id: number): Promise<string> => {
    const known = stageOf.get(id);
    if (known) return known;
    const { callFrame } = byId.get(id)!;
    const parent = parentOf.get(id);
    const builtIn = !callFrame.url && !PSEUDO.test(callFrame.functionName);
    const source = builtIn ? '' : await locate(callFrame);
    const name = builtIn && parent !== undefined ? await stage(parent) : (rules.find((r) => r.source.test(source))?.stage ?? 'other');
    stageOf.set(id, name);
    return name;
  };
  const totals = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  // A sample's delta is the time since the one before it: it is charged to the sample it ends at.
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const name = await stage(id);
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
