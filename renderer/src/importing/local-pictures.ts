// Reads the pictures picked together with a saved page, in the import worker: only those whose
// name the page's text may refer to, each within the size limit, and all of them within a budget,
// so picking a folder of photographs beside one page reads none of them.
import { MAX_IMAGE_BYTES } from '../domain/images/limits.js';
import { mayReferTo } from '../domain/images/local-pictures.js';
import type { PictureProblem } from '../domain/import-problems.js';

/** A file picked with a page: its path within the pick ('/'-separated) and the file itself, unread (null: too large to be read). */
export interface PickedPicture {
  path: string;
  file: Blob | null;
}

/** What a page's pictures are read as: their bytes, or why they were not read. */
export interface LocalPictures {
  /** The page's own path within the pick. */
  pagePath: string;
  /** Every picked picture's path: the rules that match references need to see them all. */
  paths: string[];
  /** The pictures the page may refer to. */
  read: Map<string, Uint8Array | PictureProblem>;
}

/** Bytes read for one page's pictures at most (the limit per picture is MAX_IMAGE_BYTES). */
export const MAX_PAGE_PICTURE_BYTES = 256 * 1024 * 1024;

export async function readLocalPictures(pagePath: string, pageText: string, pictures: readonly PickedPicture[]): Promise<LocalPictures> {
  const read = new Map<string, Uint8Array | PictureProblem>();
  let total = 0;
  for (const { path, file } of pictures) {
    if (!mayReferTo(pageText, path)) continue;
    if (!file) read.set(path, { code: 'unread' });
    else if (file.size > MAX_IMAGE_BYTES) read.set(path, { code: 'tooLarge', mb: MAX_IMAGE_BYTES / 1024 / 1024 });
    else if (total + file.size > MAX_PAGE_PICTURE_BYTES) read.set(path, { code: 'pageTotal', mb: MAX_PAGE_PICTURE_BYTES / 1024 / 1024 });
    else {
      total += file.size;
      read.set(path, new Uint8Array(await file.arrayBuffer()));
    }
  }
  return { pagePath, paths: pictures.map((p) => p.path), read };
}
