// The search index as stored in IndexedDB: a stamp, the two word lists, and the documents in parts
// small enough for one request each. Reading it back checks that every part is there and fits, so
// a damaged or outdated index is rebuilt rather than trusted.
import { SCHEMA_VERSION } from '../domain/schema-version.js';
import type { SourceState, StoredIndexPart } from '../data/search-index-store.js';
import type { IndexSnapshot, SearchDoc } from './search-index.js';
import type { PackedWords } from './word-index.js';

/** Raised when what the index records, or how, changes: an index stored in another format is rebuilt. */
export const INDEX_FORMAT = 1;
/** Documents per stored part. */
const DOCS_PER_PART = 1000;

export interface IndexStamp {
  format: number;
  /** The library's schema version: an upgrade may change records without going through the journal. */
  schema: number;
  /** The last journal change the index holds. */
  journalSeq: number;
  /** The library when the index was saved (see isStale). */
  state: SourceState;
  docParts: number;
}

const docsPart = (n: number) => `docs:${n}`;

export function toParts(snapshot: IndexSnapshot, journalSeq: number, state: SourceState): StoredIndexPart[] {
  const docParts = Math.ceil(snapshot.docs.length / DOCS_PER_PART);
  const stamp: IndexStamp = { format: INDEX_FORMAT, schema: SCHEMA_VERSION, journalSeq, state, docParts };
  const parts: StoredIndexPart[] = [
    { part: 'stamp', value: stamp },
    { part: 'all', value: snapshot.all },
    { part: 'titles', value: snapshot.titles },
  ];
  for (let n = 0; n < docParts; n++) parts.push({ part: docsPart(n), value: snapshot.docs.slice(n * DOCS_PER_PART, (n + 1) * DOCS_PER_PART) });
  return parts;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function packedWords(value: unknown): PackedWords {
  if (isObject(value) && typeof value.words === 'string' && value.counts instanceof Uint32Array && value.nums instanceof Uint32Array) return value as unknown as PackedWords;
  throw new Error('a word list is damaged');
}

function stampOf(value: unknown): IndexStamp {
  if (!isObject(value) || value.format !== INDEX_FORMAT) throw new Error('the stored index is in another format');
  if (value.schema !== SCHEMA_VERSION) throw new Error('the stored index predates the library’s schema');
  const stamp = value as unknown as IndexStamp;
  if (!Number.isInteger(stamp.journalSeq) || !Number.isInteger(stamp.docParts) || !isObject(stamp.state) || !isObject(stamp.state.counts)) throw new Error('the stamp is damaged');
  return stamp;
}

/** The stamp and snapshot of a stored index; null when none was stored; throws when it cannot be used. */
export function fromParts(parts: readonly StoredIndexPart[]): { stamp: IndexStamp; snapshot: IndexSnapshot } | null {
  if (!parts.length) return null;
  const byName = new Map(parts.map((p) => [p.part, p.value]));
  const stamp = stampOf(byName.get('stamp'));
  const docs: (SearchDoc | null)[] = [];
  for (let n = 0; n < stamp.docParts; n++) {
    const part = byName.get(docsPart(n));
    if (!Array.isArray(part)) throw new Error('a part of the documents is missing');
    docs.push(...(part as (SearchDoc | null)[]));
  }
  const all = packedWords(byName.get('all'));
  const titles = packedWords(byName.get('titles'));
  if (byName.size !== stamp.docParts + 3) throw new Error('the stored index has parts its stamp does not name');
  return { stamp, snapshot: { docs, all, titles } };
}

/**
 * True when the library changed without the journal: no change was noted since the index was
 * saved, yet the tables hold other counts (records written around the app, or a journal lost).
 */
export function isStale(stamp: IndexStamp, now: SourceState): boolean {
  if (now.lastSeq < stamp.state.lastSeq) return true;
  if (now.lastSeq > stamp.state.lastSeq) return false;
  const { counts } = stamp.state;
  return counts.briefs !== now.counts.briefs || counts.annotations !== now.counts.annotations || counts.recommendations !== now.counts.recommendations;
}
