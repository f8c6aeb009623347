// Collects the images that came inside one file while it is converted (data: URIs in HTML, the
// embedded pictures of a Word document or a PDF, the pictures picked with a saved page). Bytes are only taken here, never decoded: that
// happens on the main thread, where they are re-encoded (reencode-images.ts). Anything refused
// keeps its alt text, and the reason is told to the user in the import report.
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_DOCUMENT, refuseSource, sniffImageType, type SourceImage } from '../domain/images/limits.js';
import { resolvePicture } from '../domain/images/local-pictures.js';
import { pictureAlt, type ImportProblem, type PictureProblem } from '../domain/import-problems.js';
import type { LocalPictures } from './local-pictures.js';

/** Base64 of this many characters is larger than any image we keep: not decoded at all. */
const MAX_DATA_URI_CHARS = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 64;

export class ImageCollector {
  readonly images: SourceImage[] = [];
  /** Why images were left out, one problem each, naming the image by number and alt text. */
  readonly skipped: ImportProblem[] = [];
  /** Ids handed out for images that were refused: the sanitizer marks them as left out. */
  private readonly refused = new Set<string>();
  private seen = 0;
  /** Pictures picked with the page, and the id each one got the first time the page referred to it. */
  private local: LocalPictures | null = null;
  private readonly localIds = new Map<string, string>();

  /** Pictures picked with a saved page, for `addLocal` to find its relative references in. */
  useLocal(pictures: LocalPictures): void {
    this.local = pictures;
  }

  /** Paths of the picked pictures the page referred to (kept or refused): they are not imported on their own. */
  get usedPictures(): string[] {
    return [...this.localIds.keys()];
  }

  /** The id to refer to the image by: kept when `has(id)`, else refused (the reason is kept in `skipped`). */
  add(bytes: Uint8Array, alt: string): string {
    const number = ++this.seen;
    if (this.images.length >= MAX_IMAGES_PER_DOCUMENT) return this.refuse(alt, { code: 'tooMany', max: MAX_IMAGES_PER_DOCUMENT }, number);
    const refused = refuseSource(bytes);
    if (refused) return this.refuse(alt, refused, number);
    const id = crypto.randomUUID();
    this.images.push({ id, mime: sniffImageType(bytes)!, bytes, alt: alt.trim() });
    return id;
  }

  /** An image written into the page as a data: URI; its id as `add` gives it. */
  addDataUri(uri: string, alt: string): string {
    const match = /^data:image\/[a-z0-9.+-]+;base64,/i.exec(uri.slice(0, 64));
    if (!match || uri.length > MAX_DATA_URI_CHARS) {
      return this.refuse(alt, match ? { code: 'tooLarge', mb: MAX_IMAGE_BYTES / 1024 / 1024 } : { code: 'notBase64' });
    }
    let bytes: Uint8Array;
    try {
      bytes = Uint8Array.from(atob(uri.slice(match[0].length).replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    } catch {
      return this.refuse(alt, { code: 'damaged' });
    }
    return this.add(bytes, alt);
  }

  /**
   * A relative reference ("page_files/pic.png") to a picture picked with the page: its id as `add`
   * gives it, or null when no picked file is the one it names.
   */
  addLocal(src: string, alt: string): string | null {
    if (!this.local) return null;
    const path = resolvePicture(this.local.pagePath, src, this.local.paths);
    const bytes = path === null ? undefined : this.local.read.get(path);
    if (path === null || bytes === undefined) return null;
    const known = this.localIds.get(path);
    if (known) return known;
    const id = bytes instanceof Uint8Array ? this.add(bytes, alt) : this.refuse(alt, bytes);
    this.localIds.set(path, id);
    return id;
  }

  has(id: string): boolean {
    return this.images.some((image) => image.id === id);
  }

  /** Whether the id was handed out for an image of this file that was refused. */
  wasRefused(id: string): boolean {
    return this.refused.has(id);
  }

  /** Notes the refusal, naming the image by its number in the file (counted here unless given) and alt text. */
  private refuse(alt: string, why: PictureProblem, number = ++this.seen): string {
    this.skipped.push({ code: 'pictureLeftOut', alt: pictureAlt(alt), number, why });
    const id = crypto.randomUUID();
    this.refused.add(id);
    return id;
  }
}
