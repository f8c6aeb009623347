// Files picked together, several in the chooser or a whole folder: a saved page ("Save page as,
// complete") takes the pictures picked with it, so they are kept in its brief rather than imported,
// or refused, one by one. A folder is read as the CLI reads one: only the endings Chancery imports,
// anything else in it passed over without a word.
import { BY_EXTENSION, fileEnding, SUPPORTED_EXTENSIONS } from '../domain/import.js';
import { isPictureName } from '../domain/images/local-pictures.js';
import type { PickedPicture } from '../importing/index.js';
import { fromFile, type BatchSource } from './batch-source.js';

/** What is imported from one pick, and the pictures its pages may take. */
export interface PickedBatch {
  sources: BatchSource[];
  pictures: PickedPicture[];
  /** Pictures that no page took are reported when they were picked one by one; a folder's are passed over. */
  reportUnusedPictures: boolean;
}

const isPage = (file: File) => BY_EXTENSION[fileEnding(file.name)] === 'html';
/** A folder pick names each file by its path from the folder; files picked one by one have none. */
const pathOf = (file: File) => file.webkitRelativePath || file.name;

export function planPicked(files: readonly File[], { folder }: { folder: boolean }): PickedBatch {
  const usable = folder ? files.filter((f) => SUPPORTED_EXTENSIONS.includes(fileEnding(f.name)) || isPictureName(f.name)) : files;
  // Without a page among them, pictures are files like any other (and are told they cannot be imported).
  if (!usable.some(isPage)) return { sources: usable.filter((f) => !folder || !isPictureName(f.name)).map(fromFile), pictures: [], reportUnusedPictures: true };
  return {
    sources: usable.filter((f) => !isPictureName(f.name)).map(fromFile),
    pictures: usable.filter((f) => isPictureName(f.name)).map((file) => ({ path: pathOf(file), file })),
    reportUnusedPictures: !folder,
  };
}
