// Journey: the checklist reads and works like a task list. Items accepted from the inbox are
// ticked done, renamed in place, given owners with completion from the owners already used, and
// their history names the person set as "Your name", never "someone". Toasts stay off the field
// being edited. Grouping by due week and filtering by owner are remembered.
import { test, expect, type Page } from '../fixtures.js';
import { AppPage } from '../pages/app.js';

const OMBUDSMAN = 'The ministries should appoint a joint';
const TIMETABLE = 'Publish the merged winter timetable';

const field = (page: Page, name: 'Done' | 'Item' | 'Owner', item: string) =>
  // The owner field offers the owners already used, so it is a combobox.
  page.getByRole(name === 'Done' ? 'checkbox' : name === 'Owner' ? 'combobox' : 'textbox', { name: new RegExp(`^${name} of “${item}`) });
const rowOf = (page: Page, item: string) => page.getByRole('row').filter({ has: field(page, 'Item', item) });

test('ticking, renaming in place, owner completion and a history that names the person', async ({ page }) => {
  test.slow();
  const app = new AppPage(page);
  await app.open();
  await app.importFiles('journeys/coastal-ferry-compact.md');
  await app.closeImportReport();

  // Accept the first four suggestions from the inbox (three schedule rows, then the first recommendation).
  await app.nav('Inbox').click();
  await expect(page.getByRole('list', { name: /^Suggestions from Coastal Ferry Compact/ }).getByRole('listitem')).toHaveCount(6);
  await page.keyboard.press('a');
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 5 suggestions to review');
  // Quick presses, as a user in a hurry makes them: each accepts the next item, none repeats one.
  for (let i = 0; i < 3; i++) await page.keyboard.press('a');
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 2 suggestions to review');

  await app.nav('Checklists').click();
  // No name yet: the checklist asks for one, so the history can say who did what.
  await page.getByLabel('Your name, so the history says who changed what:').fill('Mara Quint');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Your name, so the history says who changed what:')).toHaveCount(0);

  // A tick marks it done; the status menu follows.
  await field(page, 'Done', TIMETABLE).click();
  await expect(field(page, 'Done', TIMETABLE)).toBeChecked();
  await expect(page.getByRole('combobox', { name: new RegExp(`^Status of “${TIMETABLE}`) })).toHaveValue('done');
  // The toast that offers Undo does not sit over the tick just used.
  const toast = page.getByRole('status').filter({ hasText: 'Done' });
  await expect(toast).toBeVisible();
  const [tick, toastBox] = [await field(page, 'Done', TIMETABLE).boundingBox(), await toast.boundingBox()];
  const overlaps = !!tick && !!toastBox && tick.x < toastBox.x + toastBox.width && toastBox.x < tick.x + tick.width && tick.y < toastBox.y + toastBox.height && toastBox.y < tick.y + tick.height;
  expect(overlaps).toBe(false);

  // History names the person.
  await rowOf(page, TIMETABLE).getByText('Notes and history').click();
  const history = rowOf(page, TIMETABLE).getByRole('list', { name: 'Status history' });
  await expect(history.getByRole('listitem').last()).toContainText('Mara Quint: Open → Done');
  await expect(history).not.toContainText('someone');

  // The text is edited in place: click, type, Enter.
  await field(page, 'Item', OMBUDSMAN).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Appoint a joint ferry ombudsman before winter');
  await page.keyboard.press('Enter');
  await expect(field(page, 'Item', 'Appoint a joint ferry ombudsman')).toHaveValue('Appoint a joint ferry ombudsman before winter');

  // Owners: the second row is offered the owner typed on the first.
  await field(page, 'Owner', 'Appoint a joint ferry ombudsman').click();
  await page.keyboard.type('Econ counselor (Mara Quint)');
  await page.keyboard.press('Tab');
  await expect(page.locator('datalist#owners option')).toHaveAttribute('value', 'Econ counselor (Mara Quint)');
  await expect(field(page, 'Owner', TIMETABLE)).toHaveAttribute('list', 'owners');

  // Group by due week, filter by owner; Checklists opens that way again from the navigation.
  await page.getByRole('button', { name: new RegExp(`^Use the source date Q3 2031 as the due date of “${TIMETABLE}`) }).click();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Due week' });
  await expect(page.getByRole('heading', { name: 'Week of Sep 29, 2031', level: 2 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: 'Econ counselor (Mara Quint)' });
  await expect(page.getByRole('textbox', { name: /^Item of / })).toHaveCount(1);
  await app.nav('Library').click();
  await app.nav('Checklists').click();
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('week');
  await expect(page.getByRole('textbox', { name: /^Item of / })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: 'All' });

  await page.reload();
  await expect(field(page, 'Done', TIMETABLE)).toBeChecked();
  await expect(field(page, 'Item', 'Appoint a joint ferry ombudsman')).toHaveValue('Appoint a joint ferry ombudsman before winter');
  await expect(field(page, 'Owner', 'Appoint a joint ferry ombudsman')).toHaveValue('Econ counselor (Mara Quint)');
});
