// A page saved with its pictures ("Save page as, complete") refers to them by relative paths
// ("page_files/pic.png", "./page_files/a%20b.jpg"). These rules find which of the files picked with
// the page such a reference means. Pure: paths are '/'-separated and relative to what was picked
// (a folder's own name first, as a folder pick gives them); nothing here reads or fetches a file.
import { fileEnding } from '../import.js';

/**
 * Marks a relative picture reference while a page is read, so that nothing on the way (Readability
 * makes addresses absolute against the document's own) turns it into an address of the app.
 */
export const LOCAL_REFERENCE = 'chancery-local:';

/** File endings taken as pictures that travel with a page (read only when a page refers to them). */
export const PICTURE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.jpe', '.gif', '.webp', '.bmp', '.svg', '.avif', '.ico'] as const;

export function isPictureName(name: string): boolean {
  return (PICTURE_EXTENSIONS as readonly string[]).includes(fileEnding(name));
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray '%' is a literal character in a saved file's name
  }
}

/**
 * The path segments a reference names, decoded; null for anything that is not a relative path:
 * a scheme (web, data, file…), a root- or protocol-relative path, or an encoded separator.
 */
export function referenceSegments(src: string): string[] | null {
  const value = src.trim();
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[/\\]/.test(value)) return null;
  const segments = value.split(/[?#]/, 1)[0]!.split('/').map(decode);
  if (segments.some((s) => s === null || /[/\\\0]/.test(s))) return null;
  return segments as string[];
}

/** `segments` followed from the folder `dir`; null when '..' would climb above the top of what was picked. */
function follow(dir: readonly string[], segments: readonly string[]): string[] | null {
  const out = [...dir];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.length === 0) return null;
    else out.pop();
  }
  return out.length ? out : null;
}

/** The one path equal to `wanted`, exactly first, then ignoring case (two such matches are ambiguous). */
function pick(wanted: string, paths: readonly string[], key: (path: string) => string = (p) => p): string | null {
  const exact = paths.find((p) => key(p) === wanted);
  if (exact !== undefined) return exact;
  const folded = paths.filter((p) => key(p).toLowerCase() === wanted.toLowerCase());
  return folded.length === 1 ? folded[0]! : null;
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Which picked file a picture reference in the page at `pagePath` means, or null. When the files
 * came with their folders (any path has a '/'), the reference is followed from the page's folder
 * and never above the top of the pick. When they were picked one by one from a single folder,
 * only the reference's file name can be matched.
 */
export function resolvePicture(pagePath: string, src: string, picked: readonly string[]): string | null {
  const segments = referenceSegments(src);
  if (!segments) return null;
  const withFolders = pagePath.includes('/') || picked.some((p) => p.includes('/'));
  if (!withFolders) {
    const name = segments.filter((s) => s !== '' && s !== '.').at(-1);
    return name && name !== '..' ? pick(name, picked, lastSegment) : null;
  }
  const path = follow(pagePath.split('/').slice(0, -1), segments);
  return path ? pick(path.join('/'), picked) : null;
}

/**
 * Whether a page's text could refer to a file of this name: a cheap test that saves reading
 * pictures no reference can match. It may say yes too often, never no wrongly for a name a
 * reference spells out, percent-encoded or not, in any case.
 */
export function mayReferTo(pageText: string, path: string): boolean {
  const name = lastSegment(path).toLowerCase();
  const text = pageText.toLowerCase();
  const spellings = [name, encodeURIComponent(name), encodeURI(name), name.replace(/&/g, '&amp;')];
  return spellings.some((spelling) => text.includes(spelling.toLowerCase()));
}
