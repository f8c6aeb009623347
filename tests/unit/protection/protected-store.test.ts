// A protected library stores no content in plain text: canary strings written through the
// repositories (an import, a note, an item, a book, a setting, an image) are found in no raw
// record, read back whole once unlocked, and a locked library or a wrong passphrase changes nothing.
import { describe, expect, it } from 'vitest';
import { briefsRepository } from '../../../renderer/src/data/briefs.js';
import { annotationsRepository } from '../../../renderer/src/data/annotations.js';
import { settingsRepository } from '../../../renderer/src/data/settings.js';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import { LockedError } from '../../../renderer/src/data/protection/middleware.js';
import { PassphraseError } from '../../../renderer/src/data/crypto/keyring.js';
import type { BriefDraft } from '../../../renderer/src/domain/import.js';
import type { AppDB } from '../../../renderer/src/data/db.js';
import { book, item } from '../backup/library-fixture.js';
import { FAST_KDF, library, stringsIn } from './fixture.js';

const CANARY = 'Qzxcanary';
const NOW = 1_750_000_000_000;
const TEXT = `Heading ${CANARY}\nThe office should publish the ${CANARY} dues.`;

const draft: BriefDraft = {
  title: `Title ${CANARY}`,
  subtitle: `Subtitle ${CANARY}`,
  byline: `Byline ${CANARY}`,
  source: { name: `Source ${CANARY}`, url: `https://example.invalid/${CANARY}`, publishedAt: '2025-04-01' },
  origins: {},
  markdown: `# Heading ${CANARY}\n\nThe office should publish the ${CANARY} dues.`,
  contentHash: `hash-${CANARY}`,
  language: 'en',
  wordCount: 8,
  excerpt: `Excerpt ${CANARY}`,
  topics: [`topic-${CANARY}`],
  topicEvidence: [{ topic: `topic-${CANARY}`, terms: [CANARY] }],
  removedLines: [{ index: 2, text: `Removed ${CANARY}`, reason: 'share widget' }],
  fileName: `${CANARY}.md`,
};
const suggestionText = `The office should publish the ${CANARY} dues.`;
const IMAGE = { id: 'image-0001', mime: 'image/png' as const, bytes: new TextEncoder().encode(`PNG ${CANARY}`), width: 20, height: 20, alt: `Alt ${CANARY}` };

async function writeEverything(database: AppDB): Promise<string> {
  const outcome = await briefsRepository(database).storeImportedBrief(
    {
      draft,
      text: TEXT,
      suggestions: [{ text: suggestionText, selector: { quote: { exact: suggestionText, prefix: '', suffix: '' }, position: { start: 16, end: 60 } }, sourceDate: null, reason: 'section', topic: `topic-${CANARY}` }],
      images: [IMAGE],
    },
    `Author ${CANARY}`,
    NOW,
  );
  const briefId = outcome.brief.id;
  await annotationsRepository(database).addAnnotation(briefId, { quote: { exact: CANARY, prefix: '', suffix: '' }, position: { start: 8, end: 17 } }, { color: 'yellow', note: `Note ${CANARY}`, tags: [`tag-${CANARY}`] }, NOW);
  await database.recommendations.put(item(1, [briefId], { owner: `Owner ${CANARY}`, notes: `Notes ${CANARY}` }));
  await database.books.put(book(1, [briefId], { title: `Book ${CANARY}`, preparedFor: `Principal ${CANARY}` }));
  await settingsRepository(database).savePreference('authorName', `Author ${CANARY}`);
  await settingsRepository(database).savePreference('theme', 'dark');
  return briefId;
}

describe('a protected library at rest', () => {
  it('holds no canary in any raw record, and reads everything back while unlocked', async () => {
    const lib = library();
    const database = lib.open();
    await libraryProtection(database).protect('a long passphrase', { kdf: FAST_KDF });
    const briefId = await writeEverything(database);

    const raw = await lib.raw();
    for (const [table, records] of Object.entries(raw)) {
      for (const text of stringsIn(records)) expect(text, `a raw ${table} record`).not.toContain(CANARY);
    }
    expect(await lib.indexKeys('briefs', 'title')).toEqual([]);
    expect(await lib.indexKeys('recommendations', 'owner')).toEqual([]);
    // Plain still: ids, dates and states the indexes need, and the lock screen's own preferences.
    expect(raw.briefs).toEqual([expect.objectContaining({ id: briefId, importedAt: NOW, readState: 'unread', source: { publishedAt: '2025-04-01' } })]);
    expect(raw.settings).toContainEqual({ key: 'theme', value: 'dark' });

    const brief = await briefsRepository(database).getBrief(briefId);
    expect(brief).toMatchObject({ title: draft.title, markdown: draft.markdown, removedLines: draft.removedLines, source: draft.source });
    expect(await database.images.get(IMAGE.id)).toEqual({ ...IMAGE, briefId });
    expect(await annotationsRepository(database).listAnnotations(briefId)).toMatchObject([{ note: `Note ${CANARY}`, tags: [`tag-${CANARY}`] }]);
    expect((await settingsRepository(database).loadPreferences()).authorName).toBe(`Author ${CANARY}`);
    const items = await database.recommendations.where('briefIds').equals(briefId).toArray();
    expect(items.map((i) => i.text).sort()).toEqual(['Review berth 1', suggestionText]);
    // Reads through a cursor (a filter) are opened too.
    expect(await database.books.filter((b) => b.title === `Book ${CANARY}`).count()).toBe(1);
  });

  it('after a restart is locked: content refused, writes refused, a wrong passphrase changes nothing', async () => {
    const lib = library();
    const first = lib.open();
    await libraryProtection(first).protect('a long passphrase', { kdf: FAST_KDF });
    const briefId = await writeEverything(first);
    first.close();
    const before = await lib.raw();

    const database = lib.open();
    const protection = libraryProtection(database);
    expect(await protection.status()).toBe('locked');
    await expect(database.briefs.get(briefId)).rejects.toBeInstanceOf(LockedError);
    await expect(database.books.filter(() => true).toArray()).rejects.toBeInstanceOf(LockedError);
    await expect(database.annotations.put({ ...(before.annotations![0] as object), id: 'x' } as never)).rejects.toBeInstanceOf(LockedError);
    await expect(protection.unlock('a long passphrasE')).rejects.toBeInstanceOf(PassphraseError);
    expect(await protection.status()).toBe('locked');
    expect(await lib.raw()).toEqual(before);

    await protection.unlock('a long passphrase');
    expect(await protection.status()).toBe('unlocked');
    expect((await database.briefs.get(briefId))?.title).toBe(draft.title);
    protection.lock();
    await expect(database.briefs.get(briefId)).rejects.toBeInstanceOf(LockedError);
  });

  it('changing the passphrase rewrites the keyring only', async () => {
    const lib = library();
    const database = lib.open();
    const protection = libraryProtection(database);
    await protection.protect('first passphrase', { kdf: FAST_KDF });
    await writeEverything(database);
    const { keyring: ringBefore, ...before } = await lib.raw();
    await protection.changePassphrase('first passphrase', 'second passphrase', FAST_KDF);
    const { keyring: ringAfter, ...after } = await lib.raw();
    expect(after).toEqual(before);
    expect(ringAfter).not.toEqual(ringBefore);
    database.close();

    const again = libraryProtection(lib.open());
    await expect(again.unlock('first passphrase')).rejects.toBeInstanceOf(PassphraseError);
    await again.unlock('second passphrase');
    expect(await again.status()).toBe('unlocked');
  });

  it('refuses a passphrase shorter than ten characters, to protect or to change to', async () => {
    const database = library().open();
    const protection = libraryProtection(database);
    await expect(protection.protect('too short', { kdf: FAST_KDF })).rejects.toThrow('at least 10');
    expect(await protection.status()).toBe('off');
    await protection.protect('long enough', { kdf: FAST_KDF });
    await expect(protection.changePassphrase('long enough', 'short', FAST_KDF)).rejects.toThrow('at least 10');
  });

  it('without protection stores records exactly as given', async () => {
    const lib = library();
    const database = lib.open();
    const briefId = await writeEverything(database);
    const raw = await lib.raw();
    expect(raw.keyring).toEqual([]);
    expect(raw.briefs).toEqual([await database.briefs.get(briefId)]);
    expect(raw.images).toEqual([{ ...IMAGE, briefId }]);
    expect(await lib.indexKeys('briefs', 'title')).toEqual([draft.title]);
    expect(await libraryProtection(database).status()).toBe('off');
  });
});
