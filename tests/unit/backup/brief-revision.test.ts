// A text save carries the revision it was edited from: the first save wins, a save made from the
// older text is refused with the newer one, and nothing of the refused save is written.
import { describe, expect, it } from 'vitest';
import { briefTextRepository } from '../../../renderer/src/data/brief-text.js';
import { putBriefs, readBriefs } from '../../../renderer/src/data/brief-bodies.js';
import { annotation, brief, freshDb } from './library-fixture.js';
import type { AppDB } from '../../../renderer/src/data/db.js';

const save = (database: AppDB, base: number, markdown: string, now: number) => briefTextRepository(database).saveRevisedText('brief-1', base, markdown, { markdown }, now);

describe('saveRevisedText', () => {
  it('saves over the revision it was edited from and raises the revision', async () => {
    const database = freshDb();
    await putBriefs(database, [brief(1)]);
    const saved = await save(database, 0, 'First window text', 10);
    expect(saved.status).toBe('saved');
    expect((await readBriefs(database, ['brief-1']))[0]).toMatchObject({ markdown: 'First window text', revision: 1, updatedAt: 10 });
  });

  it('refuses a save made from an older revision and returns the newer text, writing nothing', async () => {
    const database = freshDb();
    await putBriefs(database, [brief(1)]);
    await database.annotations.add(annotation(1, 'brief-1'));
    const before = await database.annotations.toArray();
    await save(database, 0, 'First window text', 10);
    const afterFirst = await database.annotations.toArray();

    const second = await save(database, 0, 'Second window text', 20);
    expect(second).toMatchObject({ status: 'conflict', theirs: { markdown: 'First window text', revision: 1 } });
    expect((await readBriefs(database, ['brief-1']))[0]).toMatchObject({ markdown: 'First window text', revision: 1, updatedAt: 10 });
    expect(await database.annotations.toArray()).toEqual(afterFirst);
    expect(afterFirst).not.toEqual(before); // the first save did re-anchor (so "nothing written" is a real check)

    // Keeping mine after seeing the conflict is a save over the revision it was shown.
    expect((await save(database, 1, 'Second window text', 30)).status).toBe('saved');
    expect((await readBriefs(database, ['brief-1']))[0]).toMatchObject({ markdown: 'Second window text', revision: 2 });
  });

  it('says so when the brief is gone', async () => {
    await expect(save(freshDb(), 0, 'x', 1)).rejects.toThrow(/no longer exists/);
  });
});
