// `import` of a page saved with its pictures: the picture files beside an HTML file, read from its
// own folder and below only. The renderer decides which of them the page's references mean (the
// same rules as for files picked in the app); this side only offers candidates, and never one
// outside the folder: symbolic links are not followed, and every path is checked again once
// resolved on disk.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** What the renderer reads, and its limits (headless-api's `localPictureRules`). */
export interface PictureRules {
  pages: readonly string[];
  pictures: readonly string[];
  maxPictureBytes: number;
  maxPageBytes: number;
}

/** A picture offered with a page: its path from the page's folder, led by that folder's name; no bytes when over the limit. */
export interface OfferedPicture {
  path: string;
  base64: string | null;
}

/**
 * Whether the page's bytes could name this file: a cheap test, as Latin-1 and in any case, for the
 * name as it is, as its UTF-8 bytes, or percent-encoded. It saves reading every picture beside a page.
 */
function mayName(pageLatin1: string, name: string): boolean {
  const spellings = [name, Buffer.from(name).toString('latin1'), encodeURIComponent(name), encodeURI(name)];
  return spellings.some((s) => pageLatin1.includes(s.toLowerCase()));
}

const inside = (folder: string, file: string) => file.startsWith(folder + path.sep);

/**
 * The pictures beside `htmlFile` that its bytes may name, with the page's own path in the same
 * terms. Paths start with the folder's name, so the renderer follows them as a folder pick and
 * refuses any reference that climbs out of it.
 */
export async function picturesBeside(htmlFile: string, html: Uint8Array, rules: PictureRules): Promise<{ pagePath: string; pictures: OfferedPicture[] }> {
  const folder = await realpath(path.dirname(path.resolve(htmlFile)));
  const top = path.basename(folder) || 'folder';
  const pagePath = `${top}/${path.basename(htmlFile)}`;
  if (!rules.pages.includes(path.extname(htmlFile).toLowerCase())) return { pagePath, pictures: [] };
  const text = Buffer.from(html).toString('latin1').toLowerCase();
  // Only plain files: a symbolic link (to a file or a folder) is never followed.
  const entries = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && rules.pictures.includes(path.extname(e.name).toLowerCase()) && mayName(text, e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const pictures: OfferedPicture[] = [];
  let total = 0;
  for (const entry of entries) {
    const real = await realpath(entry).catch(() => null);
    if (!real || !inside(folder, real)) continue;
    const relative = path.relative(folder, real).split(path.sep).join('/');
    const { size } = await stat(real);
    if (size > rules.maxPictureBytes || total + size > rules.maxPageBytes) {
      pictures.push({ path: `${top}/${relative}`, base64: null });
      continue;
    }
    total += size;
    pictures.push({ path: `${top}/${relative}`, base64: (await readFile(real)).toString('base64') });
  }
  return { pagePath, pictures };
}
