// "Load sample book": original, fictional briefs imported through the normal pipeline, then
// annotated, triaged into a checklist and assembled into a ready-to-export book, so a new user
// sees every feature at once.
import spec from '../../../assets/sample/sample-book.json';
import harbour from '../../../assets/sample/01-harbour-corridor.md?raw';
import river from '../../../assets/sample/02-river-compact.md?raw';
import security from '../../../assets/sample/03-cooperacion-seguridad.md?raw';
import energy from '../../../assets/sample/04-energy-grid.md?raw';
import type { BookEntry, HighlightColor, ItemStatus, Priority } from '../domain/types.js';
import { describeRange } from '../domain/anchoring/index.js';
import { parseDue } from '../domain/items/index.js';
import { addAnnotation } from '../data/annotations.js';
import { createBook, findBook, updateBook } from '../data/books.js';
import { itemsForBrief, setItemsStatus, setItemStatus, updateItem } from '../data/items.js';
import { getBrief } from '../data/briefs.js';
import { newId } from '../data/ids.js';
import { renderedText } from '../rendering/markdown.js';
import { fromBytes } from './batch-source.js';
import { importBatch, type FileReport } from './import-batch.js';

const FILES: Record<string, string> = {
  '01-harbour-corridor.md': harbour,
  '02-river-compact.md': river,
  '03-cooperacion-seguridad.md': security,
  '04-energy-grid.md': energy,
};

export const SAMPLE_BOOK_TITLE = spec.book.title;

/** Loads the sample into the library (once) and returns the sample book's id. */
export async function loadSampleBook(author: string, onProgress: (reports: readonly FileReport[]) => void = () => undefined): Promise<string> {
  const existing = await findBook(spec.book.title);
  if (existing) return existing.id;

  const encoder = new TextEncoder();
  const reports = await importBatch(
    Object.entries(FILES).map(([name, text]) => fromBytes(name, encoder.encode(text))),
    onProgress,
    { author },
  );
  const briefIds = new Map(reports.filter((r) => r.briefId).map((r) => [r.name, r.briefId!]));
  const titles = new Map(reports.map((r) => [r.name, r.title ?? '']));

  for (const a of spec.annotations) {
    const brief = await getBrief(briefIds.get(a.file) ?? '');
    if (!brief) continue;
    const text = await renderedText(brief.markdown);
    const at = text.indexOf(a.quote);
    if (at < 0) continue;
    await addAnnotation(brief.id, describeRange(text, at, at + a.quote.length), { color: a.color as HighlightColor, note: a.note, tags: a.tags });
  }

  for (const briefId of briefIds.values()) {
    const suggested = (await itemsForBrief(briefId)).filter((i) => i.status === 'suggested');
    await setItemsStatus(suggested.map((i) => i.id), 'open', author);
  }
  for (const change of spec.items) {
    const item = (await itemsForBrief(briefIds.get(change.file) ?? '')).find((i) => i.text.startsWith(change.startsWith));
    if (!item) continue;
    await updateItem(item.id, { owner: change.owner, due: change.due ? parseDue(change.due) : item.due, priority: (change.priority as Priority | undefined) ?? item.priority });
    if (change.status) await setItemStatus(item.id, change.status as ItemStatus, author);
  }

  const entries: BookEntry[] = spec.book.sections.flatMap((section) => [
    { kind: 'section' as const, id: newId(), title: section.title, note: '' },
    ...section.briefs
      .filter((b) => briefIds.has(b.file))
      .map((b) => ({ kind: 'brief' as const, id: briefIds.get(b.file)!, title: titles.get(b.file) ?? '', note: b.note })),
  ]);
  const { title, marking, sections: _sections, ...cover } = spec.book;
  const book = await createBook(title, marking);
  await updateBook(book.id, { ...cover, entries });
  return book.id;
}
