// WebCrypto answers in a later task, and an IndexedDB transaction commits as soon as a task ends
// with none of its requests pending; a request made after that throws. So while a record is sealed
// or opened inside a transaction, this keeps one cheap request in flight, and hands the result back
// from inside a request's success event, where the transaction still accepts the caller's next one.
import type { DBCoreTransaction } from 'dexie';

// A key no record has (every id here is a string or an array), so each count finds nothing.
const NO_RECORD = -Infinity;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function keepingAlive<T>(trans: DBCoreTransaction, storeName: string, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let outcome: Outcome<T> | null = null;
    let detached = false;
    const finish = (o: Outcome<T>) => (o.ok ? resolve(o.value) : reject(o.error));
    const detach = () => {
      // The transaction takes no more requests (finished or aborted): hand over when the work is done.
      detached = true;
      if (outcome) finish(outcome);
    };
    const ping = () => {
      if (outcome) return finish(outcome);
      try {
        const request = (trans as unknown as IDBTransaction).objectStore(storeName).count(NO_RECORD);
        request.onsuccess = ping;
        request.onerror = detach;
      } catch {
        detach();
      }
    };
    ping();
    work().then(
      (value) => {
        outcome = { ok: true, value };
        if (detached) finish(outcome);
      },
      (error: unknown) => {
        outcome = { ok: false, error };
        if (detached) finish(outcome);
      },
    );
  });
}
