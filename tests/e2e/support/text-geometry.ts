// Where a phrase lies on screen, so a test can drag, double-click or triple-click over it as a
// person does. Reading geometry is all this does: it walks the text nodes of an element (inside
// Lit's open shadow roots), measures one-character ranges at the phrase's ends, and changes
// nothing in the page. The journeys' rule check allows evaluate here and nowhere else.
import type { Locator } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

export interface PhraseBox {
  /** Just inside the left edge of the first character, at mid-height. */
  first: Point;
  /** Just inside the right edge of the last character, at mid-height. */
  last: Point;
  /** The middle of the phrase's first line. */
  middle: Point;
}

export async function phraseBox(scope: Locator, phrase: string, occurrence = 0): Promise<PhraseBox> {
  const box = await scope.evaluate(
    (root, { phrase, occurrence }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        text += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) {
        at = text.indexOf(phrase, at + 1);
        if (at < 0) return null;
      }
      const charRect = (offset: number): DOMRect => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length) {
            const range = document.createRange();
            range.setStart(node, offset - seen);
            range.setEnd(node, offset - seen + 1);
            return range.getBoundingClientRect();
          }
          seen += node.data.length;
        }
        throw new Error('offset past the text');
      };
      const a = charRect(at);
      const b = charRect(at + phrase.length - 1);
      const mid = (r: DOMRect) => r.top + r.height / 2;
      return {
        first: { x: a.left + 1, y: mid(a) },
        last: { x: b.right - 1, y: mid(b) },
        middle: { x: a.top === b.top ? (a.left + b.right) / 2 : a.left + 4, y: mid(a) },
      };
    },
    { phrase, occurrence },
  );
  if (!box) throw new Error(`"${phrase}" is not in the text`);
  return box;
}
