// Fills a browser's 'chancery' database with generated records, fast: raw IndexedDB puts in
// relaxed-durability transactions, a chunk per page.evaluate. The app must have opened the
// database first (Dexie creates the stores); reload the page afterwards so the views see it.
import type { Page } from '@playwright/test';
import { generateRecords, type GenerateOptions, type GeneratedRecords } from './generate.js';
import { splitBrief } from '../../renderer/src/domain/migrations/v4.js';
import type { BriefBodyPiece, BriefRecord } from '../../renderer/src/domain/types.js';

/** Writes records as they are (in the page); the app must have created the database. Each brief's
 *  text goes into the bodies store in pieces, as the app stores it (schema v4). */
export async function writeRecords(page: Page, records: GeneratedRecords): Promise<void> {
  const parts = records.briefs.map(splitBrief);
  await page.evaluate(writeChunk, { briefs: parts.map((p) => p.record), bodies: parts.flatMap((p) => p.pieces), annotations: records.annotations, items: records.items });
}

interface StoredRecords {
  briefs: BriefRecord[];
  bodies: BriefBodyPiece[];
  annotations: GeneratedRecords['annotations'];
  items: GeneratedRecords['items'];
}

async function writeChunk(records: StoredRecords): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('chancery');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const tx = database.transaction(['briefs', 'bodies', 'annotations', 'recommendations'], 'readwrite', { durability: 'relaxed' });
    for (const b of records.briefs) tx.objectStore('briefs').put(b);
    for (const p of records.bodies) tx.objectStore('bodies').put(p);
    for (const a of records.annotations) tx.objectStore('annotations').put(a);
    for (const i of records.items) tx.objectStore('recommendations').put(i);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    database.close();
  }
}

export async function seedLibrary(page: Page, count: number, options: GenerateOptions & { chunk?: number } = {}): Promise<void> {
  const chunk = options.chunk ?? 250;
  for (let from = 0; from < count; from += chunk) {
    await writeRecords(page, generateRecords(from, Math.min(chunk, count - from), options));
  }
}
