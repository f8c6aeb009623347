// Shows a brief's stored images in its rendered body: each <img data-image> (written by
// rendering/figures.ts) gets a local object URL made from the stored bytes; one whose image is not
// stored shows its alt text with a note: one for a remote or local image never fetched, another for
// one that was in the file but refused on import. The note is an attribute shown by CSS, so the
// body's text, which notes are anchored to, is unchanged.
import { imagesOfBrief } from '../../../data/images.js';
import { LEFT_OUT } from '../../../domain/images/limits.js';

/** The notes shown beside the alt text of an image that is not stored, in the interface's language. */
export interface ImageNotes {
  notIncluded: string;
  leftOut: string;
}

export class BriefImages {
  private urls: string[] = [];

  /** Fills in the images under `root`; resolves once they are decoded (the print view waits for it). */
  async show(root: ParentNode, briefId: string, notes: ImageNotes): Promise<void> {
    const wanted = [...root.querySelectorAll<HTMLImageElement>('img[data-image]')];
    if (wanted.length === 0) return;
    const byId = new Map((await imagesOfBrief(briefId)).map((image) => [image.id, image]));
    const decoding: Promise<void>[] = [];
    for (const img of wanted) {
      const id = img.dataset.image ?? '';
      const stored = id === LEFT_OUT ? undefined : byId.get(id);
      const holder = img.closest('.brief-image') ?? img;
      if (!stored) {
        holder.setAttribute('data-note', id === LEFT_OUT ? notes.leftOut : notes.notIncluded);
        holder.setAttribute('data-alt', img.alt);
        continue;
      }
      const url = URL.createObjectURL(new Blob([stored.bytes as BlobPart], { type: stored.mime }));
      this.urls.push(url);
      img.width = stored.width;
      img.height = stored.height;
      img.src = url;
      decoding.push(img.decode().catch(() => undefined));
    }
    await Promise.all(decoding);
  }

  /** Frees the object URLs of everything shown so far (the view changed or closed). */
  revoke(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
  }
}
