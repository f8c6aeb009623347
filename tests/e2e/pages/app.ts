// Page object for the Chancery window: what a user sees and does, by role and name.
import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { phraseBox, type PhraseBox } from '../support/text-geometry.js';

export const FIXTURES = path.resolve('tests/fixtures');

export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = '#/library'): Promise<void> {
    await this.page.goto(`./${hash}`);
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }

  nav(name: 'Library' | 'Inbox' | 'Checklists' | 'Books'): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
  }

  /** Imports files through the Import button's file chooser and waits for the batch report. */
  async importFiles(...files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(files.map((f) => path.resolve(FIXTURES, f)));
    await expect(this.page.getByRole('region', { name: 'Import' }).getByRole('heading')).toContainText('Import finished');
  }

  /** Closes the import report, as a reader does before reading: it covers the foot of the window. */
  async closeImportReport(): Promise<void> {
    await this.page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  }

  /** Imports one file, closes the report and opens the brief from the library, all by mouse. */
  async importAndOpen(file: string, title: RegExp): Promise<void> {
    await this.open();
    await this.importFiles(file);
    // Said first, so a failed import reads as one rather than as a brief missing from the list.
    await expect(this.page.getByRole('region', { name: 'Import' }).getByRole('heading')).toContainText('1 imported');
    // One new brief opens by itself; wait for that before going back to the library, as a user would.
    await expect(this.page).toHaveURL(/#\/brief\//);
    await this.closeImportReport();
    await this.nav('Library').click();
    await this.briefItem(title).getByRole('link').click();
  }

  briefList(): Locator {
    return this.page.getByRole('list', { name: 'Briefs' });
  }

  briefItem(title: string | RegExp): Locator {
    return this.briefList().getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  article(): Locator {
    return this.page.getByRole('article');
  }

  /** The first export's question: which handling marking PDFs carry by default. */
  markingQuestion(): Locator {
    return this.page.getByRole('dialog', { name: 'Handling marking for your PDFs' });
  }

  /**
   * Answers the marking question as a user does on their first export: picks a choice by its
   * label ('No marking', a preset) and confirms. The export then goes on.
   */
  async answerMarkingQuestion(choice = 'No marking'): Promise<void> {
    const dialog = this.markingQuestion();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: choice, exact: true }).check();
    await dialog.getByRole('button', { name: 'Use and export' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Clicks the labelled field and types into it, as a person does. */
  async typeInto(label: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).click();
    await this.page.keyboard.type(text);
  }

  /** Settings › Protection › Turn on, by mouse and keyboard, until the library says it is protected. */
  async protectLibrary(passphrase: string): Promise<void> {
    const { page } = this;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Protection' });
    await expect(section).toContainText('stored unprotected');
    await section.getByRole('button', { name: 'Turn on protection…' }).click();
    await expect(section.getByRole('note')).toContainText('cannot be opened again');
    await this.typeInto('New passphrase', passphrase.slice(0, 5));
    await expect(section.getByText('Too short: at least 10 characters.')).toBeVisible();
    await page.keyboard.type(passphrase.slice(5));
    await this.typeInto('Repeat the passphrase', passphrase);
    await section.getByRole('button', { name: 'Protect the library' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The library is protected.' })).toBeVisible({ timeout: 30_000 });
    await expect(section).toContainText('protected with a passphrase');
  }

  /** The lock screen of a protected library. */
  lockScreen(): Locator {
    return this.page.getByRole('dialog', { name: 'Chancery is locked' });
  }
}

/** The reader of an open brief. */
export class ReaderPage {
  /** `toolbarName` is the selection toolbar's name in the window's language. */
  constructor(readonly page: Page, private readonly toolbarName = 'Annotate selection') {}

  body(): Locator {
    return this.page.locator('cy-brief-reader .body');
  }

  sidebar(): Locator {
    return this.page.getByRole('list', { name: 'Annotations in reading order' });
  }

  /** Chooses one of the brief's actions (exports, Delete) from the toolbar's "More actions" menu. */
  async briefAction(name: string): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Reader tools' }).getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name }).click();
  }

  /**
   * Selects `quote` in the brief body by dragging the mouse over it, as a user does: from its
   * first character to its last, or from the last back to the first.
   */
  async select(quote: string, options: { occurrence?: number; backwards?: boolean } = {}): Promise<void> {
    // The body is filled asynchronously (large ones are parsed in a worker): wait for the text.
    await expect(this.body()).toContainText(quote);
    const box = await this.phraseInView(quote, options.occurrence ?? 0);
    const [from, to] = options.backwards ? [box.last, box.first] : [box.first, box.last];
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
    await expect(this.selectionToolbar()).toBeVisible();
  }

  /** Drags from the first character of `from` to the last character of `through`, across blocks. */
  async selectAcross(from: string, through: string): Promise<void> {
    await expect(this.body()).toContainText(through);
    const start = await this.phraseInView(from);
    const end = await this.settledBox(through, 0);
    await this.page.mouse.move(start.first.x, start.first.y);
    await this.page.mouse.down();
    await this.page.mouse.move(end.last.x, end.last.y, { steps: 12 });
    await this.page.mouse.up();
    await expect(this.selectionToolbar()).toBeVisible();
  }

  /** Double-clicks a word in the body, which selects it. */
  async doubleClickWord(word: string): Promise<void> {
    await expect(this.body()).toContainText(word);
    const box = await this.phraseInView(word);
    await this.page.mouse.dblclick(box.middle.x, box.middle.y);
    await expect(this.selectionToolbar()).toBeVisible();
  }

  /** Triple-clicks inside a paragraph, which selects all of it. */
  async tripleClick(phrase: string): Promise<void> {
    await expect(this.body()).toContainText(phrase);
    const box = await this.phraseInView(phrase);
    await this.page.mouse.click(box.middle.x, box.middle.y, { clickCount: 3 });
    await expect(this.selectionToolbar()).toBeVisible();
  }

  /** Scrolls with the mouse wheel, as a reader would, until the phrase is on screen. */
  private async phraseInView(phrase: string, occurrence = 0): Promise<PhraseBox> {
    const height = this.page.viewportSize()?.height ?? 720;
    for (let tries = 0; ; tries++) {
      const box = await this.settledBox(phrase, occurrence);
      const top = Math.min(box.first.y, box.last.y);
      const bottom = Math.max(box.first.y, box.last.y);
      // Aim for the upper part of the window, clear of panels and toasts along the bottom.
      if ((top > 70 && bottom < height * 0.6) || tries === 6) return box;
      const body = await this.body().boundingBox();
      await this.page.mouse.move((body?.x ?? 400) + 20, height / 2);
      await this.page.mouse.wheel(0, top - height / 3);
    }
  }

  /**
   * Where the phrase is once the page holds still: smooth scrolling, highlights being painted and
   * the sidebar growing all move text, and a drag aimed at a moving target selects the wrong words.
   */
  private async settledBox(phrase: string, occurrence: number): Promise<PhraseBox> {
    let last = await phraseBox(this.body(), phrase, occurrence);
    for (let round = 0; round < 20; round++) {
      await this.page.waitForTimeout(100);
      const next = await phraseBox(this.body(), phrase, occurrence);
      if (JSON.stringify(next) === JSON.stringify(last)) return next;
      last = next;
    }
    return last;
  }

  selectionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: this.toolbarName });
  }

  async highlight(quote: string, colour: 'Yellow' | 'Green' | 'Blue' | 'Pink' = 'Yellow'): Promise<void> {
    await this.select(quote);
    await this.page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: `Highlight in ${colour}` }).click();
  }

  marks(): Locator {
    return this.body().locator('mark.cy-hl');
  }
}
