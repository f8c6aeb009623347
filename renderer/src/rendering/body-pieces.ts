// A long body goes into the reader in pieces, a batch per task, instead of in one block: the first
// screen appears at once, and the reader's styles let the browser skip laying out the pieces that
// are off screen (content-visibility). A body shown as plain text (too large, too deep or too slow
// to lay out as Markdown) becomes small <pre> pieces; a formatted one, a <div> per chunk of whole
// blocks. The pieces' text joined is the text exactly, so annotations anchor into it as before.
import { toFragment } from './markdown.js';
import { nextTask } from './next-task.js';

/** Characters per piece, cut after a line break where one is near. */
export const PLAIN_PIECE_CHARS = 16 * 1024;
/** Characters appended per task. */
const CHARS_PER_TASK = 512 * 1024;

/** Where each piece of the text ends: after the last line break of a piece-sized window, if any. */
export function plainPieceEnds(text: string, pieceChars = PLAIN_PIECE_CHARS): number[] {
  const ends: number[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + pieceChars);
    if (end < text.length) {
      const lineBreak = text.lastIndexOf('\n', end - 1);
      if (lineBreak >= at + pieceChars / 2) end = lineBreak + 1;
    }
    ends.push(end);
    at = end;
  }
  return ends;
}

/**
 * Replaces the element's content with the text, given in pieces (as stored: never joined here), in
 * <pre class="plain-piece"> elements. Stops (and returns false) as soon as `wanted` says the text
 * is no longer the one to show.
 */
export async function showPlainText(into: HTMLElement, pieces: readonly string[], wanted: () => boolean): Promise<boolean> {
  into.replaceChildren();
  let sinceYield = 0;
  for (const text of pieces) {
    let at = 0;
    for (const end of plainPieceEnds(text)) {
      if (sinceYield >= CHARS_PER_TASK) {
        await nextTask();
        if (!wanted()) return false;
        sinceYield = 0;
      }
      const pre = into.ownerDocument.createElement('pre');
      pre.className = 'plain-piece';
      pre.textContent = text.slice(at, end);
      into.append(pre);
      sinceYield += end - at;
      at = end;
    }
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
