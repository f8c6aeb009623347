// Tells the search index which records changed. Dexie table hooks see every write made through
// the app's database handle (adds, updates, deletes, bulk and Collection.modify alike); ids are
// gathered per transaction and sent once it has committed, so the worker reads committed data.
import type { Transaction } from 'dexie';
import { db } from './db.js';

/** Ids of records written since the last message; the search worker re-reads each one. */
export interface ChangeSet {
  briefs: string[];
  annotations: string[];
  items: string[];
}

type Kind = keyof ChangeSet;

export function watchChanges(send: (changes: ChangeSet) => void): void {
  const database = db();
  let pending: ChangeSet = { briefs: [], annotations: [], items: [] };
  const seen = new WeakSet<Transaction>();
  const flush = () => {
    const changes = pending;
    pending = { briefs: [], annotations: [], items: [] };
    if (changes.briefs.length || changes.annotations.length || changes.items.length) send(changes);
  };
  const record = (kind: Kind, id: unknown, tx: Transaction) => {
    if (typeof id === 'string') pending[kind].push(id);
    if (seen.has(tx)) return;
    seen.add(tx);
    tx.on('complete', flush);
  };
  const tables = [
    [database.briefs, 'briefs'],
    [database.annotations, 'annotations'],
    [database.recommendations, 'items'],
  ] as const;
  for (const [table, kind] of tables) {
    table.hook('creating', (id, obj, tx) => record(kind, id ?? (obj as { id?: string }).id, tx));
    table.hook('updating', (_mods, id, _obj, tx) => record(kind, id, tx));
    table.hook('deleting', (id, _obj, tx) => record(kind, id, tx));
  }
}
