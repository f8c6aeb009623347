// Images in the library and its backups: schema v5 adds their table to any older library; a
// backup or book package carries them and restores them byte for byte; a file's images are
// checked against their own bytes and tied to a brief the file carries; backups of every older
// version still read (they have no images); deleting a brief for good takes its images along.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppDB, CURRENT_SCHEMA_VERSION, SCHEMA_V4 } from '../../../renderer/src/data/db.js';
import { createBookPackage, createLibraryBackup, readLibrary, restoreBackup } from '../../../renderer/src/data/backup.js';
import { trashRepository } from '../../../renderer/src/data/trash.js';
import { withBodies } from '../../../renderer/src/data/brief-bodies.js';
import { BACKUP_SCHEMA_VERSION, BackupError, packBackup, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { toBackupImage, type BackupImage } from '../../../renderer/src/domain/backup/images.js';
import type { BriefImage } from '../../../renderer/src/domain/images/limits.js';
import { makePng } from '../../support/image-files.js';
import { book, brief, fill, freshDb, generateLibrary } from './library-fixture.js';

const meta = { kind: 'library' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: null };
const naming = { copyTitle: (t: string) => `${t} (copy)` };

function image(n: number, briefId: string, width = 40 + n, height = 30): BriefImage {
  return { id: `image-000${n}`, briefId, mime: 'image/png', bytes: new Uint8Array(makePng(width, height)), width, height, alt: `Chart ${n}` };
}

function libraryWithImages() {
  const library = generateLibrary(4);
  library.images = [image(1, 'brief-0'), image(2, 'brief-0'), image(3, 'brief-3')].map(toBackupImage);
  return library;
}

async function refusal(bytes: Uint8Array): Promise<BackupError> {
  const error = await readBackup(bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('one schema version for the library and its backups', () => {
  it('backups are written with the storage schema version', () => {
    expect(BACKUP_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(10);
  });

  it('a library written with schema v4 opens with v5 and later: an empty images table, every brief whole', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v4-library', { indexedDB, IDBKeyRange });
    old.version(4).stores(SCHEMA_V4);
    const briefs = [brief(0), brief(1)];
    await old.table('briefs').bulkAdd(briefs.map(({ markdown: _m, ...record }) => record));
    await old.table('bodies').bulkAdd(briefs.map((b) => ({ id: b.id, part: 0, text: b.markdown })));
    old.close();

    const current = new AppDB('v4-library', { indexedDB, IDBKeyRange });
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.images.count()).toBe(0);
    expect(await withBodies(current, await current.briefs.orderBy('id').toArray())).toEqual(briefs);
    await current.images.add(image(1, 'brief-0'));
    expect(await current.images.where('briefId').equals('brief-0').count()).toBe(1);
  });
});

describe('images in backups', () => {
  it('a library backup restores every image byte for byte', async () => {
    const source = freshDb();
    await fill(source, libraryWithImages());
    const bytes = await createLibraryBackup({ appVersion: '0.1.0', now: 1 }, source);
    const target = freshDb();
    const result = await restoreBackup(await readBackup(bytes), 'replace', naming, target);
    expect(result.report.images).toEqual({ added: 3, updated: 0, kept: 0 });
    const restored = await target.images.orderBy('id').toArray();
    expect(restored.map((i) => [i.id, i.briefId, i.width, i.height, i.alt])).toEqual([
      ['image-0001', 'brief-0', 41, 30, 'Chart 1'],
      ['image-0002', 'brief-0', 42, 30, 'Chart 2'],
      ['image-0003', 'brief-3', 43, 30, 'Chart 3'],
    ]);
    expect(Buffer.from(restored[0]!.bytes).equals(makePng(41, 30))).toBe(true);
    // Merging the same file again adds nothing.
    const merged = await restoreBackup(await readBackup(bytes), 'merge', naming, target);
    expect(merged.report.images).toEqual({ added: 0, updated: 0, kept: 3 });
  });

  it("a book package carries the images of the book's briefs only", async () => {
    const source = freshDb();
    const library = libraryWithImages();
    library.books = [book(0, ['brief-0', 'brief-1'])];
    await fill(source, library);
    const contents = await readBackup(await createBookPackage('book-0', { appVersion: '0.1.0', now: 1 }, source));
    expect(contents.tables.images.map((i) => i.id)).toEqual(['image-0001', 'image-0002']);
  });

  it('refuses an image whose bytes are not the picture the record describes, or of a type not stored', async () => {
    const pack = (images: BackupImage[]) => packBackup({ ...generateLibrary(1), images }, meta);
    const good = toBackupImage(image(1, 'brief-0'));
    for (const bad of [{ ...good, width: 400 }, { ...good, mime: 'image/jpeg' as const }, { ...good, data: btoa('<svg onload=alert(1)>') }]) {
      const error = await refusal(await pack([bad]));
      expect(error.code).toBe('invalid-record');
      expect(error.message).toMatch(/images\.json .*not the picture the record describes/);
    }
    const svg = await refusal(await pack([{ ...good, mime: 'image/svg+xml' as never }]));
    expect(svg.message).toMatch(/images\.json .* at 0\.mime/);
    const huge = await refusal(await pack([{ ...good, width: 50_000, height: 50_000 }]));
    expect(huge.message).toMatch(/images\.json .* at 0\.width/);
  });

  it('leaves out an image of a brief the file does not carry', async () => {
    const contents = await readBackup(await packBackup({ ...generateLibrary(1), images: [toBackupImage(image(1, 'brief-elsewhere'))] }, meta));
    expect(contents.tables.images).toEqual([]);
    expect(contents.dropped).toEqual([{ table: 'images', reason: 'missing-brief', count: 1 }]);
  });

  it.each([1, 2, 3, 4])('reads a backup of schema version %i, which has no images', async (version) => {
    const files = unzipSync(await packBackup(generateLibrary(2), meta));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    delete manifest.counts.images;
    delete manifest.sha256.images;
    delete files['images.json'];
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, schemaVersion: version }));
    const contents = await readBackup(zipSync(files));
    expect(contents.tables.images).toEqual([]);
    expect(contents.tables.briefs.map((b) => b.id)).toEqual(['brief-0', 'brief-1']);
    // A current backup without its images file is incomplete.
    if (version === 4) {
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, schemaVersion: BACKUP_SCHEMA_VERSION }));
      expect((await refusal(zipSync(files))).message).toMatch(/no images\.json: it is incomplete/);
    }
  });
});

describe('deleting a brief for good', () => {
  it('takes its images along, in the same transaction, and leaves the others', async () => {
    const database = freshDb();
    await fill(database, libraryWithImages());
    const trash = trashRepository(database);
    await trash.moveBriefToTrash('brief-0', 1);
    expect(await database.images.count(), 'the Trash keeps them').toBe(3);
    await trash.deleteForever('brief-0');
    expect((await readLibrary(database)).images.map((i) => i.id)).toEqual(['image-0003']);
  });
});
