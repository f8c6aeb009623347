// Page object for the Chancery window: what a user sees and does, by role and name.
import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');

export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = '#/library'): Promise<void> {
    await this.page.goto(`./${hash}`);
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }

  nav(name: 'Library' | 'Checklists' | 'Books'): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
  }

  /** Imports files through the Import button's file chooser and waits for the batch report. */
  async importFiles(...files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(files.map((f) => path.resolve(FIXTURES, f)));
    await expect(this.page.getByRole('region', { name: 'Import' }).getByRole('heading')).toContainText('Import finished');
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
}

/** The reader of an open brief. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  body(): Locator {
    return this.page.locator('cy-brief-reader .body');
  }

  sidebar(): Locator {
    return this.page.getByRole('list', { name: 'Annotations in reading order' });
  }

  /** Selects the first occurrence of `quote` in the brief body, as a user dragging over it would. */
  async select(quote: string, occurrence = 0): Promise<void> {
    // The body is filled asynchronously (large ones are parsed in a worker): wait for the text.
    await expect(this.body()).toContainText(quote);
    const found = await this.page.evaluate(
      ({ quote, occurrence }) => {
        const reader = document.querySelector('cy-app-root')?.shadowRoot?.querySelector('cy-brief-reader');
        const body = reader?.shadowRoot?.querySelector('.body');
        if (!body) return false;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n as Text);
          text += (n as Text).data;
        }
        let at = -1;
        for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
        if (at < 0) return false;
        const locate = (offset: number): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            if (offset <= seen + node.data.length) return [node, offset - seen];
            seen += node.data.length;
          }
          throw new Error('offset out of range');
        };
        const [startNode, startOffset] = locate(at);
        const [endNode, endOffset] = locate(at + quote.length);
        document.getSelection()?.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
        return true;
      },
      { quote, occurrence },
    );
    if (!found) throw new Error(`"${quote}" is not in the brief`);
  }

  async highlight(quote: string, colour: 'Yellow' | 'Green' | 'Blue' | 'Pink' = 'Yellow'): Promise<void> {
    await this.select(quote);
    await this.page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: `Highlight in ${colour}` }).click();
  }

  marks(): Locator {
    return this.body().locator('mark.cy-hl');
  }
}
