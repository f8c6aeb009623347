// Hostile and heavy .chancery files as a user meets them, through Settings' file chooser: a
// shared book that tries to change the user's settings, zip bombs, and a shared book with a
// newer version of a brief the user edited. Every file is built here at run time.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from './fixtures.js';
import { putRecords } from './support/idb.js';
import { zipBomb } from '../support/zip-bomb.js';
import { generateRecords } from '../bench/generate.js';
import { packBackup, type LibraryTables } from '../../renderer/src/domain/backup/index.js';
import { DEFAULT_BOOK_OPTIONS } from '../../renderer/src/domain/migrations/v2.js';
import type { Book, Brief } from '../../renderer/src/domain/types.js';

const BRIEF_TITLE = 'Fictional harbour memo for sharing';
const BOOK_TITLE = 'Fictional visit to Imaginaria';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A library row's link is named by its read mark, title and meta line; this finds the original, not the copy. */
const ORIGINAL = new RegExp(`${escapeRegExp(BRIEF_TITLE)}(?! \\(version)`);

let dir = '';
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'data-hostile-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sharedBrief(markdown: string, at: number): Brief {
  const base = generateRecords(0, 1, { words: 40, notes: 0, items: 0 }).briefs[0]!;
  return { ...base, id: 'shared-brief', title: BRIEF_TITLE, markdown, contentHash: `hash-${at}`, importedAt: at, updatedAt: at, deletedAt: null };
}

function sharedBook(at: number): Book {
  return {
    id: 'shared-book',
    title: BOOK_TITLE,
    subtitle: '',
    meeting: '',
    marking: 'UNCLASSIFIED',
    preparedBy: '',
    preparedFor: '',
    meetingDate: null,
    entries: [{ kind: 'brief', id: 'shared-brief', title: '', note: '' }],
    options: { ...DEFAULT_BOOK_OPTIONS },
    createdAt: at,
    updatedAt: at,
  };
}

/** A shared book package, written to a file the test can choose. */
async function packageFile(name: string, tables: Partial<LibraryTables> & Pick<LibraryTables, 'briefs' | 'books'>): Promise<string> {
  const bytes = await packBackup(
    { annotations: [], recommendations: [], settings: [], images: [], ...tables },
    { kind: 'book', appVersion: '0.1.0', createdAt: Date.now(), bookId: 'shared-book' },
  );
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

async function chooseRestoreFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(file);
}

async function mergeFile(page: Page, file: string): Promise<void> {
  await chooseRestoreFile(page, file);
  await page.getByRole('region', { name: 'File to restore' }).getByRole('button', { name: 'Merge into library' }).click();
  await expect(page.getByRole('table', { name: 'What changed' })).toBeVisible();
}

test('a shared book that carries settings cannot change them: the app still renders after a reload', async ({ app, page }) => {
  const at = Date.UTC(2025, 0, 1);
  const file = await packageFile('language-xx.chancery', {
    books: [sharedBook(at)],
    briefs: [sharedBrief('# Memo\n\nThe port should publish its timetable.', at)],
    settings: [
      { key: 'language', value: 'xx' },
      { key: 'defaultMarking', value: 'HOSTILE MARKING' },
    ],
  });
  await app.open();
  await openSettings(page);
  await mergeFile(page, file);
  await expect(page.getByRole('list', { name: 'Notes on the restore' })).toContainText('2 × Settings left out: they are not part of the shared book.');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Default handling marking', { exact: true })).toHaveValue('');
  await app.nav('Library').click();
  await expect(app.briefItem(BRIEF_TITLE)).toBeVisible();
});

test('a stored setting the app cannot use falls back to its default with a notice, once', async ({ app, page }) => {
  await app.open();
  // A profile left broken by an earlier version that let a shared book write this value.
  await putRecords(page, 'settings', [{ key: 'language', value: 'xx' }, { key: 'theme', value: 'dark' }]);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' })).toBeVisible();
  await expect(page.getByText('Some saved settings could not be used and were reset to their defaults: Language.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openSettings(page);
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText('Some saved settings could not be used')).toHaveCount(0);
});

// How long the window's longest task is while a bomb is checked is a wall-clock figure: the bench
// measures it (`npm run bench -- --only heavy`); this test holds the refusal itself.
test('zip bombs are refused as too large when unpacked, and nothing is changed', async ({ app, page }) => {
  const bombs = [
    { name: 'bomb-1000.chancery', bytes: zipBomb({ name: 'briefs.json', mebibytes: 1000 }) },
    { name: 'bomb-500.chancery', bytes: zipBomb({ name: 'briefs.json', mebibytes: 477 }) },
  ];
  await app.open();
  await openSettings(page);
  for (const bomb of bombs) {
    const file = path.join(dir, bomb.name);
    await writeFile(file, bomb.bytes);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a backup…' }).click();
    await (await chooser).setFiles(file);
    const refusal = page.getByRole('alert').filter({ hasText: 'cannot be restored' });
    await expect(refusal).toContainText(`“${bomb.name}” is too large when unpacked`);
    await expect(refusal).toContainText('Nothing in your library was changed.');
    await refusal.getByRole('button', { name: 'Close' }).click();
  }
});

test('merging a newer version of a brief the user edited keeps the edit and adds the file’s version beside it', async ({ app, page }) => {
  const first = Date.UTC(2025, 0, 1);
  const v1 = await packageFile('book-v1.chancery', { books: [sharedBook(first)], briefs: [sharedBrief('# Memo\n\nThe port should publish its timetable.', first)] });
  await app.open();
  await openSettings(page);
  await mergeFile(page, v1);

  await app.nav('Library').click();
  await app.briefList().getByRole('link', { name: ORIGINAL }).click();
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByLabel('Markdown text');
  await editor.fill('# Memo\n\nThe port should publish its timetable. My own note: check the berth list first.');
  await page.getByRole('button', { name: 'Save and re-anchor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // The colleague's version was saved a day after the user's edit.
  const later = Date.now() + 24 * 60 * 60 * 1000;
  const v2 = await packageFile('book-v2.chancery', { books: [sharedBook(later)], briefs: [sharedBrief('# Memo\n\nThe port has published its timetable.', later)] });
  await openSettings(page);
  await mergeFile(page, v2);
  const copyTitle = `${BRIEF_TITLE} (version from “book-v2.chancery”)`;
  await expect(page.getByRole('list', { name: 'Notes on the restore' })).toContainText(`You had edited “${BRIEF_TITLE}”, so your version was kept`);

  await app.nav('Library').click();
  await app.briefList().getByRole('link', { name: ORIGINAL }).click();
  await expect(app.article()).toContainText('My own note: check the berth list first.');
  await app.nav('Library').click();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(2);
  await app.briefList().getByRole('link', { name: new RegExp(escapeRegExp(copyTitle)) }).click();
  await expect(app.article()).toContainText('The port has published its timetable.');
});

test('a restore leaves out notes and items about missing briefs and backwards passages, and says how many', async ({ app, page }) => {
  const at = Date.UTC(2025, 0, 1);
  const records = generateRecords(0, 2, { words: 60, notes: 1, items: 1 });
  const backwards = { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 50, end: 5 } };
  const note = records.annotations[0]!;
  const file = path.join(dir, 'library-with-strays.chancery');
  await writeFile(
    file,
    await packBackup(
      {
        briefs: records.briefs,
        annotations: [...records.annotations, { ...note, id: 'stray-note', briefId: 'no-such-brief' }, { ...note, id: 'backwards-note', selector: backwards }],
        recommendations: [...records.items, { ...records.items[0]!, id: 'stray-item', briefIds: ['no-such-brief'], sources: [] }],
        books: [],
        settings: [{ key: 'textSize', value: 'enormous' }],
        images: [],
      },
      { kind: 'library', appVersion: '0.1.0', createdAt: at, bookId: null },
    ),
  );
  await app.open();
  await openSettings(page);
  await mergeFile(page, file);
  const notes = page.getByRole('list', { name: 'Notes on the restore' });
  await expect(notes.getByRole('listitem')).toHaveText([
    '1 × Settings left out: this app does not know them or cannot use their values.',
    '1 × Annotations left out: they belong to briefs the file does not contain.',
    '1 × Annotations left out: their passage ends before it starts.',
    '1 × Checklist items left out: they belong to briefs the file does not contain.',
  ]);
  await expect(page.getByRole('table', { name: 'What changed' }).getByRole('row', { name: /Annotations/ })).toHaveText(/Annotations\s*2\s*0\s*0/);
  await page.screenshot({ path: 'test-results/restore-report-notes.png' });
});
