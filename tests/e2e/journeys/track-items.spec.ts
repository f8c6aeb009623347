// Journey 5: accept suggested items from prose and from a table (the table keeps its shape),
// then edit status, owner, due date and priority on several rows in a row in Checklists; every
// value lands on its own item, and a date that cannot be read stays in its field with a message.
import { test, expect, type Page } from '../fixtures.js';
import { ReaderPage } from '../pages/app.js';

const OMBUDSMAN = 'The ministries should appoint a joint';
const COUNTS = 'Port operators should share passenger';
const TIMETABLE = 'Publish the merged winter timetable';

const row = (page: Page, field: 'Status' | 'Owner' | 'Due' | 'Priority', item: string) =>
  page.getByRole(field === 'Due' ? 'textbox' : 'combobox', { name: new RegExp(`^${field} of “${item}`) });

test('accepted items are tracked, and edits on several rows each land on their own item', async ({ app, page }) => {
  test.slow();
  const reader = new ReaderPage(page);
  await app.importAndOpen('journeys/coastal-ferry-compact.md', /Coastal Ferry Compact/);

  const table = reader.body().getByRole('table');
  const cells = table.getByRole('cell');
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4);
  const cellCount = await cells.count();
  // What the eye sees of a row: its cells side by side, filling it. A stray box between cells
  // (the phantom cell a mark outside a <td> makes) leaves a gap and pushes the columns over.
  const gapInRow = async (n: number) => {
    const box = await rows.nth(n).boundingBox();
    const cellBoxes = await Promise.all((await rows.nth(n).getByRole('cell').all()).map((c) => c.boundingBox()));
    const filled = cellBoxes.reduce((sum, b) => sum + (b?.width ?? 0), 0);
    return Math.round(Math.abs((box?.width ?? 0) - filled) + Math.abs((box?.x ?? 0) - (cellBoxes[0]?.x ?? 0)));
  };
  expect(await gapInRow(1)).toBeLessThanOrEqual(2);

  // From prose, and from the schedule table.
  await page.getByRole('button', { name: new RegExp(`^Accept “${OMBUDSMAN}`) }).click();
  await page.getByRole('button', { name: new RegExp(`^Accept “${COUNTS}`) }).click();
  await page.getByRole('button', { name: new RegExp(`^Accept “${TIMETABLE}`) }).click();
  await expect(reader.body().locator('mark[data-item]').filter({ hasText: TIMETABLE })).toHaveCount(1);
  // The table reads as before: same rows, same cells, the task still in its own column.
  await expect(rows).toHaveCount(4);
  await expect(cells).toHaveCount(cellCount);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['Q3 2031', TIMETABLE, 'Arlen ministry']);
  expect(await gapInRow(1)).toBeLessThanOrEqual(2);

  // A highlight over words that are already a tracked item shows its colour beside the item's underline.
  await reader.select('appoint a joint ferry ombudsman');
  await page.keyboard.press('1');
  const both = reader.body().locator('mark[data-item][data-color="yellow"]');
  await expect(both).toHaveText('appoint a joint ferry ombudsman');
  await expect(both).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  await app.nav('Checklists').click();
  // Several fields, several rows, one after another, as staff work through a list.
  await row(page, 'Status', OMBUDSMAN).selectOption({ label: 'In progress' });
  const due = row(page, 'Due', OMBUDSMAN);
  await due.click();
  await page.keyboard.type('Q3 2031');
  await page.keyboard.press('Tab');
  await row(page, 'Owner', COUNTS).click();
  await page.keyboard.type('Transport desk');
  await page.keyboard.press('Tab');
  await row(page, 'Priority', COUNTS).selectOption({ label: 'High' });
  await row(page, 'Status', TIMETABLE).selectOption({ label: 'Blocked' });
  await row(page, 'Owner', TIMETABLE).click();
  await page.keyboard.type('Arlen liaison');
  // The schedule's quarter is the source's date, not the team's: it becomes the due date only when asked.
  await expect(row(page, 'Due', TIMETABLE)).toHaveValue('');
  await expect(page.getByRole('row').filter({ has: row(page, 'Due', TIMETABLE) })).toContainText('source: Q3 2031');
  await page.getByRole('button', { name: new RegExp(`^Use the source date Q3 2031 as the due date of “${TIMETABLE}`) }).click();
  await expect(row(page, 'Due', TIMETABLE)).toHaveValue('2031-09-30');
  await row(page, 'Due', COUNTS).click();
  await page.keyboard.type('end of June');
  await page.keyboard.press('Tab');

  const expectRows = async () => {
    await expect(row(page, 'Status', OMBUDSMAN)).toHaveValue('in-progress');
    await expect(row(page, 'Due', OMBUDSMAN)).toHaveValue('2031-09-30');
    await expect(row(page, 'Owner', OMBUDSMAN)).toHaveValue('');
    await expect(row(page, 'Priority', OMBUDSMAN)).toHaveValue('normal');
    await expect(row(page, 'Owner', COUNTS)).toHaveValue('Transport desk');
    await expect(row(page, 'Priority', COUNTS)).toHaveValue('high');
    await expect(row(page, 'Status', COUNTS)).toHaveValue('open');
    await expect(row(page, 'Due', COUNTS)).toHaveValue(/^\d{4}-06-30$/);
    await expect(row(page, 'Status', TIMETABLE)).toHaveValue('blocked');
    await expect(row(page, 'Owner', TIMETABLE)).toHaveValue('Arlen liaison');
  };
  await expectRows();

  // A date that cannot be read: a message at the field, the typed text kept, no application error.
  await row(page, 'Due', TIMETABLE).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('after the elections');
  await page.keyboard.press('Tab');
  await expect(row(page, 'Due', TIMETABLE)).toHaveValue('after the elections');
  await expect(row(page, 'Due', TIMETABLE)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot read this as a date' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Errors/ })).toHaveCount(0);

  // The date is shown as it was read.
  await expect(page.getByRole('row').filter({ has: row(page, 'Due', OMBUDSMAN) })).toContainText('Tue, Sep 30, 2031');

  await page.reload();
  await expectRows();
  // The unreadable date was never saved: the timetable keeps the source date the user adopted.
  await expect(row(page, 'Due', TIMETABLE)).toHaveValue('2031-09-30');
});
