// Journey: a chief of staff imports two briefs with the file chooser, then works through every
// suggestion in the library's inbox by keyboard alone: moves with J and K, accepts, edits,
// dismisses with a reason, undoes, and merges the same recommendation made by both briefs.
import { test, expect, type Page } from '../fixtures.js';
import { AppPage } from '../pages/app.js';

const PERMITS = 'Issue electronic export permits for every barge leaving Dunmore.';
const SILOS = 'The two grain boards should share daily silo stock figures during the harvest.';
const TRAIN = 'Train forty inspectors in the joint sampling method before September.';
const QUAY = 'Open the second loading quay at Dunmore — Port authority';
const MEMO_SILOS = 'Share daily silo stock figures between the two grain boards throughout the harvest.';

const suggestion = (page: Page, text: string) => page.getByRole('listitem', { name: text, exact: true });
const current = (page: Page) => page.locator('cy-inbox-view li[aria-current="true"]');

/** Presses J (or K) until `text` is the current suggestion, as a person scanning the queue would. */
async function moveTo(page: Page, text: string, key: 'j' | 'k'): Promise<void> {
  for (let n = 0; n < 10 && (await current(page).getAttribute('aria-label')) !== text; n++) await page.keyboard.press(key);
  await expect(current(page)).toHaveAccessibleName(text);
  await expect(suggestion(page, text)).toBeFocused();
}

test('the inbox is triaged by keyboard alone: move, accept, edit, dismiss with a reason, undo, merge', async ({ page }) => {
  test.slow();
  const app = new AppPage(page);
  await app.open();
  await app.importFiles('journeys/grain-corridor-talks.md', 'journeys/grain-board-memo.md');
  await app.closeImportReport();

  // The navigation counts what awaits review: five from the talks, two from the memo.
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 7 suggestions to review');
  await app.nav('Inbox').click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();

  // Grouped by brief; in each, the passages' order, each with why it was suggested and its context.
  const talks = page.getByRole('list', { name: 'Suggestions from Grain Corridor Talks Agree a Harvest Plan' });
  await expect(talks.getByRole('listitem')).toHaveCount(5);
  await expect(talks.getByRole('listitem').first()).toHaveAccessibleName(PERMITS);
  await expect(suggestion(page, PERMITS)).toContainText('They listed the following steps:');
  await expect(suggestion(page, PERMITS)).toContainText('Suggested because: recommendations section');
  await expect(suggestion(page, QUAY)).toContainText('Suggested because: schedule row · source: Q3 2031');

  // J and K move through the queue.
  const first = await current(page).getAttribute('aria-label');
  await page.keyboard.press('j');
  await expect(current(page)).not.toHaveAccessibleName(first ?? '');
  await page.keyboard.press('k');
  await expect(current(page)).toHaveAccessibleName(first ?? '');

  // Go to the permits item and accept it: it leaves the inbox for Checklists.
  await moveTo(page, PERMITS, 'j');
  await page.keyboard.press('a');
  await expect(suggestion(page, PERMITS)).toHaveCount(0);
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 6 suggestions to review');

  // The next one takes its place; E edits it in place, Enter saves.
  await expect(current(page)).toHaveAccessibleName(SILOS);
  await page.keyboard.press('j');
  await expect(current(page)).toHaveAccessibleName(TRAIN);
  await page.keyboard.press('e');
  const text = page.getByRole('textbox', { name: 'Item text' });
  await expect(text).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Train forty inspectors in joint sampling by the end of August.');
  await page.keyboard.press('Enter');
  await expect(suggestion(page, 'Train forty inspectors in joint sampling by the end of August.')).toBeVisible();

  // D asks why (optional); Enter dismisses. U brings it back.
  await page.keyboard.press('d');
  await expect(page.getByRole('textbox', { name: 'Why dismiss it? (optional)' })).toBeFocused();
  await page.keyboard.type('The academy already runs this course');
  await page.keyboard.press('Enter');
  await expect(suggestion(page, 'Train forty inspectors in joint sampling by the end of August.')).toHaveCount(0);
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 5 suggestions to review');
  await page.keyboard.press('u');
  await expect(suggestion(page, 'Train forty inspectors in joint sampling by the end of August.')).toBeVisible();
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 6 suggestions to review');

  // The same recommendation from both briefs is flagged; M merges it into the one the user is on.
  await moveTo(page, SILOS, 'k');
  await expect(suggestion(page, SILOS)).toContainText('Similar to a suggestion from Memo on the Veyport Grain Board');
  await page.keyboard.press('m');
  await expect(suggestion(page, MEMO_SILOS)).toHaveCount(0);
  await expect(suggestion(page, SILOS)).toBeVisible();
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 5 suggestions to review');

  // Ctrl+Z takes the merge back, too.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(suggestion(page, MEMO_SILOS)).toBeVisible();
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 6 suggestions to review');

  // Accepted work is tracked; a reload keeps every decision.
  await page.reload();
  await expect(app.nav('Inbox')).toHaveAccessibleName('Inbox: 6 suggestions to review');
  await app.nav('Checklists').click();
  await expect(page.getByRole('textbox', { name: new RegExp(`^Item of “${PERMITS.slice(0, 30)}`) })).toHaveValue(PERMITS);
});
