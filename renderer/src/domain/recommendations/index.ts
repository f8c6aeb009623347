export { extractRecommendations, type SuggestedItem } from './extract.js';
export { parseDue, findDueInText, formatRelativeDue } from './due.js';
export { readDueInput } from './due-input.js';
export { similarity, MERGE_THRESHOLD } from './similarity.js';
export { proposeMerges, mergeItems, type MergeCandidate, type MergeProposal, type MergeResult, type MergeUndo } from './merge.js';
export { changeStatus, ITEM_STATUS_LABELS } from './status.js';
export { checklistToCsv, checklistToMarkdown } from './export.js';
export { groupItems, sortItems, progressOf, type BriefTitles, type GroupBy, type SortBy, type ItemGroup } from './grouping.js';
