// What of each record stays readable without the key: the ids that tie records together and the
// dates and states the indexes sort and filter by. Everything else (titles, texts, removed lines,
// notes, tags, topics, sources, owners, book texts, image bytes, settings naming people) is sealed.
// A table not listed keeps only its primary key, so a table added later is sealed by default.

const PLAIN: Readonly<Record<string, readonly string[]>> = {
  briefs: ['id', 'importedAt', 'updatedAt', 'deletedAt', 'readState', 'revision', 'source.publishedAt'],
  bodies: ['id', 'part'],
  images: ['id', 'briefId'],
  annotations: ['id', 'briefId', 'updatedAt'],
  recommendations: ['id', 'briefIds', 'status', 'updatedAt'],
  books: ['id', 'updatedAt'],
  settings: ['key'],
};

/** Preferences the lock screen needs before the key is known; none of them names or describes anyone. */
const PLAIN_SETTINGS: ReadonlySet<string> = new Set(['theme', 'language', 'textSize', 'paper']);

/** Tables the protection layer never touches: the keyring itself. */
export const UNSEALED_TABLES: ReadonlySet<string> = new Set(['keyring']);

/** The property a sealed record keeps its ciphertext in. */
export const SEALED_FIELD = '$sealed';

/** False for the records stored as they are even in a protected library. */
export function sealsRecord(table: string, record: Record<string, unknown>): boolean {
  if (UNSEALED_TABLES.has(table)) return false;
  return !(table === 'settings' && typeof record.key === 'string' && PLAIN_SETTINGS.has(record.key));
}

const pathsOf = (keyPath: string | string[] | null): string[] => (keyPath === null ? [] : Array.isArray(keyPath) ? keyPath : [keyPath]);

/** True when an index's keys come from sealed fields: on disk it is empty, so it is read in memory. */
export function sealedIndex(table: string, primaryKey: string | string[] | null, indexKeyPath: string | string[] | null): boolean {
  const plain = PLAIN[table] ?? pathsOf(primaryKey);
  return !pathsOf(indexKeyPath).every((path) => plain.includes(path));
}

/** The fields of `record` kept readable beside its ciphertext (nested paths such as `source.publishedAt` included). */
export function plainPart(table: string, primaryKey: string | string[] | null, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of PLAIN[table] ?? pathsOf(primaryKey)) {
    const steps = path.split('.');
    let from: unknown = record;
    for (const step of steps) from = typeof from === 'object' && from !== null ? (from as Record<string, unknown>)[step] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const step of steps.slice(0, -1)) into = (into[step] ??= {}) as Record<string, unknown>;
    into[steps[steps.length - 1]!] = from;
  }
  return out;
}
