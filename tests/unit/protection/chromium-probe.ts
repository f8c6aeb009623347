// Bundled by chromium.test.ts and run in a real Chromium page: the library's own repositories on
// Chromium's IndexedDB (which commits a transaction as soon as a task leaves no request pending).
import { AppDB } from '../../../renderer/src/data/db.js';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import { briefsRepository } from '../../../renderer/src/data/briefs.js';
import { annotationsRepository } from '../../../renderer/src/data/annotations.js';
import { libraryQuery, NO_FILTER } from '../../../renderer/src/data/library-query.js';
import type { BriefDraft } from '../../../renderer/src/domain/import.js';
import { FAST_KDF } from './fixture-kdf.js';

const draft = (canary: string, i: number): BriefDraft => ({
  title: `Memo ${(i * 7) % 20} ${canary}`,
  subtitle: '',
  byline: `Desk ${canary}`,
  source: { name: `Source ${canary}`, url: '', publishedAt: null },
  origins: {},
  markdown: `# Memo ${i}\n\nThe ${canary} office should act.`,
  contentHash: `hash-${i}`,
  language: 'en',
  wordCount: 5,
  excerpt: '',
  topics: [`topic-${canary}`],
  topicEvidence: [],
  removedLines: [{ index: 1, text: `Share ${canary}`, reason: 'share widget' }],
  fileName: `${i}.md`,
});

async function run(canary: string, protect: boolean): Promise<Record<string, unknown>> {
  const database = new AppDB('chancery');
  if (protect) await libraryProtection(database).protect('a long passphrase', { kdf: FAST_KDF });
  const briefs = briefsRepository(database);
  for (let i = 0; i < 20; i++) {
    const { brief } = await briefs.storeImportedBrief({ draft: draft(canary, i), text: `Memo ${i}\nThe ${canary} office should act.`, suggestions: [] }, '', 1_000 + i);
    await annotationsRepository(database).addAnnotation(brief.id, { quote: { exact: 'office', prefix: '', suffix: '' }, position: { start: 0, end: 6 } }, { color: 'yellow', note: `Note ${canary}` });
  }
  const duplicate = await briefs.storeImportedBrief({ draft: draft(canary, 3), text: '', suggestions: [] }, '', 5_000);
  const byTitle = await libraryQuery(database).libraryIds('title', NO_FILTER);
  const firstTitle = (await briefs.listBriefs('title', 0, 1))[0]?.title;
  database.close();
  const again = libraryProtection(new AppDB('chancery'));
  const afterRestart = await again.status();
  const wrong = await again.unlock('not the passphrase').then(
    () => 'accepted',
    (e: Error) => e.name,
  );
  if (protect) await again.unlock('a long passphrase');
  return { duplicate: duplicate.status, count: byTitle.length, firstTitle, afterRestart, wrong };
}

(globalThis as unknown as { probe: typeof run }).probe = run;
document.title = 'ready';
