// Editing a book's ordered entries: pure list operations the composer calls, each returning a
// new array so the caller writes the result in one update.
import type { BookEntry } from '../types.js';

/** Moves the entry at `from` to `to` (both clamped); the same array when nothing moves. */
export function moveEntry(entries: readonly BookEntry[], from: number, to: number): BookEntry[] {
  const target = Math.max(0, Math.min(entries.length - 1, to));
  if (from < 0 || from >= entries.length || from === target) return [...entries];
  const next = [...entries];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

/** Appends briefs that are not in the book yet, in the order given. */
export function addBriefEntries(entries: readonly BookEntry[], briefs: readonly { id: string; title: string }[]): BookEntry[] {
  const present = new Set(entries.filter((e) => e.kind === 'brief').map((e) => e.id));
  const added = briefs
    .filter((b) => !present.has(b.id) && (present.add(b.id), true))
    .map((b): BookEntry => ({ kind: 'brief', id: b.id, title: b.title, note: '' }));
  return [...entries, ...added];
}

export function addSection(entries: readonly BookEntry[], id: string, title: string): BookEntry[] {
  return [...entries, { kind: 'section', id, title, note: '' }];
}

export function removeEntry(entries: readonly BookEntry[], index: number): BookEntry[] {
  return entries.filter((_, i) => i !== index);
}

export function updateEntry(entries: readonly BookEntry[], index: number, patch: Partial<Pick<BookEntry, 'title' | 'note'>>): BookEntry[] {
  return entries.map((e, i) => (i === index ? { ...e, ...patch } : e));
}
