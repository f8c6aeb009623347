import { test, expect } from './fixtures.js';
import { ReaderPage } from './pages/app.js';

const TITLE = /Port Authority Talks Close With a Customs Timetable/;

test.beforeEach(async ({ app }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // The report sits over the foot of the text until it tidies itself away; a reader closes it.
  await app.closeImportReport();
});

test('a highlight survives a reload and is listed in the sidebar', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.highlight('share customs inspection data in real time', 'Green');
  await expect(reader.marks()).toHaveCount(1);
  await expect(reader.marks().first()).toHaveAttribute('data-color', 'green');
  await page.reload();
  await expect(reader.marks()).toHaveText(['share customs inspection data in real time']);
  await expect(reader.sidebar().getByRole('listitem')).toHaveCount(1);
  await expect(reader.sidebar()).toContainText('Green');
});

test('overlapping highlights are both painted and both listed', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.highlight('agreed on Friday to share customs', 'Yellow');
  await reader.highlight('share customs inspection data', 'Blue');
  await expect(reader.sidebar().getByRole('listitem')).toHaveCount(2);
  const overlap = reader.body().locator('mark[data-overlap="2"]');
  await expect(overlap).toHaveText('share customs');
  const text = await reader.marks().allTextContents();
  expect(text.join('')).toBe('agreed on Friday to share customs inspection data');
});

test('a note is Markdown, sanitized: an <img onerror> in it executes nothing', async ({ page }) => {
  const reader = new ReaderPage(page);
  await page.evaluate(() => ((window as unknown as { pwned: boolean }).pwned = false));
  await reader.select('ending a year of queues');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Note' });
  await dialog.getByLabel('Note (Markdown)').fill('**Ask the port** <img src=x onerror="window.pwned=true"> [link](javascript:alert(1))');
  await dialog.getByLabel('Tags (comma-separated)').fill('ports, follow-up');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const entry = reader.sidebar().getByRole('listitem');
  await expect(entry.locator('strong')).toHaveText('Ask the port');
  await expect(entry).toContainText('#follow-up');
  await expect(entry.locator('img[onerror], a[href^="javascript"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
});

test('deleting an annotation can be undone', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.highlight('Harbour Bridge');
  await expect(reader.marks()).toHaveCount(1);
  await reader.sidebar().getByRole('button', { name: /Delete annotation/ }).click();
  await expect(reader.marks()).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(reader.marks()).toHaveText(['Harbour Bridge']);
});

test('editing the text re-anchors highlights and orphans what lost its text', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.highlight('stretched for kilometres along the coastal road');
  await reader.highlight('The next round is planned for the autumn');
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByLabel('Markdown text');
  const original = await editor.inputValue();
  await editor.fill(
    original
      .replace('Negotiators from', 'After a long night, negotiators from')
      .replace('The next round is planned for the autumn, when the inspection data will be reviewed.', 'No further meetings were announced.'),
  );
  await page.getByRole('button', { name: 'Save and re-anchor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText('1 annotation moved, 1 orphaned');
  await expect(reader.marks()).toHaveText(['stretched for kilometres along the coastal road']);
  await expect(page.getByRole('list', { name: 'Orphaned annotations' }).getByRole('listitem')).toContainText('The next round is planned');
});

test('find in brief counts matches ignoring accents and steps through them', async ({ page }) => {
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in brief' });
  await find.fill('inspection');
  await expect(page.getByRole('status').filter({ hasText: /of/ })).toHaveText('1 of 4');
  await find.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /of/ })).toHaveText('2 of 4');
  // Escape closes Find and leaves the keyboard in the text, not on the page as a whole.
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(new ReaderPage(page).body()).toBeFocused();
});

test('annotations export as W3C Web Annotation JSON-LD and Markdown, for a brief and for the library', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.select('ending a year of queues');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Note' });
  await dialog.getByLabel('Note (Markdown)').fill('Ask about the queues');
  await dialog.getByLabel('Tags (comma-separated)').fill('ports');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(reader.marks()).toHaveCount(1);

  const read = async (trigger: () => Promise<void>) => {
    const download = page.waitForEvent('download');
    await trigger();
    const { readFile } = await import('node:fs/promises');
    return readFile(await (await download).path(), 'utf8');
  };
  const jsonld = JSON.parse(
    await read(async () => {
      await new ReaderPage(page).briefAction('Export annotations (JSON-LD)');
    }),
  );
  expect(jsonld.type).toBe('AnnotationCollection');
  const [annotation] = jsonld.first.items;
  expect(annotation.motivation).toBe('commenting');
  expect(annotation.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'ending a year of queues' });
  expect(annotation.target.selector[1].type).toBe('TextPositionSelector');
  expect(annotation.body.map((b: { value: string }) => b.value)).toEqual(['Ask about the queues', 'ports']);

  await page.getByRole('button', { name: 'Settings' }).click();
  const markdown = await read(() => page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: 'Export annotations (Markdown)' }).click());
  expect(markdown).toContain('## Port Authority Talks Close With a Customs Timetable');
  expect(markdown).toContain('> ending a year of queues');
  expect(markdown).toContain('#ports');
});

test('text can be selected and annotated from the keyboard alone: find, select the match, press H', async ({ page }) => {
  const reader = new ReaderPage(page);
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find in brief' }).fill('joint inspection calendar');
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.press('h');
  await expect(reader.marks()).toHaveText(['joint inspection calendar']);
  await expect(reader.sidebar().getByRole('listitem')).toHaveCount(1);
});

test('reading position and read state are remembered; links ask before leaving the app', async ({ app, page }) => {
  await app.nav('Library').click();
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of the long report describes the quay works in some detail, week by week.`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([
    { name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Long Quay Report\n\nSee [the port's site](https://example.org/quay) for maps.\n\n${paragraphs.join('\n\n')}\n`) },
  ]);
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Long Quay Report');
  await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();

  const scroller = page.locator('cy-app-root main');
  await scroller.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2));
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('chancery');
          open.onsuccess = () => {
            const all = open.result.transaction('briefs').objectStore('briefs').getAll();
            all.onsuccess = () => resolve((all.result as { title: string; readProgress: number }[]).find((b) => b.title === 'Long Quay Report')!.readProgress);
          };
        }),
    );
  await expect.poll(stored).toBeGreaterThan(0.3);
  await page.reload();
  await expect(page.locator('cy-brief-reader .body')).toContainText('Paragraph 60');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight))).toBeGreaterThan(0.45);

  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();

  const popups: string[] = [];
  page.on('popup', (p) => popups.push(p.url()));
  await page.locator('cy-brief-reader .body').getByRole('link', { name: "the port's site" }).click();
  // The app's own link dialog asks (every kind of link activation: tests/e2e/external-links.spec.ts).
  const leave = page.getByRole('dialog', { name: 'Leave Chancery?' });
  await expect(leave).toContainText('https://example.org/quay');
  await leave.getByRole('button', { name: 'Cancel' }).click();
  expect(popups).toEqual([]);
  await expect(page).toHaveURL(/#\/brief\//);
});
