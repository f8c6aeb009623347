// Tells the search worker when searchable records changed. Dexie table hooks see every write made
// through the app's database handle (adds, updates, deletes, bulk and Collection.modify alike);
// one signal goes per transaction, once it has committed. Which records changed is in the search
// journal (data/journal/), written in that same transaction, which the worker reads.
import type { Transaction } from 'dexie';
import { db } from './db.js';

export function watchChanges(changed: () => void): void {
  const database = db();
  const seen = new WeakSet<Transaction>();
  const record = (tx: Transaction) => {
    if (seen.has(tx)) return;
    seen.add(tx);
    tx.on('complete', changed);
  };
  for (const table of [database.briefs, database.annotations, database.recommendations]) {
    table.hook('creating', (_id, _obj, tx) => record(tx));
    table.hook('updating', (_mods, _id, _obj, tx) => record(tx));
    table.hook('deleting', (_id, _obj, tx) => record(tx));
  }
}
