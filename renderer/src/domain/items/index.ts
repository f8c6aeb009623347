export { suggestItems, type SuggestedItem } from './extract.js';
export { parseDue, findDatePhrase, formatRelativeDue } from './due.js';
export { readDueInput } from './due-input.js';
export { similarity, MERGE_THRESHOLD } from './similarity.js';
export { proposeMerges, closestFromOtherBriefs, mergeItems, type MergeCandidate, type MergeProposal, type MergeResult, type MergeUndo } from './merge.js';
export { changeStatus } from './status.js';
export { checklistToCsv, checklistToMarkdown, type ChecklistWords } from './export.js';
export { groupItems, sortItems, progressOf, GROUP_BYS, SORT_BYS, type BriefTitles, type GroupBy, type GroupWords, type SortBy, type ItemGroup } from './grouping.js';
