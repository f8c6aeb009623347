export { describeRange, CONTEXT_LENGTH } from './describe.js';
export { anchor, MIN_ANCHOR_SCORE, MAX_QUOTE_ERROR_RATE, SHORT_QUOTE_LENGTH, type AnchorResult, type AnchorOptions } from './anchor.js';
export { reanchorAll, type ReanchorOutcome, type ReanchorCounts } from './reanchor.js';
