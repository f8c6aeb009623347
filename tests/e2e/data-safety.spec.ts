// Data safety as a user meets it: Settings, the Trash with undo, backup and restore (and a
// damaged backup refused), and a batch import interrupted by killing the browser.
import { chromium, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from './fixtures.js';
import { chromiumPath } from '../harness/chromium.js';
import { ReaderPage } from './pages/app.js';
import { savePlain } from './support/save-plain.js';

const TITLE = 'Port Authority Talks Close With a Customs Timetable';

/**
 * Chromium started by hand in its own process group, so the test can kill it outright (as a
 * crash or power cut would) instead of closing it politely; Playwright drives it over CDP.
 */
async function startKillableChromium(profile: string): Promise<{ process: ChildProcess; context: BrowserContext }> {
  const args = ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'];
  const child = spawn(chromiumPath(), args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { process: child, context: browser.contexts()[0]! };
}

async function closeImportPanel(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

test('Settings has a labelled control for every preference, and they take effect', async ({ app, page }) => {
  await app.open();
  await openSettings(page);
  for (const label of ['Your name', 'Default handling marking', 'Marking presets', 'Paper size', 'Theme', 'Language', 'Text size']) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await page.getByLabel('Theme', { exact: true }).selectOption('sepia');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await page.getByLabel('Marking presets').selectOption('CONFIDENTIAL — DRAFT');
  await expect(page.getByLabel('Default handling marking', { exact: true })).toHaveValue('CONFIDENTIAL — DRAFT');
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible();
  await expect(page.getByText('Las copias automáticas son una función de la aplicación de escritorio.', { exact: false })).toBeVisible();
  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  await expect(page.getByText('Automatic snapshots are a feature of the desktop app.', { exact: false })).toBeVisible();
  await page.screenshot({ path: 'test-results/settings-view.png', fullPage: true });
});

test('deleting a brief moves it to the Trash with undo, and the Trash restores it', async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await closeImportPanel(page);
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await new ReaderPage(page).briefAction('Delete brief');
  await expect(page).toHaveURL(/#\/library/);
  // The deleted brief took the focus with it: the keyboard starts again in the library.
  await expect(page.getByRole('main')).toBeFocused();
  const toast = page.getByRole('status').filter({ hasText: 'moved to the Trash' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(TITLE);

  await new ReaderPage(page).briefAction('Delete brief');
  await openSettings(page);
  const trash = page.getByRole('list', { name: 'Briefs in the Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/settings-trash.png', fullPage: true });
  await trash.getByRole('button', { name: `Restore ${TITLE}` }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await app.nav('Library').click();
  await expect(app.briefItem(TITLE)).toBeVisible();
});

test('a backup restores by merge after the brief was deleted for good; a damaged backup changes nothing', async ({ app, page }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chancery-backup-'));
  try {
    await app.open();
    await app.importFiles('e2e/port-authority-talks.md');
    await closeImportPanel(page);
    await openSettings(page);
    const download = savePlain(page, 'Back up library…'); // encrypted: journeys/encrypted-backup.spec.ts
    const backupPath = path.join(dir, 'library.chancery');
    await (await download).saveAs(backupPath);
    expect((await download).suggestedFilename()).toMatch(/^Chancery backup \d{4}-\d{2}-\d{2}\.chancery$/);

    // Delete the brief for good.
    await app.nav('Library').click();
    await app.briefItem(TITLE).getByRole('link').click();
    await new ReaderPage(page).briefAction('Delete brief');
    await openSettings(page);
    await page.getByRole('button', { name: 'Empty Trash…' }).click();
    await page.getByRole('button', { name: 'Empty Trash', exact: true }).click();
    await expect(page.getByText('The Trash is empty.')).toBeVisible();

    // A truncated copy is refused with a reason, and nothing changes.
    const bytes = await readFile(backupPath);
    const damaged = path.join(dir, 'damaged.chancery');
    await writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const restoreFrom = async (file: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Restore from a backup…' }).click();
      await (await chooser).setFiles(file);
    };
    await restoreFrom(damaged);
    const refusal = page.getByRole('alert').filter({ hasText: 'cannot be restored' });
    await expect(refusal).toContainText('damaged or incomplete');
    await expect(refusal).toContainText('Nothing in your library was changed.');
    await refusal.getByRole('button', { name: 'Close' }).click();

    await restoreFrom(backupPath);
    const offer = page.getByRole('region', { name: 'File to restore' });
    await expect(offer).toContainText('It holds 1 brief,');
    await offer.getByRole('button', { name: 'Merge into library' }).click();
    const report = page.getByRole('table', { name: 'What changed' });
    await expect(report.getByRole('row', { name: /Briefs/ })).toHaveText(/Briefs\s*1\s*0\s*0/);
    await app.nav('Library').click();
    await expect(app.briefItem(TITLE)).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('killing the browser in the middle of a 200-file import leaves every file whole or absent', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chancery-crash-'));
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-crash-profile-'));
  let killable: Awaited<ReturnType<typeof startKillableChromium>> | undefined;
  try {
    const files: string[] = [];
    for (let i = 0; i < 200; i++) {
      const file = path.join(dir, `dispatch-${String(i).padStart(3, '0')}.md`);
      const body = `# Dispatch ${i} from the fictional port of Vellamar\n\nMarker CY-${i}-END. The commission should review the berth schedule for ${i} vessels before the next session.\n\n${'The harbour master of Vellamar reported quiet trading. '.repeat(20)}\n`;
      await writeFile(file, body);
      files.push(file);
    }
    killable = await startKillableChromium(profile);
    let page = killable.context.pages()[0] ?? (await killable.context.newPage());
    await page.goto(new URL('./#/library', baseURL).href);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(files);
    const countBriefs = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('chancery');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const count = db.transaction('briefs').objectStore('briefs').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
            };
          }),
      );
    await expect.poll(countBriefs, { intervals: [20], timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    // Mid-batch: SIGKILL to the whole process group, no chance to finish or flush anything.
    const browserProcess = killable.process;
    const exited = new Promise((resolve) => browserProcess.once('exit', resolve));
    process.kill(-browserProcess.pid!, 'SIGKILL');
    await exited;
    killable = undefined;

    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), baseURL });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./#/library');
    const stored = await page.evaluate(
      () =>
        new Promise<{ briefs: { id: string; fileName: string; markdown: string; title: string }[]; itemBriefIds: string[][] }>((resolve, reject) => {
          const request = indexedDB.open('chancery');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            // A brief's text is stored apart from its record, in pieces (schema v4): read both and join them.
            const tx = request.result.transaction(['briefs', 'bodies', 'recommendations']);
            const briefs = tx.objectStore('briefs').getAll();
            const bodies = tx.objectStore('bodies').getAll();
            const items = tx.objectStore('recommendations').getAll();
            tx.oncomplete = () => {
              request.result.close();
              // Pieces come back in key order ([id, part]), so appending joins each text in order.
              const text = new Map<string, string>();
              for (const piece of bodies.result as { id: string; text: string }[]) text.set(piece.id, (text.get(piece.id) ?? '') + piece.text);
              const joined = (briefs.result as { id: string; fileName: string; title: string }[]).map((b) => ({ ...b, markdown: text.get(b.id) ?? '' }));
              resolve({ briefs: joined, itemBriefIds: items.result.map((r: { briefIds: string[] }) => r.briefIds) });
            };
          };
        }),
    );
    await context.close();
    console.log(`crash test: ${stored.briefs.length} of 200 files were imported before the browser was killed`);
    expect(stored.briefs.length).toBeGreaterThan(0);
    expect(stored.briefs.length, 'the kill came in the middle of the batch').toBeLessThan(200);
    const names = stored.briefs.map((b) => b.fileName);
    expect(new Set(names).size, 'no file imported twice').toBe(names.length);
    for (const brief of stored.briefs) {
      const i = Number(/dispatch-(\d+)\.md/.exec(brief.fileName)?.[1]);
      expect(brief.title).toBe(`Dispatch ${i} from the fictional port of Vellamar`);
      expect(brief.markdown).toContain(`CY-${i}-END`);
      expect(brief.markdown).toContain('quiet trading');
    }
    const ids = new Set(stored.briefs.map((b) => b.id));
    for (const briefIds of stored.itemBriefIds) for (const id of briefIds) expect(ids.has(id), 'every item belongs to a stored brief').toBe(true);
  } finally {
    if (killable) process.kill(-killable.process.pid!, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
});

test('a book exported as a package merges into another library with its brief', async ({ app, page, browser, baseURL }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chancery-package-'));
  try {
    await app.open();
    await app.importFiles('e2e/port-authority-talks.md');
    await closeImportPanel(page);
    const briefId = decodeURIComponent(/#\/brief\/([^?]+)/.exec(page.url())![1]!);
    // The book is written straight into IndexedDB: composing it in the UI is another test's job.
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('chancery');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('books', 'readwrite');
            tx.objectStore('books').put({
              id: 'shared-book', title: 'Harbour visit (fictional)', subtitle: '', meeting: '', marking: 'UNCLASSIFIED', preparedBy: '', preparedFor: '', meetingDate: null,
              entries: [{ kind: 'brief', id, title: '', note: '' }],
              options: { paper: 'A4', annotations: 'notes', checklist: true, checklistStatuses: ['open'], sources: true, language: 'en' },
              createdAt: 1, updatedAt: 1,
            });
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
      briefId,
    );
    await page.goto('./#/books/shared-book');
    const download = savePlain(page, 'Export book package…');
    const file = path.join(dir, (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(path.basename(file)).toBe('Harbour visit fictional.chancery');

    const other = await browser.newContext({ baseURL });
    try {
      const colleague = await other.newPage();
      await colleague.goto('./#/settings');
      const chooser = colleague.waitForEvent('filechooser');
      await colleague.getByRole('button', { name: 'Restore from a backup…' }).click();
      await (await chooser).setFiles(file);
      const offer = colleague.getByRole('region', { name: 'File to restore' });
      await expect(offer).toContainText('Shared book “Harbour visit (fictional)”');
      await expect(offer.getByRole('button', { name: 'Replace library' })).toHaveCount(0);
      await offer.getByRole('button', { name: 'Merge into library' }).click();
      const report = colleague.getByRole('table', { name: 'What changed' });
      await expect(report.getByRole('row', { name: /^Books/ })).toHaveText(/Books\s*1\s*0\s*0/);
      await expect(report.getByRole('row', { name: /^Briefs/ })).toHaveText(/Briefs\s*1\s*0\s*0/);
      await colleague.goto('./#/library');
      await expect(colleague.getByRole('list', { name: 'Briefs' }).getByRole('link', { name: TITLE })).toBeVisible();
    } finally {
      await other.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('when IndexedDB refuses to open, a banner says so and offers a way out', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    };
  });
  await page.goto('./#/library');
  const banner = page.getByRole('alert').filter({ hasText: 'Chancery cannot use its library' });
  await expect(banner).toContainText('could not be opened. Free some disk space and reload');
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  await banner.getByText('Technical details').click();
  await expect(banner).toContainText('backing store');
  await banner.getByRole('button', { name: 'Backup and Trash' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await page.screenshot({ path: 'test-results/storage-banner.png' });
});
