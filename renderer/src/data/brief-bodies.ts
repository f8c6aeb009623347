// Briefs are stored in two tables since schema v4: the record (everything a list or an update
// needs) and its body, the text in pieces. Each piece is read and written by a request of its own,
// so a text of many megabytes never holds the page in one task; these functions join and split.
import { Dexie } from 'dexie';
import type { Brief, BriefBodyPiece, BriefRecord } from '../domain/types.js';
import { BODY_PIECE_CHARS, bodyPieces, joinBrief, piecesInOrder, splitBrief } from '../domain/migrations/v4.js';
import type { AppDB } from './db.js';

const piecesOf = (database: AppDB, id: string) => database.bodies.where('[id+part]').between([id, Dexie.minKey], [id, Dexie.maxKey]);

/** A brief's text in its stored pieces, in order, or undefined when it has none. Run inside a
 *  transaction over bodies when the pieces must agree. */
export async function readBodyPieces(database: AppDB, id: string): Promise<string[] | undefined> {
  const keys = await piecesOf(database, id).primaryKeys();
  if (!keys.length) return undefined;
  // One request per piece: each piece's value is read in a task of its own.
  const pieces = await database.bodies.bulkGet(keys);
  return piecesInOrder(pieces.filter((p) => p !== undefined));
}

/** A brief's text, or undefined when it has none. */
export async function readBody(database: AppDB, id: string): Promise<string | undefined> {
  return (await readBodyPieces(database, id))?.join('');
}

/** Writes pieces in batches of about a piece's size, each after the last: one bulk write of a
 *  long text would copy all of it in one task. */
async function writePieces(database: AppDB, pieces: readonly BriefBodyPiece[]): Promise<void> {
  let batch: BriefBodyPiece[] = [];
  let chars = 0;
  for (const piece of pieces) {
    batch.push(piece);
    chars += piece.text.length;
    if (chars < BODY_PIECE_CHARS) continue;
    await database.bodies.bulkPut(batch);
    batch = [];
    chars = 0;
  }
  if (batch.length) await database.bodies.bulkPut(batch);
}

/** Replaces a brief's text. Must run inside a 'rw' transaction over bodies. */
export async function writeBody(database: AppDB, id: string, markdown: string): Promise<void> {
  await piecesOf(database, id).delete();
  await writePieces(database, bodyPieces(id, markdown));
}

/** Whole briefs for some records, in the same order. Reads only the bodies of those records. */
export async function withBodies(database: AppDB, records: readonly BriefRecord[]): Promise<Brief[]> {
  const bodies = await Promise.all(records.map((r) => readBody(database, r.id)));
  return records.map((record, i) => joinBrief(record, bodies[i]));
}

/** Whole briefs by id, in that order; ids without a record are skipped. Run inside a transaction
 *  over briefs and bodies when the two reads must agree. */
export async function readBriefs(database: AppDB, ids: readonly string[]): Promise<Brief[]> {
  const records = (await database.briefs.bulkGet([...ids])).filter((r): r is BriefRecord => r !== undefined);
  return withBodies(database, records);
}

/** Writes whole briefs (record and text), replacing any with the same ids. Must run inside a 'rw'
 *  transaction over briefs and bodies. */
export async function putBriefs(database: AppDB, briefs: readonly Brief[]): Promise<void> {
  const parts = briefs.map(splitBrief);
  await Promise.all(briefs.map((b) => piecesOf(database, b.id).delete()));
  await writePieces(database, parts.flatMap((p) => p.pieces));
  await database.briefs.bulkPut(parts.map((p) => p.record));
}

/** Deletes briefs' records and texts. Must run inside a 'rw' transaction over briefs and bodies. */
export async function deleteBriefs(database: AppDB, ids: readonly string[]): Promise<void> {
  await database.briefs.bulkDelete([...ids]);
  await Promise.all(ids.map((id) => piecesOf(database, id).delete()));
}
