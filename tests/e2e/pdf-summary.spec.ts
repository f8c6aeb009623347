// The summary for the principal stays on one page however full the book: many briefs with long
// titles, many long open items and long notes marked for the principal, on Letter paper (the
// shorter page). Records are written straight to the database (no journey needs this many); the
// PDF comes from the same print service the desktop app uses and is read back with pdftotext.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { putBriefs, putRecords } from './support/idb.js';
import { allPages, renderPages } from './support/pdf-tools.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import { SUMMARY_LIMITS } from '../../renderer/src/domain/book/summary.js';
import type { Annotation, Book, Brief, ChecklistItem } from '../../renderer/src/domain/types.js';

const OUT = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'pdf-summary');
const BRIEFS = SUMMARY_LIMITS.briefs + 4;
const ITEMS = SUMMARY_LIMITS.items + 3;
const NOTES = SUMMARY_LIMITS.notes + 2;
const LONG = 'the delegation asks the harbour authority to confirm the dredging schedule, the pilot roster and the night closures for every berth';

function brief(i: number): Brief {
  const markdown = `The regional council of district ${i} ${LONG} before the visit begins.\n\nA second paragraph on the funding of district ${i}.`;
  return {
    id: `brief-${i}`, title: `District ${i} Harbour Authority Publishes Its Long Annual Review`, subtitle: `How district ${i} ${LONG}`, byline: 'Desk writer',
    source: { name: 'The Harbour Ledger (fictional)', url: `https://example.org/ledger/${i}`, publishedAt: '2032-02-01' }, importedAt: 1_900_000_000_000 + i,
    updatedAt: 1_900_000_000_000 + i, markdown, contentHash: `hash-${i}`, topics: [], tags: [], language: 'en', wordCount: 40, readState: 'unread',
    fileName: `district-${i}.md`, removedLines: [], topicEvidence: [], excerpt: '', readProgress: 0, deletedAt: null, revision: 0,
  };
}

function item(i: number): ChecklistItem {
  const text = `Item ${i}: ${LONG} and report back to the principal's office`;
  const selector = { quote: { exact: text, prefix: '', suffix: '' }, position: { start: 0, end: 10 } };
  return {
    id: `item-${i}`, briefIds: [`brief-${i % BRIEFS}`], text, selector, sources: [], topic: '', status: i % 3 === 0 ? 'blocked' : 'open',
    owner: 'Political counsellor (harbours)', due: `2032-03-${String(10 + i).padStart(2, '0')}`, priority: 'normal', notes: '', history: [], createdAt: 1, updatedAt: 1,
  };
}

function note(i: number): Annotation {
  const exact = `The regional council of district ${i} ${LONG}`;
  return {
    id: `note-${i}`, briefId: `brief-${i}`, selector: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } }, color: 'yellow',
    note: `Note ${i} for the principal: ${LONG}; raise it at the opening session.`, tags: [], createdAt: i, updatedAt: i, orphaned: false, forPrincipal: true,
  };
}

test('a full summary for the principal fits one Letter page, ending each long list with "and N more"', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  await app.open();
  await putBriefs(page, Array.from({ length: BRIEFS }, (_, i) => brief(i)));
  await putRecords(page, 'recommendations', Array.from({ length: ITEMS }, (_, i) => item(i)));
  await putRecords(page, 'annotations', Array.from({ length: NOTES }, (_, i) => note(i)));
  const book: Book = {
    id: 'book-full-summary', title: 'Harbour Districts Visit', subtitle: '', meeting: 'Harbour districts tour', marking: 'UNCLASSIFIED', preparedBy: 'Visits desk',
    preparedFor: 'The Minister', meetingDate: '2032-03-01', entries: Array.from({ length: BRIEFS }, (_, i) => ({ kind: 'brief' as const, id: `brief-${i}`, title: '', note: '' })),
    options: { paper: 'Letter', annotations: 'none', checklist: false, checklistStatuses: [], sources: false, language: 'en', summary: true }, createdAt: 1, updatedAt: 1,
  };
  await putRecords(page, 'books', [book]);

  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/${book.id}`);
  await session.close();
  expect(result.verified).toBe(true);
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'full-summary.pdf');
  await writeFile(file, result.pdf);
  renderPages(file, path.join(OUT, 'page'), 2, 3);

  const pages = allPages(file);
  const summary = pages[1]!;
  expect(summary).toMatch(/^\s*Summary for the principal\s*$/m);
  // Briefs, then items, then notes, each cut short with what was left out.
  expect(summary).toMatch(/^\s*and 4 more\s*$[^]*^\s*and 3 more\s*$[^]*^\s*and 2 more\s*$/m);
  // The last list's last line is still on the summary page, and the contents start the next one.
  expect(summary).toContain(`Note ${SUMMARY_LIMITS.notes - 1} for the principal`);
  expect(pages[2]).toMatch(/^\s*Contents\s*$/m);
  expect(pages[2]).not.toContain('for the principal:');
});
