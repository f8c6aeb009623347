// A long body goes into the reader in pieces, a batch per task, instead of in one block: the first
// screen appears at once, and the reader's styles let the browser skip laying out the pieces that
// are off screen (content-visibility). A body shown as plain text (too large, too deep or too slow
// to lay out as Markdown) becomes small <pre> pieces; a formatted one, a <div> per chunk of whole
// blocks. The pieces' text joined is the text exactly, so annotations anchor into it as before.
import { toFragment } from './markdown.js';
import { nextTask } from './next-task.js';

/** Characters per piece, cut after a line break or a space where one is near. */
export const PLAIN_PIECE_CHARS = 16 * 1024;
/** Characters appended per task. */
const CHARS_PER_TASK = 512 * 1024;

/** Where a piece starting at `at` ends: after a line break in the window's second half, else after a space there, else at the window's end. */
function pieceEnd(text: string, at: number, pieceChars: number): number {
  const end = Math.min(text.length, at + pieceChars);
  if (end === text.length) return end;
  const half = at + pieceChars / 2;
  const lineBreak = text.lastIndexOf('\n', end - 1);
  if (lineBreak >= half) return lineBreak + 1;
  const space = text.lastIndexOf(' ', end - 1);
  return space >= half ? space + 1 : end;
}

/**
 * The text of the stored pieces, cut again for display. Storage cuts at fixed lengths, often inside
 * a word; each <pre> is a block, so a piece ending there would break the word across two lines.
 * The pieces joined are the text exactly.
 */
export function* plainPieces(stored: Iterable<string>, pieceChars = PLAIN_PIECE_CHARS): Generator<string> {
  let carry = '';
  for (const piece of stored) {
    const text = carry + piece;
    let at = 0;
    // Whole pieces only: the rest waits for the next stored piece, which may finish its word.
    while (text.length - at > pieceChars) {
      const end = pieceEnd(text, at, pieceChars);
      yield text.slice(at, end);
      at = end;
    }
    carry = text.slice(at);
  }
  if (carry) yield carry;
}

/**
 * Replaces the element's content with the text, given in pieces (as stored: never joined here), in
 * <pre class="plain-piece"> elements. Stops (and returns false) as soon as `wanted` says the text
 * is no longer the one to show.
 */
export async function showPlainText(into: HTMLElement, pieces: readonly string[], wanted: () => boolean): Promise<boolean> {
  into.replaceChildren();
  let sinceYield = 0;
  for (const text of plainPieces(pieces)) {
    if (sinceYield >= CHARS_PER_TASK) {
      await nextTask();
      if (!wanted()) return false;
      sinceYield = 0;
    }
    const pre = into.ownerDocument.createElement('pre');
    pre.className = 'plain-piece';
    pre.textContent = text;
    into.append(pre);
    sinceYield += text.length;
  }
  return true;
}

/**
 * Replaces the element's content with sanitized HTML (never untrusted: renderMarkdownAsync's) given in chunks of whole blocks, each chunk in
 * a <div class="piece"> of its own, a few per task, so the reader can leave the pieces off screen
 * unlaid-out. A single chunk goes in as it is. Returns false if `wanted` says to stop.
 */
export async function showHtmlPieces(into: HTMLElement, chunks: readonly string[], wanted: () => boolean): Promise<boolean> {
  if (chunks.length <= 1) {
    into.replaceChildren(toFragment(chunks[0] ?? ''));
    return true;
  }
  into.replaceChildren();
  let sinceYield = 0;
  for (const chunk of chunks) {
    if (sinceYield >= CHARS_PER_TASK) {
      await nextTask();
      if (!wanted()) return false;
      sinceYield = 0;
    }
    const piece = into.ownerDocument.createElement('div');
    piece.className = 'piece';
    piece.append(toFragment(chunk));
    into.append(piece);
    sinceYield += chunk.length;
  }
  return true;
}
