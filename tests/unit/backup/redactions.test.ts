// Schema v6: an annotation may be a redaction (with its reason) and Settings may hold redaction
// rules. No record changes, so a v5 library and a v5 backup read as they were; a backup carries
// redactions and rules and restores them; a malformed redaction or rule is refused, never dropped.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDB, CURRENT_SCHEMA_VERSION, SCHEMA_V5 } from '../../../renderer/src/data/db.js';
import { createLibraryBackup, restoreBackup } from '../../../renderer/src/data/backup.js';
import { settingsRepository } from '../../../renderer/src/data/settings.js';
import { packBackup, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { annotationSchema } from '../../../renderer/src/domain/backup/records.js';
import { validPreference } from '../../../renderer/src/domain/settings.js';
import { annotation, fill, freshDb, generateLibrary } from './library-fixture.js';
import { strToU8, unzipSync, zipSync } from 'fflate';

const naming = { copyTitle: (t: string) => `${t} (copy)` };
const meta = { kind: 'library' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: null };
const RULES = [{ reason: 'Named source', phrases: ['Ines Varro'], patterns: ['\\bFQ-\\d{4}\\b'] }];

describe('schema v6', () => {
  it('is older than or the version of the library and its backups', () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
  });

  it('a v5 library opens with v6 and later with every annotation as it was', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v5-library', { indexedDB, IDBKeyRange });
    old.version(5).stores(SCHEMA_V5);
    const annotations = [annotation(0, 'brief-0'), annotation(1, 'brief-0', { forPrincipal: true })];
    await old.table('annotations').bulkAdd(annotations);
    old.close();
    const current = new AppDB('v5-library', { indexedDB, IDBKeyRange });
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.annotations.orderBy('id').toArray()).toEqual(annotations);
    await current.annotations.add(annotation(2, 'brief-0', { redaction: { reason: 'Security' } }));
    expect((await current.annotations.get(annotation(2, 'brief-0').id))?.redaction).toEqual({ reason: 'Security' });
  });

  it('a v5 backup reads as v6 and later, its annotations unchanged', async () => {
    const library = generateLibrary(2);
    const files = unzipSync(await packBackup(library, meta));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    manifest.schemaVersion = 5;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    const read = await readBackup(zipSync(files));
    expect(read.tables.annotations).toEqual(library.annotations);
  });
});

describe('redactions in backups', () => {
  it('a library backup carries redactions and rules, and restores both', async () => {
    const source = freshDb();
    const library = generateLibrary(2);
    library.annotations = [...library.annotations, annotation(9, 'brief-0', { redaction: { reason: 'Protects a source' } })];
    await fill(source, library);
    await settingsRepository(source).savePreference('redactionRules', RULES);
    const bytes = await createLibraryBackup({ appVersion: '0.1.0', now: 1 }, source);
    const target = freshDb();
    await restoreBackup(await readBackup(bytes), 'replace', naming, target);
    const restored = await target.annotations.get(annotation(9, 'brief-0').id);
    expect(restored?.redaction).toEqual({ reason: 'Protects a source' });
    expect((await settingsRepository(target).loadPreferences()).redactionRules).toEqual(RULES);
  });

  it('refuses a redaction without a reason or with fields it does not know', async () => {
    const plain = annotation(0, 'brief-0');
    expect(annotationSchema.safeParse({ ...plain, redaction: { reason: 'Security' } }).success).toBe(true);
    expect(annotationSchema.safeParse({ ...plain, redaction: { reason: '  ' } }).success).toBe(false);
    expect(annotationSchema.safeParse({ ...plain, redaction: { reason: 'Security', text: 'x' } }).success).toBe(false);
    expect(annotationSchema.safeParse({ ...plain, redaction: true }).success).toBe(false);
    // Whole files too: a damaged redaction refuses the backup rather than restoring the words unredacted.
    const library = generateLibrary(1);
    const files = unzipSync(await packBackup({ ...library, annotations: [{ ...library.annotations[0]!, redaction: { reason: 'x'.repeat(201) } }] }, meta));
    await expect(readBackup(zipSync(files))).rejects.toMatchObject({ code: 'invalid-record' });
  });

  it('checks stored rules as it checks the Settings form: an unsafe pattern is not a usable value', () => {
    expect(validPreference('redactionRules', RULES)).toBe(true);
    expect(validPreference('redactionRules', [{ ...RULES[0], patterns: ['(a+)+$'] }])).toBe(false);
    expect(validPreference('redactionRules', [{ ...RULES[0], phrases: ['I'] }])).toBe(false);
  });
});
