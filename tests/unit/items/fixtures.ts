// Test helper: checklist items with sensible defaults.
import { describeRange } from '../../../renderer/src/domain/anchoring/index.js';
import type { ChecklistItem } from '../../../renderer/src/domain/types.js';

export function item(over: Partial<ChecklistItem> & { id: string; text: string }): ChecklistItem {
  const briefIds = over.briefIds ?? ['brief-a'];
  const selector = describeRange(over.text, 0, over.text.length);
  return {
    briefIds,
    selector,
    sources: briefIds.map((briefId) => ({ briefId, selector })),
    topic: '',
    status: 'open',
    owner: '',
    due: null,
    priority: 'normal',
    notes: '',
    history: [{ at: 1_000, by: 'analyst', from: null, to: over.status ?? 'open' }],
    createdAt: 1_000,
    updatedAt: 1_000,
    ...over,
  };
}
