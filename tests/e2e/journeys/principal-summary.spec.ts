// Journey: a chief of staff prepares the one-page summary for the principal. Items are accepted in
// the inbox and given an owner, a due date and a blocked status in Checklists; a note is written by
// selecting text with the mouse and ticked "For the principal". The book's print view then opens
// on a summary after the cover, with its own contents entry, in the book's language; turning the
// option off takes it out.
import { test, expect, type Page } from '../fixtures.js';
import { AppPage, ReaderPage } from '../pages/app.js';

const LOCK = 'Tidewater Lock Upgrade Wins a Funding Deal';
const FERRY = 'Coastal Ferry Compact';
const SIGN = 'Sign the cost-sharing memorandum at the March meeting.';
const ENGINEER = 'Appoint a single engineer to supervise both gate contracts.';
const CALENDAR = 'Publish the closure calendar for shipping firms a month in advance.';
const FOR_PRINCIPAL = 'Raise the maintenance fund with the finance minister.';
const PRIVATE = 'Check the flood dates with the harbour master.';

const field = (page: Page, name: 'Done' | 'Owner' | 'Due' | 'Status', item: string) =>
  page.getByRole(name === 'Done' ? 'checkbox' : name === 'Status' ? 'combobox' : name === 'Owner' ? 'combobox' : 'textbox', { name: new RegExp(`^${name} of “${item.slice(0, 20)}`) });

test('the summary for the principal lists the briefs, what is still owed and the notes marked for them', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  const reader = new ReaderPage(page);
  await app.open();
  await app.importFiles('journeys/tidewater-lock-funding.md', 'journeys/coastal-ferry-compact.md');
  await app.closeImportReport();

  // Three suggestions from the lock brief are accepted by mouse in the inbox.
  await app.nav('Inbox').click();
  for (const text of [SIGN, ENGINEER, CALENDAR]) {
    await page.getByRole('button', { name: `Accept “${text.slice(0, 50)}”` }).click();
    await expect(page.getByRole('listitem', { name: text, exact: true })).toHaveCount(0);
  }

  // In Checklists: an owner and a due date for one, blocked for another, the third done.
  await app.nav('Checklists').click();
  const name = page.getByLabel('Your name, so the history says who changed what:');
  await name.fill('Mara Quint');
  await page.keyboard.press('Enter');
  await expect(name).toHaveCount(0);
  await field(page, 'Owner', SIGN).click();
  await page.keyboard.type('Deputy chief of mission');
  await page.keyboard.press('Tab');
  await field(page, 'Due', SIGN).click();
  await page.keyboard.type('March 20, 2031');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Due', SIGN)).toHaveValue('2031-03-20');
  await field(page, 'Status', ENGINEER).selectOption({ label: 'Blocked' });
  await expect(field(page, 'Status', ENGINEER)).toHaveValue('blocked');
  await field(page, 'Done', CALENDAR).click();
  await expect(field(page, 'Done', CALENDAR)).toBeChecked();

  // Two notes by mouse selection; only one is ticked for the principal.
  await app.nav('Library').click();
  await app.briefItem(LOCK).getByRole('link').click();
  const dialog = page.getByRole('dialog', { name: 'Note' });
  await reader.select('ask for a maintenance fund');
  await reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click();
  await dialog.getByLabel('Note (Markdown)').fill(FOR_PRINCIPAL);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await reader.select('failed three times since the spring floods');
  await reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click();
  await dialog.getByLabel('Note (Markdown)').fill(PRIVATE);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const marked = reader.sidebar().getByRole('listitem').filter({ hasText: FOR_PRINCIPAL }).getByRole('checkbox', { name: 'For the principal' });
  await expect(marked).not.toBeChecked();
  // By keyboard: focus the tick box and press Space, as a keyboard user does.
  await marked.focus();
  await page.keyboard.press('Space');
  await expect(marked).toBeChecked();
  await page.reload();
  await expect(marked).toBeChecked();
  await expect(reader.sidebar().getByRole('listitem').filter({ hasText: PRIVATE }).getByRole('checkbox', { name: 'For the principal' })).not.toBeChecked();

  // A book of both briefs.
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Estuary Visit');
  await expect(page.getByRole('heading', { name: 'Estuary Visit' })).toBeVisible();
  const picker = page.getByRole('list', { name: 'Briefs to add' });
  for (const brief of [LOCK, FERRY]) await picker.getByRole('button', { name: new RegExp(`^Add ${brief}`) }).click();
  await expect(page.getByRole('list', { name: 'Book contents' }).getByRole('listitem')).toHaveCount(2);
  const option = page.getByRole('checkbox', { name: 'Include summary for the principal' });
  await expect(option).toBeChecked();

  // The print view: the summary comes right after the cover, before the contents.
  await page.getByRole('link', { name: 'Print preview' }).click();
  const summary = page.getByRole('region', { name: 'Summary for the principal' });
  await expect(summary).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Summary for the principal');
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText('Contents');
  await expect(summary.getByRole('heading', { level: 3 })).toHaveText(['The briefs in this book', 'Open and blocked items', 'Notes for the principal']);

  // Each brief in one line, in book order, with what it is about.
  const briefLines = summary.getByRole('list').first().getByRole('listitem');
  await expect(briefLines).toHaveCount(2);
  await expect(briefLines.first()).toContainText(`${LOCK} — The two river authorities agreed to share`);
  await expect(briefLines.nth(1)).toContainText(FERRY);

  // Blocked first, then open with owner and due date; the done item is left out.
  const rows = summary.getByRole('row');
  await expect(rows.filter({ hasText: ENGINEER })).toContainText(/Blocked\s*Unassigned\s*No date/);
  await expect(rows.filter({ hasText: SIGN })).toContainText(/Open\s*Deputy chief of mission\s*Mar 20, 2031/);
  await expect(rows.nth(1)).toContainText(ENGINEER);
  await expect(summary).not.toContainText(CALENDAR);

  // Only the note ticked for the principal, with the words it is about (quoted by the <q> element).
  // A note names its brief in short: the full title is in the list of briefs above.
  await expect(summary).toContainText(`ask for a maintenance fund — ${FOR_PRINCIPAL} (Tidewater Lock Upgrade Wins a Funding…)`);
  await expect(summary).not.toContainText(PRIVATE);

  // Its own contents entry leads the contents.
  const contentsLinks = page.locator('cy-print-book').getByRole('link');
  await expect(contentsLinks.first()).toHaveText(/^Summary for the principal/);
  await expect(contentsLinks.nth(1)).toHaveText(new RegExp(`^${LOCK}`));

  // In a Spanish book the summary is printed in Spanish.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('combobox', { name: 'Book language' }).selectOption('es');
  await page.getByRole('link', { name: 'Print preview' }).click();
  const resumen = page.getByRole('region', { name: 'Resumen para el titular' });
  await expect(resumen.getByRole('heading', { level: 3 })).toHaveText(['Las fichas de esta carpeta', 'Tareas abiertas y bloqueadas', 'Notas para el titular']);
  await expect(resumen.getByRole('row').filter({ hasText: ENGINEER })).toContainText(/Bloqueada?\s*Sin asignar\s*Sin fecha/);

  // Turned off in the composer, it is gone from the print view and its contents.
  await page.getByRole('button', { name: 'Back' }).click();
  await option.click();
  await expect(option).not.toBeChecked();
  await page.getByRole('link', { name: 'Print preview' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Contenido');
  await expect(page.getByRole('region', { name: 'Resumen para el titular' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Resumen para el titular/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: LOCK, level: 2 })).toBeVisible();
});
