// Schema v3 → v4: a brief's text moves out of its record into the bodies table, in pieces, so
// reading a list of briefs or updating one (read state, progress, tags) never reads or rewrites its
// text, and a text of many megabytes is read and written a piece per request. Pure so it can be
// tested without IndexedDB; the repositories split and join briefs with the same functions.
import type { Brief, BriefBodyPiece, BriefRecord } from '../types.js';

/** Characters per stored piece: a piece is read or written in a few milliseconds. */
export const BODY_PIECE_CHARS = 256 * 1024;

/** The text in pieces; an empty text is one empty piece, so every brief has a body. */
export function bodyPieces(id: string, markdown: string, pieceChars = BODY_PIECE_CHARS): BriefBodyPiece[] {
  const pieces: BriefBodyPiece[] = [];
  for (let at = 0, part = 0; at < markdown.length || part === 0; at += pieceChars, part++) {
    pieces.push({ id, part, text: markdown.slice(at, at + pieceChars) });
  }
  return pieces;
}

/** The texts of some pieces of one body, in part order (joined, they are the text). */
export function piecesInOrder(pieces: readonly BriefBodyPiece[]): string[] {
  return [...pieces].sort((a, b) => a.part - b.part).map((p) => p.text);
}

export function splitBrief(brief: Brief): { record: BriefRecord; pieces: BriefBodyPiece[] } {
  const { markdown, ...record } = brief;
  return { record, pieces: bodyPieces(brief.id, markdown) };
}

/** A missing body reads as empty text: never undefined where a brief is expected. */
export function joinBrief(record: BriefRecord, markdown: string | undefined): Brief {
  return { ...record, markdown: markdown ?? '' };
}

/** A v3 record (text inside) as a v4 record and its pieces; a record already without text keeps none. */
export function briefV3toV4(old: BriefRecord & { markdown?: string }): { record: BriefRecord; pieces: BriefBodyPiece[] } {
  if (typeof old.markdown === 'string') return splitBrief(old as Brief);
  const record = { ...old };
  delete record.markdown;
  return { record, pieces: [] };
}
