// Hostile content: every payload of DOMPurify's own XSS fixtures (read from ../shared/corpora,
// never copied here) goes through every render path — imported as HTML, Markdown and plain text
// (body, title, byline), and written as notes, tags, checklist items and book cover fields — then
// shown in the reader, the library, the import report, search results, toasts, the checklists,
// the book and its print view, and exported as CSV and Markdown (the Markdown imported back).
// Every file of every format must import. Nothing may execute and nothing may be fetched.
// Payloads are batched so the run stays short.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.js';

const CORPUS = path.resolve('..', 'shared', 'corpora', 'xss-vectors.json');
const payloads: string[] = existsSync(CORPUS) ? (JSON.parse(readFileSync(CORPUS, 'utf8')) as { payload: string }[]).map((v) => v.payload) : [];
if (!payloads.length) console.warn(`hostile-content: skipped, ${CORPUS} is missing (it lives in the shared folder beside the project).`);

const FILES_PER_FORMAT = 8;
const chunks = <T>(list: T[], n: number): T[][] => Array.from({ length: n }, (_, i) => list.filter((_, j) => j % n === i));
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/** Traps every way a payload could show it ran, and records CSP violations. */
function installTraps(): void {
  const w = window as unknown as { __ran: string[]; __csp: string[] };
  w.__ran = [];
  w.__csp = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, { value: (...args: unknown[]) => w.__ran.push(`${name}(${String(args[0])})`), configurable: false, writable: false });
  }
  // Payloads call console.log(1) and friends too; the app itself never logs numbers or "xss".
  for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[name].bind(console);
    console[name] = (...args: unknown[]) => {
      const first = String(args[0]);
      if (/^\d+$/.test(first) || /xss|document\.(cookie|domain)/i.test(first)) w.__ran.push(`console.${name}(${first})`);
      original(...args);
    };
  }
  document.addEventListener(
    'securitypolicyviolation',
    (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
}

test('no payload executes or fetches anything on any render path', async ({ app, page, baseURL }) => {
  test.skip(!payloads.length, `${CORPUS} is missing`);
  test.setTimeout(480_000);
  const ran: string[] = [];
  const fetched: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const origin = new URL(baseURL!).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    const appAsset = url.origin === origin && (url.pathname === '/' || url.pathname === '/index.html' || url.pathname.startsWith('/assets/'));
    if (!appAsset && url.protocol !== 'data:' && url.protocol !== 'blob:') fetched.push(request.url());
  });
  await page.addInitScript(installTraps);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'chancery-hostile-'));
  try {
    // Imported content: the same payloads as HTML, Markdown and plain text files.
    const files: string[] = [];
    const htmlGroups = chunks(payloads, FILES_PER_FORMAT);
    for (const [i, group] of chunks(payloads, FILES_PER_FORMAT).entries()) {
      const htmlGroup = htmlGroups[i]!;
      const html = `<!doctype html><html><head><title>Hostile HTML ${i} ${oneLine(htmlGroup[0]!)}</title><meta name="author" content="${htmlGroup[1]!.replace(/"/g, '&quot;')}"></head><body><article><h1>Hostile HTML ${i}</h1>${htmlGroup
        .map((p, j) => `<p>Paragraph ${j} of a fictional hostile dispatch, long enough to be kept as content by the extractor.</p>${p}`)
        .join('\n')}</article></body></html>`;
      const md = `---\ntitle: Hostile Markdown ${i} ${oneLine(group[2] ?? '')}\nauthor: ${oneLine(group[3] ?? '')}\n---\n\n# Hostile Markdown ${i}\n\n${group.map((p, j) => `Paragraph ${j} of a fictional dispatch.\n\n${p}\n\n[link ${j}](${oneLine(p)})`).join('\n\n')}\n`;
      const txt = `Hostile text ${i}\n\n${group.map((p, j) => `Paragraph ${j} of a fictional dispatch.\n${p}`).join('\n\n')}\n`;
      for (const [ext, body] of [['html', html], ['md', md], ['txt', txt]] as const) {
        const file = path.join(dir, `hostile-${i}.${ext}`);
        await writeFile(file, body);
        files.push(file);
      }
    }
    // Two dozen hostile files take a while on a busy machine: wait for the report, not a timer.
    const importAll = async (): Promise<void> => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await (await chooser).setFiles(files);
      await expect(page.getByRole('region', { name: 'Import' }).getByRole('heading')).toContainText('Import finished', { timeout: 120_000 });
    };
    await app.open();
    await importAll();
    // Every file of every format imports: the report lists each (payload titles included) as imported.
    const report = page.getByRole('region', { name: 'Import' });
    await expect(report.getByRole('heading')).toHaveText(`Import finished: ${files.length} imported, 0 updated, 0 duplicate, 0 failed`);
    await expect(report.getByRole('listitem')).toHaveCount(files.length);
    await expect(report.locator('li .status')).toHaveText(files.map(() => 'Imported'));
    await report.getByRole('button', { name: 'Close' }).click();

    const briefIds = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('chancery');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const keys = request.result.transaction('briefs').objectStore('briefs').getAllKeys();
            keys.onsuccess = () => {
              request.result.close();
              resolve(keys.result as string[]);
            };
          };
        }),
    );
    expect(briefIds).toHaveLength(files.length);

    // User-written content: notes, tags, checklist items and book cover fields, each a payload;
    // one brief's title, subtitle and byline get every payload at once.
    await page.evaluate(
      ({ briefIds, payloads, now }) =>
        new Promise<void>((resolve, reject) => {
          const all = payloads.join(' | ');
          const selector = { quote: { exact: 'Paragraph', prefix: '', suffix: '' }, position: { start: 0, end: 9 } };
          const request = indexedDB.open('chancery');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['briefs', 'annotations', 'recommendations', 'books'], 'readwrite');
            const briefs = tx.objectStore('briefs');
            const first = briefs.get(briefIds[0]!);
            first.onsuccess = () => briefs.put({ ...first.result, title: all, byline: all, subtitle: all, tags: payloads.slice(0, 20) });
            payloads.forEach((p, i) => {
              const briefId = briefIds[i % briefIds.length]!;
              tx.objectStore('annotations').put({ id: `xss-note-${i}`, briefId, selector, color: 'yellow', note: p, tags: [p], createdAt: now, updatedAt: now, orphaned: false });
              tx.objectStore('recommendations').put({
                id: `xss-item-${i}`, briefIds: [briefId], text: p, selector, sources: [{ briefId, selector }], topic: p, status: 'open', owner: p, due: null,
                priority: 'normal', notes: p, history: [{ at: now, by: p, from: null, to: 'open' }], createdAt: now, updatedAt: now,
              });
            });
            tx.objectStore('books').put({
              id: 'xss-book', title: all, subtitle: all, meeting: all, marking: all, preparedBy: all, preparedFor: all, meetingDate: null,
              entries: [
                { kind: 'section', id: 'xss-section', title: all, note: all },
                ...briefIds.map((id, i) => ({ kind: 'brief', id, title: payloads[i % payloads.length], note: payloads[(i + 7) % payloads.length] })),
              ],
              options: { paper: 'A4', annotations: 'notes', checklist: true, checklistStatuses: ['open'], sources: true, language: 'en' },
              createdAt: now, updatedAt: now,
            });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { briefIds, payloads, now: Date.now() },
    );

    // Every view that shows this content.
    await app.open('#/library');
    await expect(app.briefList()).toBeVisible();
    for (const id of briefIds) {
      await page.goto(`./#/brief/${encodeURIComponent(id)}`);
      await expect(app.article()).toBeVisible();
    }
    await page.goto('./#/checklists');
    // 223 items in 223 topic groups: a busy machine needs a while to lay them out.
    await expect(page.getByRole('heading', { name: 'Checklists', level: 1 })).toBeVisible({ timeout: 60_000 });
    await page.goto('./#/books/xss-book');
    await expect(page.getByRole('main')).toBeVisible();
    await page.goto('./#/print/book/xss-book');
    await page.waitForFunction(() => document.documentElement.dataset.printReady !== undefined, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.printReady)).toBe('true');
    // The served page states the same policy in its header and its meta tag (which cannot carry
    // frame-ancestors: browsers ignore that directive there).
    const directives = (policy: string | null | undefined) => new Map((policy ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d]));
    const header = directives((await page.request.get(baseURL!)).headers()['content-security-policy']);
    expect(header.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    header.delete('frame-ancestors');
    expect(directives(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))).toEqual(header);

    // Search results: titles and snippets made of payloads.
    await page.goto('./#/library');
    const search = page.getByRole('searchbox', { name: 'Search' });
    for (const query of ['hostile', 'paragraph', 'onerror', 'script']) {
      await search.fill(query);
      await expect(page.getByRole('region', { name: 'Search results' })).toHaveAttribute('data-query', query);
    }
    await search.fill('');

    // Toasts: importing the files again names every (payload) title in a "duplicates" toast.
    await importAll();
    await expect(page.getByRole('status').filter({ hasText: 'already in the library' })).toBeVisible();
    await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();

    // Exports: CSV cells never start a formula; the Markdown export escapes the payloads' markup
    // and is shown safely when imported back.
    await page.goto('./#/checklists');
    const exported: Record<string, string> = {};
    for (const [name, format] of [['Export CSV', 'csv'], ['Export Markdown', 'md']] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      const file = path.join(dir, `exported.${format}`);
      await (await download).saveAs(file);
      exported[format] = await readFile(file, 'utf8');
    }
    const rows = csvRows(exported.csv!);
    expect(rows.length).toBe(payloads.length + 1);
    expect(new Set(rows.map((r) => r.length)), 'every row has the header\'s columns').toEqual(new Set([8]));
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c)), 'CSV cells a spreadsheet would run').toEqual([]);
    for (const line of exported.md!.split('\n').filter((l) => l.startsWith('- ['))) expect(line, 'item markup is escaped').not.toMatch(/(?<!\\)</);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(path.join(dir, 'exported.md'));
    const back = page.getByRole('region', { name: 'Import' });
    await expect(back.getByRole('heading')).toContainText('Import finished: 1 imported', { timeout: 120_000 });
    await back.getByRole('listitem').getByRole('link').click();
    await expect(app.article()).toBeVisible({ timeout: 60_000 });

    // Two frames, so handlers queued by the last render have had their chance to run.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    const inPage = await page.evaluate(() => {
      const w = window as unknown as { __ran: string[]; __csp: string[] };
      return { ran: w.__ran, csp: w.__csp };
    });
    const grouped = new Map<string, number>();
    for (const v of inPage.csp) grouped.set(v, (grouped.get(v) ?? 0) + 1);
    console.log(
      grouped.size
        ? `CSP violations reported (${inPage.csp.length}, all blocked):\n${[...grouped].map(([v, n]) => `  ${n}× ${v}`).join('\n')}`
        : 'CSP violations reported: none',
    );
    console.log(`hostile-content: ${payloads.length} payloads × (HTML, Markdown, text, title, byline, note, tag, item, book cover, print, import report, search, toast, CSV, Markdown export) checked`);
    expect([...ran, ...inPage.ran], 'scripts that executed').toEqual([]);
    expect(fetched, 'requests a payload caused').toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

