import { test, expect, type Page } from './fixtures.js';
import type { AppPage } from './pages/app.js';
import { writeRecords } from '../bench/seed.js';
import { generateRecords } from '../bench/generate.js';

// Fictional records with words the generator never uses, so every hit is attributable.
function records() {
  const base = generateRecords(0, 2, { words: 20, notes: 1, items: 1 });
  const [a, b] = base.briefs as [(typeof base.briefs)[0], (typeof base.briefs)[0]];
  Object.assign(a, {
    title: 'Harbour talks with Minister López',
    markdown: 'The customs union was discussed at length near the Quillon lighthouse.\n\nFisheries came later.',
    topics: ['trade'],
    tags: [],
  });
  Object.assign(b, {
    title: 'Grain corridor reopens',
    markdown: 'Union leaders discussed the zeppelin schedule on Tuesday.',
    topics: ['energy'],
    tags: [],
  });
  const [note] = base.annotations;
  Object.assign(note!, { briefId: a.id, note: 'Ask about the ferry timetable for marmalade exports.' });
  const [item] = base.items;
  Object.assign(item!, { briefIds: [b.id], sources: [], status: 'open', text: 'Propose a joint working group on saffron tariffs.' });
  return { briefs: [a, b], annotations: [note!], items: [item!], a, b, note: note!, item: item! };
}

async function setUp(app: AppPage, page: Page) {
  const data = records();
  await app.open();
  await writeRecords(page, data);
  await page.reload();
  await expect(app.briefItem('Grain corridor reopens')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('cy-index-build').length > 0);
  return data;
}

const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
const group = (page: Page, name: 'Brief results' | 'Note results' | 'Checklist item results') => results(page).getByRole('list', { name });

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  await expect(results(page)).toHaveAttribute('data-query', query);
}

test('search finds briefs by title and body, notes and checklist items, grouped and highlighted', async ({ app, page }) => {
  await setUp(app, page);
  await search(page, 'zeppelin');
  await expect(group(page, 'Brief results').getByRole('link')).toHaveCount(1);
  await expect(group(page, 'Brief results').getByRole('link')).toContainText('Grain corridor reopens');
  await expect(group(page, 'Brief results').locator('mark')).toHaveText(['zeppelin']);

  await search(page, 'corridor');
  await expect(group(page, 'Brief results').locator('.title mark')).toHaveText(['corridor']);

  await search(page, 'marmalade');
  await expect(group(page, 'Note results').getByRole('link')).toContainText('Note in Harbour talks with Minister López');
  await expect(group(page, 'Brief results')).toHaveCount(0);

  await search(page, 'saffr');
  await expect(group(page, 'Checklist item results').locator('mark')).toHaveText(['saffron']);
  await expect(results(page).getByRole('heading', { name: 'Checklist items' })).toBeVisible();
  await page.screenshot({ path: 'test-results/search-results.png' });
});

test('matching ignores accents, and phrase and field queries narrow the results', async ({ app, page }) => {
  await setUp(app, page);
  await search(page, 'Lopez');
  await expect(group(page, 'Brief results').locator('.title mark')).toHaveText(['López']);

  await search(page, '"customs union"');
  await expect(group(page, 'Brief results').getByRole('link')).toHaveCount(1);
  await search(page, '"union customs"');
  await expect(results(page).getByText('Nothing matches “"union customs"”.')).toBeVisible();

  await search(page, 'title:union');
  await expect(results(page).getByText(/Nothing matches/)).toBeVisible();
  await search(page, 'title:harbour');
  await expect(group(page, 'Brief results').getByRole('link')).toContainText('Harbour talks');

  await search(page, 'union');
  await expect(group(page, 'Brief results').getByRole('link')).toHaveCount(2);
  await search(page, 'topic:energy union');
  await expect(group(page, 'Brief results').getByRole('link')).toHaveCount(1);
  await expect(group(page, 'Brief results').getByRole('link')).toContainText('Grain corridor');
});

test('opening a result goes to the match; Escape closes the results; Ctrl+K focuses the box', async ({ app, page }) => {
  const { b, a, note, item } = await setUp(app, page);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await search(page, 'zeppelin');
  await page.keyboard.press('Escape');
  await expect(results(page)).toHaveCount(0);

  await search(page, 'zeppelin');
  await page.keyboard.press('ArrowDown');
  await expect(group(page, 'Brief results').getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/brief/${b.id}\\?q=zeppelin$`));
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Grain corridor reopens');
  await expect(page.getByRole('searchbox', { name: 'Find in brief' })).toHaveValue('zeppelin');

  await search(page, 'marmalade');
  await group(page, 'Note results').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/brief/${a.id}\\?annotation=${note.id}$`));

  await search(page, 'saffron');
  await group(page, 'Checklist item results').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/checklists\\?item=${item.id}$`));
});

test('the index follows changes: a new tag is searchable and a deleted brief disappears', async ({ app, page }) => {
  await setUp(app, page);
  await app.briefItem('Harbour talks with Minister López').getByRole('checkbox').click();
  const bar = page.getByRole('toolbar', { name: 'Selected briefs' });
  await bar.getByLabel('Tag to add').fill('rapporteur');
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(async () => {
    await search(page, 'tag:rapporteur');
    await expect(group(page, 'Brief results').getByRole('link')).toContainText('Harbour talks', { timeout: 500 });
  }).toPass();

  await page.keyboard.press('Escape');
  // Still selected after tagging: move it to the Trash.
  await expect(app.briefItem('Harbour talks with Minister López').getByRole('checkbox')).toBeChecked();
  await page.getByRole('toolbar', { name: 'Selected briefs' }).getByRole('button', { name: 'Move to Trash' }).click();
  await expect(app.briefItem('Harbour talks with Minister López')).toHaveCount(0);
  await expect(async () => {
    await search(page, 'Lopez');
    await expect(results(page).getByText('Nothing matches “Lopez”.')).toBeVisible({ timeout: 500 });
  }).toPass();
  // Its note leads back to a brief in the Trash: it is gone from the results too.
  await search(page, 'marmalade');
  await expect(results(page).getByText('Nothing matches “marmalade”.')).toBeVisible();
});

test('at 1024×768 and 1440×900 the results stay inside the window', async ({ app, page }) => {
  await setUp(app, page);
  for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
    await page.setViewportSize({ width, height });
    await search(page, width === 1024 ? 'union' : 'lighthouse');
    const box = await results(page).boundingBox();
    expect(box, 'the results are shown').not.toBeNull();
    expect(box!.x, `left edge at ${width}`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `right edge at ${width}`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/search-results-${width}.png` });
  }
});
