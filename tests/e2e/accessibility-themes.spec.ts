// axe-core on the main views in every theme the user can choose in Settings, in English and in
// Spanish (light and dark in English are audited view by view in accessibility.spec.ts).
import { test, expect } from './fixtures.js';
import { ReaderPage } from './pages/app.js';
import { audit } from './support/axe-audit.js';

const NAMES = {
  English: { main: 'Main', briefs: 'Briefs', noBooks: 'No briefing books yet', library: 'Library', checklists: 'Checklists', inbox: 'Inbox', books: 'Books', settings: 'Settings' },
  Español: { main: 'Principal', briefs: 'Fichas', noBooks: 'Todavía no hay carpetas informativas', library: 'Biblioteca', checklists: 'Listas de seguimiento', inbox: 'Bandeja', books: 'Carpetas', settings: 'Configuración' },
} as const;
const THEMES = { light: 'Light', dark: 'Dark', sepia: 'Sepia', contrast: 'High contrast' } as const;

const COMBINATIONS: Array<[keyof typeof THEMES, keyof typeof NAMES]> = [
  ['sepia', 'English'],
  ['contrast', 'English'],
  ['light', 'Español'],
  ['dark', 'Español'],
  ['sepia', 'Español'],
  ['contrast', 'Español'],
];

for (const [theme, language] of COMBINATIONS) {
  test(`${theme} theme in ${language}: library, reader, checklists, inbox, books and settings have no axe violations`, async ({ app, page }) => {
    test.slow();
    await app.open();
    await app.importFiles('e2e/port-authority-talks.md', 'e2e/north-gate-follow-up.md');
    await app.closeImportReport();
    await app.nav('Library').click();
    await app.briefItem(/Port Authority Talks/).getByRole('link').click();
    const reader = new ReaderPage(page);
    await reader.highlight('share customs inspection data', 'Blue');
    await reader.highlight('ending a year of queues', 'Pink');
    await page.getByRole('button', { name: /^Accept “Both port authorities/ }).click();

    // The user's own choices, made in Settings as a user makes them.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: THEMES[theme] });
    await page.getByLabel('Language', { exact: true }).selectOption({ label: language });
    const names = NAMES[language];
    await expect(page.getByRole('heading', { name: names.settings, level: 1 })).toBeVisible();
    await audit(page, `settings (${theme}, ${language})`);

    // The Inbox button's name also says how many suggestions wait ("Inbox: 4 suggestions to review").
    const nav = (name: string) => page.getByRole('navigation', { name: names.main }).getByRole('button', { name: new RegExp(`^${name}\\b`) });
    await nav(names.library).click();
    await expect(page.getByRole('list', { name: names.briefs }).getByRole('listitem')).toHaveCount(2);
    await audit(page, `library (${theme}, ${language})`);

    await page.getByRole('link', { name: /Port Authority Talks/ }).click();
    // Two highlights and the accepted item's tracked sentence.
    await expect(reader.marks()).toHaveCount(3);
    await audit(page, `reader (${theme}, ${language})`);

    await nav(names.checklists).click();
    await expect(page.getByRole('heading', { name: names.checklists, exact: true })).toBeVisible();
    await audit(page, `checklists (${theme}, ${language})`);

    await nav(names.inbox).click();
    await expect(page.getByRole('heading', { name: names.inbox, level: 1 })).toBeVisible();
    await audit(page, `inbox (${theme}, ${language})`);

    await nav(names.books).click();
    await expect(page.getByRole('heading', { name: names.noBooks })).toBeVisible();
    await audit(page, `books (${theme}, ${language})`);
  });
}
