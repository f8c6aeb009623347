// The settings repository on a fresh database per test: every stored value is checked on read.
import { describe, expect, it } from 'vitest';
import { settingsRepository } from '../../../renderer/src/data/settings.js';
import { DEFAULT_PREFERENCES } from '../../../renderer/src/domain/settings.js';
import { freshDb } from '../backup/library-fixture.js';

describe('settingsRepository', () => {
  it('reads defaults from an empty database and keeps what is saved', async () => {
    const settings = settingsRepository(freshDb());
    expect(await settings.loadPreferences()).toEqual(DEFAULT_PREFERENCES);
    await settings.savePreference('authorName', 'A. Tester');
    await settings.savePreference('paper', 'Letter');
    expect(await settings.loadPreferences()).toEqual({ ...DEFAULT_PREFERENCES, authorName: 'A. Tester', paper: 'Letter' });
  });

  it('falls back to the default for a stored value it cannot use, names it, and can reset it', async () => {
    const database = freshDb();
    await database.settings.bulkPut([
      { key: 'textSize', value: 17 },
      { key: 'language', value: 'tlh' },
      { key: 'theme', value: 'dark' },
      { key: 'unknownKey', value: 1 },
    ]);
    const settings = settingsRepository(database);
    const read = await settings.readPreferences();
    expect(read.invalid.sort()).toEqual(['language', 'textSize']);
    expect(read.preferences).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' });
    await settings.resetPreferences(read.invalid);
    expect((await settings.readPreferences()).invalid).toEqual([]);
    expect(await database.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });
});
