// The images that came inside imported files, each tied to one brief (schema v5).
import type { BriefImage } from '../domain/images/limits.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';

/** An image ready to store, before it is tied to its brief. */
export type NewImage = Omit<BriefImage, 'briefId'>;

/** Replaces a brief's images. Must run inside a 'rw' transaction over images. */
export async function putBriefImages(database: AppDB, briefId: string, images: readonly NewImage[]): Promise<void> {
  await database.images.where('briefId').equals(briefId).delete();
  await database.images.bulkAdd(images.map((image) => ({ ...image, briefId })));
}

/** Deletes the images of briefs. Must run inside a 'rw' transaction over images. */
export async function deleteImagesOf(database: AppDB, briefIds: readonly string[]): Promise<void> {
  await database.images.where('briefId').anyOf([...briefIds]).delete();
}

export function imagesRepository(database: AppDB) {
  return {
    /** A brief's images. */
    imagesOfBrief: (briefId: string): Promise<BriefImage[]> => database.images.where('briefId').equals(briefId).toArray(),
  };
}

export const { imagesOfBrief } = boundToApp(imagesRepository);
