// The pure pieces the views were split into: how the library's list keys move the focus, how the
// checklist reads and applies its URL filters, and which selection shortcut each key stands for.
import { describe, expect, it } from 'vitest';
import { rowForKey } from '../../../renderer/src/ui/features/library/list-keys.js';
import { filterItems, readFilters } from '../../../renderer/src/ui/features/checklists/checklist-filters.js';
import type { ChecklistItem } from '../../../renderer/src/domain/types.js';
import { shortcutAction } from '../../../renderer/src/ui/features/reader/reading-shortcuts.controller.js';

describe('library list keys', () => {
  it('moves by one, by a page and to either end, never past the list', () => {
    expect(rowForKey('ArrowDown', 3, 10, 4)).toBe(4);
    expect(rowForKey('ArrowUp', 0, 10, 4)).toBe(0);
    expect(rowForKey('PageDown', 8, 10, 4)).toBe(9);
    expect(rowForKey('PageUp', 5, 10, 4)).toBe(1);
    expect(rowForKey('Home', 7, 10, 4)).toBe(0);
    expect(rowForKey('End', 2, 10, 4)).toBe(9);
  });

  it('leaves other keys to the list', () => {
    expect(rowForKey(' ', 2, 10, 4)).toBeNull();
    expect(rowForKey('a', 2, 10, 4)).toBeNull();
  });
});

describe('checklist filters', () => {
  it('reads known values and falls back for missing or unknown ones', () => {
    expect(readFilters(new URLSearchParams('group=owner&sort=status&status=done&owner=Ana&q=port'))).toEqual({ group: 'owner', sort: 'status', status: 'done', owner: 'Ana', q: 'port' });
    expect(readFilters(new URLSearchParams('group=nonsense&status=suggested'))).toEqual({ group: 'topic', sort: 'due', status: '', owner: '', q: '' });
  });

  it('keeps items by status, owner and words in any of their fields', () => {
    const item = (id: string, over: Partial<ChecklistItem>) => ({ id, text: '', owner: '', topic: '', notes: '', status: 'open', ...over }) as ChecklistItem;
    const items = [
      item('a', { text: 'Reopen the quay', owner: 'Ana', status: 'open' }),
      item('b', { text: 'Draft the levy note', owner: 'Ben', status: 'done', notes: 'quay fees' }),
      item('c', { text: 'Call the envoy', owner: 'Ana', status: 'done' }),
    ];
    const ids = (params: string) => filterItems(items, readFilters(new URLSearchParams(params))).map((i) => i.id);
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('status=done')).toEqual(['b', 'c']);
    expect(ids('owner=Ana')).toEqual(['a', 'c']);
    expect(ids('q=QUAY')).toEqual(['a', 'b']);
    expect(ids('owner=Ana&status=done&q=envoy')).toEqual(['c']);
  });
});

describe('reader selection shortcuts', () => {
  it('H and 1-4 highlight in their colours; N, T and R note, tag and make an item', () => {
    expect(shortcutAction('h')).toEqual({ kind: 'highlight', color: 'yellow' });
    expect(['1', '2', '3', '4'].map((key) => shortcutAction(key))).toEqual(['yellow', 'green', 'blue', 'pink'].map((color) => ({ kind: 'highlight', color })));
    expect(shortcutAction('n')).toEqual({ kind: 'note' });
    expect(shortcutAction('t')).toEqual({ kind: 'tags' });
    expect(shortcutAction('r')).toEqual({ kind: 'item' });
  });

  it('stands for nothing on other keys', () => {
    expect(shortcutAction('escape')).toBeNull();
    expect(shortcutAction('5')).toBeNull();
  });
});
