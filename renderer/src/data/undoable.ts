// Deleting a single record so that the caller can offer Undo: the record is returned, and
// putting it back restores it exactly (same id, same timestamps).
import type { Table } from 'dexie';

export async function takeRecord<T, I>(table: Table<T, string, I>, id: string): Promise<T | undefined> {
  return table.db.transaction('rw', table, async () => {
    const existing = await table.get(id);
    if (existing) await table.delete(id);
    return existing;
  });
}

export async function putBack<T, I>(table: Table<T, string, I>, record: I): Promise<void> {
  await table.put(record);
}
