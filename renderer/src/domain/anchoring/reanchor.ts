// Re-anchoring every selector of a brief after its rendered text changed.
import type { Selector } from '../types.js';
import { anchor, type AnchorResult } from './anchor.js';
import { describeRange } from './describe.js';

export interface ReanchorOutcome {
  result: AnchorResult;
  /** The selector to store: re-described over the new text when placed (fresh context), the old one when orphaned (so a later edit may bring it back). */
  selector: Selector;
}

export interface ReanchorCounts {
  /** Same quote at the same position. */
  exact: number;
  /** Placed, but at a new position or on approximately matching text. */
  moved: number;
  orphaned: number;
}

export function reanchorAll(newText: string, selectors: readonly Selector[]): { outcomes: ReanchorOutcome[]; counts: ReanchorCounts } {
  const counts: ReanchorCounts = { exact: 0, moved: 0, orphaned: 0 };
  const outcomes = selectors.map((selector): ReanchorOutcome => {
    const result = anchor(newText, selector);
    if (result.status === 'orphan') {
      counts.orphaned++;
      return { result, selector };
    }
    const unchanged = result.status === 'exact' && result.start === selector.position.start && result.end === selector.position.end;
    if (unchanged) counts.exact++;
    else counts.moved++;
    return { result, selector: describeRange(newText, result.start, result.end) };
  });
  return { outcomes, counts };
}
