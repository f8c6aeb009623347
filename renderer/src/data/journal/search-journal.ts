// The search journal: every write to a searchable table also notes the ids it touched, in the
// same IndexedDB transaction, so the stored search index can catch up on whatever changed since it
// was saved, on any handle, in any window or worker, and even after a crash.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

export const JOURNAL_TABLE = 'searchJournal';

/** The tables whose records the search index is made from. */
export const JOURNALED_TABLES: ReadonlySet<string> = new Set(['briefs', 'annotations', 'recommendations']);

export interface JournalEntry {
  /** Given by IndexedDB, ascending: the journal's change counter. */
  seq?: number;
  table: string;
  /** The record written or deleted; null when a range of the table was deleted (read it all again). */
  id: string | null;
}

function touched(table: DBCoreTable, req: DBCoreMutateRequest): (string | null)[] {
  if (req.type === 'deleteRange') return [null];
  if (req.type === 'delete') return req.keys.map(String);
  const extract = table.schema.primaryKey.extractKey;
  return req.values.map((value, i) => String(extract ? extract(value) : req.keys?.[i]));
}

/**
 * Registered on every AppDB. `journaling` says whether to note anything: a protected library
 * keeps its index in memory only, so it has no stored index to keep in step.
 */
export function searchJournalMiddleware(journaling: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SearchJournal',
    // Below Dexie's own layers (live queries never see the journal), above the protection layer.
    level: -5,
    create(down) {
      const hasJournal = down.schema.tables.some((t) => t.name === JOURNAL_TABLE);
      return {
        ...down,
        // Every read-write transaction on a searchable table takes the journal in with it.
        transaction(stores, mode, options) {
          const widen = hasJournal && mode === 'readwrite' && stores.some((s) => JOURNALED_TABLES.has(s)) && !stores.includes(JOURNAL_TABLE);
          return down.transaction(widen ? [...stores, JOURNAL_TABLE] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!hasJournal || !JOURNALED_TABLES.has(name)) return table;
          return {
            ...table,
            mutate(req) {
              // Schema upgrades run in their own transaction, before the journal may exist: a stored
              // index is stamped with the schema version and rebuilt after any upgrade anyway.
              const idb = req.trans as unknown as IDBTransaction;
              if (idb.mode !== 'readwrite' || !idb.objectStoreNames.contains(JOURNAL_TABLE) || !journaling()) return table.mutate(req);
              return table.mutate(req).then((response) => {
                const values: JournalEntry[] = touched(table, req).map((id) => ({ table: name, id }));
                return down.table(JOURNAL_TABLE).mutate({ trans: req.trans, type: 'add', values }).then(() => response);
              });
            },
          };
        },
      };
    },
  };
}
