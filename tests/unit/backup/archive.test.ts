import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { BACKUP_SCHEMA_VERSION, BackupError, packBackup, readBackup, sha256Hex } from '../../../renderer/src/domain/backup/index.js';
import { MAX_BRIEF_CHARS, MAX_IMPORT_BYTES } from '../../../renderer/src/domain/text/guards.js';
import { generateLibrary } from './library-fixture.js';

const meta = { kind: 'library' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: null };

async function expectRefused(bytes: Uint8Array, code: string, message: RegExp): Promise<void> {
  const error = await readBackup(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  expect((error as BackupError).message).toMatch(message);
}

/** Re-zips a valid backup after `change` edits its files. */
async function tampered(change: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(await packBackup(generateLibrary(5), meta));
  change(files);
  return zipSync(files);
}

const json = (v: unknown) => strToU8(JSON.stringify(v));

describe('the .chancery archive', () => {
  it('holds a manifest with counts and a SHA-256 per table, and reads back what was written', async () => {
    const library = generateLibrary(20);
    const bytes = await packBackup(library, meta);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['annotations.json', 'books.json', 'briefs.json', 'images.json', 'manifest.json', 'recommendations.json', 'settings.json']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({ format: 'chancery-backup', kind: 'library', schemaVersion: BACKUP_SCHEMA_VERSION, counts: { briefs: 20, annotations: 20, recommendations: 10, books: 3, settings: 2, images: 0 } });
    expect(manifest.sha256.briefs).toBe(await sha256Hex(files['briefs.json']!));
    const read = await readBackup(bytes);
    expect(read.tables).toEqual(library);
    expect(read.manifest.createdAt).toBe(meta.createdAt);
  });

  it('refuses bytes that are not a zip, and a truncated file', async () => {
    await expectRefused(strToU8('just some text, not a backup'), 'not-a-zip', /cannot be unzipped/);
    const whole = await packBackup(generateLibrary(50), meta);
    await expectRefused(whole.slice(0, Math.floor(whole.length / 2)), 'not-a-zip', /damaged or incomplete/);
  });

  it('refuses a missing table file or manifest', async () => {
    await expectRefused(await tampered((f) => delete f['annotations.json']), 'missing-file', /no annotations\.json/);
    await expectRefused(await tampered((f) => delete f['manifest.json']), 'missing-file', /no manifest\.json/);
  });

  it('refuses a table whose bytes do not match the manifest checksum', async () => {
    await expectRefused(
      await tampered((f) => {
        const briefs = JSON.parse(new TextDecoder().decode(f['briefs.json']));
        briefs[0].title = 'Altered in transit';
        f['briefs.json'] = json(briefs);
      }),
      'hash-mismatch',
      /briefs\.json .* checksum/,
    );
  });

  it('refuses records that break the schema even when the checksum was updated to match', async () => {
    const bytes = await tampered((f) => {
      const briefs = JSON.parse(new TextDecoder().decode(f['briefs.json']));
      briefs[2].readState = 'skimmed';
      f['briefs.json'] = json(briefs);
    });
    const files = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    manifest.sha256.briefs = await sha256Hex(files['briefs.json']!);
    files['manifest.json'] = json(manifest);
    await expectRefused(zipSync(files), 'invalid-record', /briefs\.json .* at 2\.readState/);
  });

  it('refuses a backup from a newer schema, naming both versions', async () => {
    await expectRefused(
      await tampered((f) => {
        const manifest = JSON.parse(new TextDecoder().decode(f['manifest.json']));
        f['manifest.json'] = json({ ...manifest, schemaVersion: BACKUP_SCHEMA_VERSION + 1 });
      }),
      'newer-schema',
      new RegExp(`format ${BACKUP_SCHEMA_VERSION + 1}.*up to ${BACKUP_SCHEMA_VERSION}`),
    );
  });

  it('refuses unexpected files, bad JSON, wrong counts and duplicate ids', async () => {
    await expectRefused(await tampered((f) => (f['../evil.sh'] = strToU8('x'))), 'unexpected-file', /evil\.sh/);
    await expectRefused(await tampered((f) => (f['manifest.json'] = strToU8('{not json'))), 'bad-json', /manifest\.json/);
    const withTables = async (edit: (briefs: unknown[]) => unknown[], fix: (m: { counts: { briefs: number } }) => void) => {
      const files = unzipSync(await packBackup(generateLibrary(5), meta));
      const briefs = edit(JSON.parse(new TextDecoder().decode(files['briefs.json'])));
      files['briefs.json'] = json(briefs);
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
      manifest.sha256.briefs = await sha256Hex(files['briefs.json']);
      fix(manifest);
      files['manifest.json'] = json(manifest);
      return zipSync(files);
    };
    await expectRefused(await withTables((b) => b.slice(1), () => undefined), 'count-mismatch', /4 records .* announces 5/);
    await expectRefused(await withTables((b) => [...b, b[0]], (m) => (m.counts.briefs = 6)), 'duplicate-id', /brief-0/);
  });

  /** A backup whose briefs.json holds `briefs` as an older schema wrote them. */
  async function olderBackup(schemaVersion: number, briefs: unknown[]): Promise<Uint8Array> {
    const files = unzipSync(await packBackup({ ...generateLibrary(0), briefs: [] }, meta));
    files['briefs.json'] = json(briefs);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    manifest.schemaVersion = schemaVersion;
    manifest.counts.briefs = briefs.length;
    manifest.sha256.briefs = await sha256Hex(files['briefs.json']);
    files['manifest.json'] = json(manifest);
    return zipSync(files);
  }

  it('upgrades records written by schema v1 through every later version', async () => {
    const { fileName: _f, removedLines: _r, topicEvidence: _t, excerpt: _e, readProgress: _p, deletedAt: _d, revision: _v, ...v1Brief } = generateLibrary(1).briefs[0]!;
    const read = await readBackup(await olderBackup(1, [v1Brief]));
    expect(read.tables.briefs[0]).toMatchObject({ id: 'brief-0', deletedAt: null, readProgress: 0, fileName: '', revision: 0 });
  });

  it('upgrades briefs written by schema v2 to revision 0', async () => {
    const { revision: _v, ...v2Brief } = generateLibrary(1).briefs[0]!;
    const read = await readBackup(await olderBackup(2, [v2Brief]));
    expect(read.tables.briefs[0]).toEqual({ ...v2Brief, revision: 0 });
  });
  it('restores a brief as long as the longest file an import accepts, and names an over-long one by title', { timeout: 120_000 }, async () => {
    const library = generateLibrary(1);
    const brief = library.briefs[0]!;
    // One character per byte of the largest importable file: what a 25 MiB plain-text import stores.
    const longest = { ...brief, markdown: 'word '.repeat(MAX_IMPORT_BYTES / 5) };
    const read = await readBackup(await packBackup({ ...library, briefs: [longest] }, meta));
    expect(read.tables.briefs[0]!.markdown.length).toBe(MAX_IMPORT_BYTES);
    const tooLong = { ...brief, title: 'An endless brief', markdown: 'x'.repeat(MAX_BRIEF_CHARS + 1) };
    await expectRefused(await packBackup({ ...library, briefs: [tooLong] }, meta), 'invalid-record', /briefs\.json .* at 0\.markdown \(“An endless brief”\)/);
  });
});
