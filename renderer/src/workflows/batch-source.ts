// Where a batch's files come from (picked files, bytes from the main process), kept apart from the
// import itself so the app shell can name them without loading the import code.
import type { FileInput } from '../importing/index.js';

export interface BatchSource {
  name: string;
  read(): Promise<FileInput>;
}

export function fromFile(file: File): BatchSource {
  // A folder pick names each file by its path from the folder: a page's relative pictures are found from it.
  const path = file.webkitRelativePath || file.name;
  return { name: file.name, read: async () => ({ name: file.name, path, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }) };
}

export function fromBytes(name: string, bytes: Uint8Array): BatchSource {
  return { name, read: async () => ({ name, bytes }) };
}
