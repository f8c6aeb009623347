// The one schema version shared by the library (IndexedDB) and its backups: a backup records the
// layout of the records it holds, and any older one is upgraded on reading by the same steps.
export const SCHEMA_VERSION = 10;
