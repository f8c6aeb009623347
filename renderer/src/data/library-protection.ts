// Turning passphrase protection on and off, unlocking, locking and changing the passphrase.
// Turning it on or off rewrites the library in batches, one transaction each, that also move the
// keyring's progress marker: a crash at any moment leaves each record whole (plain or sealed, both
// readable once unlocked) and the next unlock carries on from the last finished batch.
import { cmp, type IndexableType, type Table } from 'dexie';
import { createDataKey, DEFAULT_KDF, KeyringError, rewrapDataKey, unlockDataKey, type KdfParams } from './crypto/keyring.js';
import { checkKeyring, KEYRING_ID, type ConversionProgress, type KeyringRecord } from './protection/keyring-record.js';
import { UNSEALED_TABLES } from './protection/fields.js';
import { db, type AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { dropStoredIndex } from './search-index-store.js';

export type ProtectionStatus = 'off' | 'locked' | 'unlocked';
/** What a wrong passphrase throws, for the views that ask for one. */
export { PassphraseError } from './crypto/keyring.js';

export interface ConversionOptions {
  /** Records rewritten per transaction. */
  batchSize?: number;
  /** Called inside each batch's transaction, before it commits (progress reporting). */
  onBatch?: (progress: ConversionProgress) => void;
}

const DEFAULT_BATCH = 200;

/** Argon2id slows each guess; only length makes the guesses many. The UI should ask for more. */
export const MIN_PASSPHRASE_LENGTH = 10;

function refuseShort(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new KeyringError(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
}

const samePlace = (a: ConversionProgress, b: ConversionProgress): boolean =>
  a.table === b.table && (a.after === null || b.after === null ? a.after === b.after : cmp(a.after, b.after) === 0);

export function libraryProtection(database: AppDB) {
  const { vault } = database;
  // Every table that holds content, in a fixed order so a resumed conversion walks the same path.
  const contentTables = (): Table<unknown, IndexableType>[] =>
    database.tables.filter((t) => !UNSEALED_TABLES.has(t.name)).sort((a, b) => a.name.localeCompare(b.name));

  async function readKeyring(): Promise<KeyringRecord | undefined> {
    const stored = await database.keyring.get(KEYRING_ID);
    return stored === undefined ? undefined : checkKeyring(stored);
  }

  /** Rewrites every record from the keyring's progress marker on; the middleware seals or unseals each. */
  async function convert(options: ConversionOptions): Promise<void> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const tables = contentTables();
    for (;;) {
      const ring = await readKeyring();
      if (!ring?.progress) return;
      const { table: name, after } = ring.progress;
      const at = tables.findIndex((t) => t.name === name);
      if (at < 0) throw new KeyringError(`The keyring names a table this library does not have (${name}).`);
      const table = tables[at]!;
      await database.transaction('rw', [table, database.keyring], async () => {
        // Read again inside the batch: a passphrase changed meanwhile must not be overwritten.
        const current = await readKeyring();
        if (!current?.progress || !samePlace(current.progress, ring.progress!)) return;
        const keys = await (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(batchSize).primaryKeys();
        const rows = await table.bulkGet(keys);
        await table.bulkPut(rows.filter((r) => r !== undefined));
        const next = tables[at + 1];
        const progress: ConversionProgress | null =
          keys.length === batchSize ? { table: name, after: keys[keys.length - 1]! } : next ? { table: next.name, after: null } : null;
        options.onBatch?.(progress ?? { table: name, after: keys[keys.length - 1] ?? after });
        await database.keyring.put(progress ? { ...current, progress } : { ...current, progress: null, state: current.state === 'encrypting' ? 'protected' : current.state });
      });
    }
  }

  async function finishDecrypting(): Promise<void> {
    await database.keyring.delete(KEYRING_ID);
    vault.protectedLibrary = false;
    vault.key = null;
    vault.sealWrites = true;
  }

  /** Carries on an unfinished conversion (after a crash); needs the key. */
  async function resume(options: ConversionOptions): Promise<void> {
    const ring = await readKeyring();
    if (!ring || ring.state === 'protected') return;
    await convert(options);
    if (ring.state === 'decrypting') await finishDecrypting();
  }

  return {
    async status(): Promise<ProtectionStatus> {
      await database.open();
      return !vault.protectedLibrary ? 'off' : vault.key ? 'unlocked' : 'locked';
    },

    /** Turns protection on: a new data key under `passphrase`, then every record sealed. */
    async protect(passphrase: string, options: ConversionOptions & { kdf?: Omit<KdfParams, 'salt'> } = {}): Promise<void> {
      refuseShort(passphrase);
      if (await readKeyring()) throw new KeyringError('This library is already protected.');
      const { key, stored } = await createDataKey(passphrase, options.kdf ?? DEFAULT_KDF);
      const first = contentTables()[0]!;
      // The stored search index holds the library's words in plain text; a protected one keeps its index in memory.
      await dropStoredIndex(database);
      // The vault seals from before the keyring is written, so no write lands in plain text between the two.
      Object.assign(vault, { protectedLibrary: true, key, sealWrites: true });
      try {
        await database.keyring.add({ id: KEYRING_ID, format: 1, ...stored, state: 'encrypting', progress: { table: first.name, after: null } });
      } catch (error) {
        Object.assign(vault, { protectedLibrary: false, key: null });
        throw error;
      }
      await convert(options);
    },

    /** Unlocks with `passphrase` (PassphraseError when wrong, nothing changed) and finishes any conversion. */
    async unlock(passphrase: string, options: ConversionOptions = {}): Promise<void> {
      const ring = await readKeyring();
      if (!ring) throw new KeyringError('This library is not protected.');
      vault.key = await unlockDataKey(passphrase, ring);
      await resume(options);
    },

    /** Forgets the key: sealed records cannot be read or written until the next unlock. */
    lock(): void {
      vault.key = null;
    },

    /** Re-wraps the data key under a new passphrase; no record is rewritten. */
    async changePassphrase(current: string, next: string, kdf: Omit<KdfParams, 'salt'> = DEFAULT_KDF): Promise<void> {
      refuseShort(next);
      const ring = await readKeyring();
      if (!ring) throw new KeyringError('This library is not protected.');
      const stored = await rewrapDataKey(current, next, ring, kdf);
      // Argon2id runs outside any transaction; the keyring is re-read so conversion progress made meanwhile is kept.
      await database.transaction('rw', database.keyring, async () => {
        const latest = await readKeyring();
        if (!latest || cmp(latest.kdf.salt, ring.kdf.salt) !== 0) throw new KeyringError('The passphrase was changed elsewhere meanwhile.');
        await database.keyring.put({ ...latest, ...stored });
      });
    },

    /** Turns protection off after checking `passphrase`: every record written back in plain text, then the keyring removed. */
    async unprotect(passphrase: string, options: ConversionOptions = {}): Promise<void> {
      const ring = await readKeyring();
      if (!ring) return;
      if (ring.state === 'encrypting') throw new KeyringError('Protection is still being turned on; unlock to finish it first.');
      vault.key = await unlockDataKey(passphrase, ring);
      const first = contentTables()[0]!;
      await database.keyring.put({ ...ring, state: 'decrypting', progress: ring.progress ?? { table: first.name, after: null } });
      vault.sealWrites = false;
      await resume(options);
    },
  };
}

/** The app's library, protected or not: the Settings section, the lock screen and the idle lock use it. */
export const appProtection = boundToApp(libraryProtection);

/** The data key while the app's library is unlocked, for the workers' own database handles. */
export const currentDataKey = (): CryptoKey | null => db().vault.key;

/** In a worker: the key the window handed over, so this context's handle opens a protected library. */
export const adoptDataKey = (key: CryptoKey | null): void => {
  db().vault.key = key;
};
