// axe-core on the views, the import report, the book composer and the dialogs in every theme the
// user can choose in Settings, in English and in Spanish (light and dark views in English are also
// audited one by one in accessibility.spec.ts, with the export dialogs).
import { test, expect, type Page } from './fixtures.js';
import { FIXTURES, ReaderPage } from './pages/app.js';
import { audit } from './support/axe-audit.js';
import { fakeDesktopBridge } from './support/fake-desktop.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const NAMES = {
  English: {
    main: 'Main', briefs: 'Briefs', noBooks: 'No briefing books yet', library: 'Library', checklists: 'Checklists', inbox: 'Inbox', books: 'Books', settings: 'Settings',
    import: 'Import', importRegion: 'Import', close: 'Close', leave: 'Leave Chancery?', cancel: 'Cancel', selectionTools: 'Annotate selection', addNote: 'Add note', note: 'Note',
    redact: 'Redact', redactDialog: 'Redact the selection', shortcuts: 'Keyboard shortcuts', newBook: 'New book', pickerList: 'Briefs to add', add: 'Add', exportPdf: 'Export PDF…', markingField: 'Handling marking', marking: 'Handling marking for your PDFs',
  },
  Español: {
    main: 'Principal', briefs: 'Fichas', noBooks: 'Todavía no hay carpetas informativas', library: 'Biblioteca', checklists: 'Listas de seguimiento', inbox: 'Bandeja', books: 'Carpetas', settings: 'Configuración',
    import: 'Importar', importRegion: 'Importación', close: 'Cerrar', leave: '¿Salir de Chancery?', cancel: 'Cancelar', selectionTools: 'Anotar la selección', addNote: 'Añadir nota', note: 'Nota',
    redact: 'Suprimir', redactDialog: 'Suprimir la selección', shortcuts: 'Atajos de teclado', newBook: 'Nueva carpeta', pickerList: 'Fichas para añadir', add: 'Añadir', exportPdf: 'Exportar PDF…', markingField: 'Marca de manejo', marking: 'Marca de manejo de sus PDF',
  },
} as const;
const THEMES = { light: 'Light', dark: 'Dark', sepia: 'Sepia', contrast: 'High contrast' } as const;

/** The user's own choices, made in Settings as a user makes them; the names the window now uses. */
async function choose(page: Page, theme: keyof typeof THEMES, language: keyof typeof NAMES): Promise<(typeof NAMES)[keyof typeof NAMES]> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: THEMES[theme] });
  await page.getByLabel('Language', { exact: true }).selectOption({ label: language });
  await expect(page.getByRole('heading', { name: NAMES[language].settings, level: 1 })).toBeVisible();
  return NAMES[language];
}

/** A view's button in the main navigation. The Inbox button's name also says how many suggestions wait. */
function navIn(page: Page, language: keyof typeof NAMES) {
  return (name: string) => page.getByRole('navigation', { name: NAMES[language].main }).getByRole('button', { name: new RegExp(`^${name}\\b`) });
}

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

    const names = await choose(page, theme, language);
    await audit(page, `settings (${theme}, ${language})`);
    const nav = navIn(page, language);
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

for (const [theme, language] of [['light', 'English'], ['dark', 'English'], ...COMBINATIONS] as const) {
  test(`${theme} theme in ${language}: the import report, the book composer and the dialogs have no axe violations`, async ({ app, page }) => {
    test.slow();
    // The export asks its first question before the desktop is involved; the stand-in keeps it here.
    await page.addInitScript(fakeDesktopBridge);
    await app.open();
    const names = await choose(page, theme, language);
    const nav = navIn(page, language);
    const where = `(${theme}, ${language})`;

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: names.import, exact: true }).click();
    // A report with a failure stays until it is closed (a clean one tidies itself away), and shows
    // both outcomes' colours.
    const empty = { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) };
    const markdown = (f: string) => ({ name: path.basename(f), mimeType: 'text/markdown', buffer: readFileSync(path.resolve(FIXTURES, f)) });
    await (await chooser).setFiles([markdown('e2e/port-authority-talks.md'), markdown('e2e/outbound-links.md'), empty]);
    const report = page.getByRole('region', { name: names.importRegion });
    await expect(report.getByRole('heading')).toContainText(/\b2\b/);
    await audit(page, `import report ${where}`, ['cy-app-root', 'cy-import-panel']);
    await report.getByRole('button', { name: names.close }).click();

    await nav(names.library).click();
    await page.getByRole('link', { name: /Lighthouse Levy Reading List/ }).click();
    const reader = new ReaderPage(page, names.selectionTools);
    await reader.body().getByRole('link', { name: 'annual levy schedule' }).click();
    const leave = page.getByRole('dialog', { name: names.leave });
    await expect(leave).toBeVisible();
    await audit(page, `link dialog ${where}`, ['cy-app-root', 'cy-link-dialog']);
    await leave.getByRole('button', { name: names.cancel }).click();

    await reader.select('expects the schedule to stand');
    await reader.selectionToolbar().getByRole('button', { name: names.addNote }).click();
    const note = page.getByRole('dialog', { name: names.note });
    await expect(note).toBeVisible();
    await audit(page, `note dialog ${where}`, ['cy-app-root', 'cy-brief-reader', 'cy-note-dialog']);
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();

    await reader.select('review of coastal lights');
    await reader.selectionToolbar().getByRole('button', { name: names.redact }).click();
    const redact = page.getByRole('dialog', { name: names.redactDialog });
    await expect(redact).toBeVisible();
    await audit(page, `redaction dialog ${where}`, ['cy-app-root', 'cy-brief-reader', 'cy-redaction-dialog']);
    await page.keyboard.press('Escape');
    await expect(redact).toBeHidden();

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: names.shortcuts })).toBeVisible();
    await audit(page, `shortcuts dialog ${where}`, ['cy-app-root', 'cy-shortcuts-dialog']);
    await page.keyboard.press('Escape');

    await nav(names.books).click();
    await page.getByRole('button', { name: names.newBook }).click();
    await page.getByRole('list', { name: names.pickerList }).getByRole('button', { name: new RegExp(`^${names.add} Port Authority Talks`) }).click();
    await expect(page.getByRole('button', { name: names.exportPdf })).toBeVisible();
    await audit(page, `book composer ${where}`);

    // A book without a marking of its own makes the first export ask which default to use.
    const field = page.getByRole('combobox', { name: names.markingField, exact: true });
    await field.fill('');
    await field.press('Tab');
    await page.getByRole('button', { name: names.exportPdf }).click();
    const marking = page.getByRole('dialog', { name: names.marking });
    await expect(marking).toBeVisible();
    await audit(page, `first-export marking question ${where}`, 'cy-marking-dialog');
  });
}
