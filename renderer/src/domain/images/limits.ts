// Images that came inside an imported file: what is kept, how it is referred to from a brief's
// Markdown, and the limits that refuse decompression bombs and oversized files. Pure: the
// decoding and re-encoding happen in importing/reencode-images.ts.

import type { PictureProblem } from '../import-problems.js';

/** The internal scheme a brief's Markdown uses for a stored image; no other image URL is ever loaded. */
export const IMAGE_SCHEME = 'chancery-image:';

/** Mime types an image is stored as after re-encoding (the only ones a backup may hold). */
export const STORED_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export type StoredImageType = (typeof STORED_IMAGE_TYPES)[number];

/** Mime types accepted from a file, before re-encoding. */
export const SOURCE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp'] as const;

/** Bytes of one image as it came in the file, and as stored. */
export const MAX_IMAGE_BYTES = 12 * 1024 * 1024;
/** Decoded pixels: above this a small file can still take gigabytes to decode (a decompression bomb). */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Either side, in pixels, after decoding. */
export const MAX_IMAGE_SIDE = 12_000;
/** Icons, spacers and tracking pixels: below this on either side an image is not kept. */
export const MIN_IMAGE_SIDE = 16;
/** Images kept from one document; the rest keep their alt text. */
export const MAX_IMAGES_PER_DOCUMENT = 60;
/** A stored image is scaled down to this longest side: enough for an A4 page at print resolution. */
export const STORED_LONGEST_SIDE = 2_400;

/** An image as read from a file, before it is decoded and re-encoded. */
export interface SourceImage {
  id: string;
  mime: string;
  bytes: Uint8Array;
  alt: string;
}

/** An image stored in the library, re-encoded (no metadata) and tied to one brief. */
export interface BriefImage {
  id: string;
  briefId: string;
  mime: StoredImageType;
  bytes: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

const ID = /^[a-z0-9-]{8,64}$/;

/**
 * Stands in for an image that was never in the file: a remote or local address (never fetched
 * nor kept). Its alt text is shown with a note instead.
 */
export const NOT_INCLUDED = 'not-included';

/**
 * Stands in for an image that was inside the file but refused on import (damaged, of a type we
 * do not read, too large, one too many). Its alt text is shown with a note of its own.
 */
export const LEFT_OUT = 'left-out';

export function imageRef(id: string): string {
  return `${IMAGE_SCHEME}${id}`;
}

/** The stored image a URL refers to, or null for any other URL. */
export function imageIdOf(url: string): string | null {
  if (!url.startsWith(IMAGE_SCHEME)) return null;
  const id = url.slice(IMAGE_SCHEME.length);
  return ID.test(id) ? id : null;
}

/** The type the bytes really are, from their first bytes; null when not an image we read. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (at(0, 0x42, 0x4d)) return 'image/bmp';
  return null;
}

/** Why the bytes of an image in a file are refused before decoding, or null when they may be decoded. */
export function refuseSource(bytes: Uint8Array): PictureProblem | null {
  if (bytes.length > MAX_IMAGE_BYTES) return { code: 'tooLarge', mb: MAX_IMAGE_BYTES / 1024 / 1024 };
  if (!sniffImageType(bytes)) return { code: 'notImage' };
  return null;
}

/** Why a decoded image is not kept, or null. 'tiny' images are left out without a word. */
export function refuseDecoded(width: number, height: number): PictureProblem | 'tiny' | null {
  if (width * height > MAX_IMAGE_PIXELS || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    return { code: 'tooManyPixels', width, height, megapixels: MAX_IMAGE_PIXELS / 1_000_000, side: MAX_IMAGE_SIDE };
  }
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) return 'tiny';
  return null;
}

/** The size an image is stored at: never larger than it came, the longest side at most STORED_LONGEST_SIDE. */
export function storedSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, STORED_LONGEST_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Photographs stay JPEG (PNG would be many times larger); everything else becomes PNG. */
export function storedTypeFor(sourceType: string): StoredImageType {
  return sourceType === 'image/jpeg' ? 'image/jpeg' : 'image/png';
}

/** Markdown text for an image: the alt text and caption escaped so neither can end the syntax early. */
export function imageMarkdown(alt: string, url: string, caption = ''): string {
  const cleanAlt = alt.replace(/\s+/g, ' ').trim().replace(/([\\[\]])/g, '\\$1');
  const cleanCaption = caption.replace(/\s+/g, ' ').trim().replace(/(["\\])/g, '\\$1');
  return `![${cleanAlt}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>${cleanCaption ? ` "${cleanCaption}"` : ''})`;
}

/** The Markdown with each reference to the given image pointing at LEFT_OUT (it was refused). */
export function withoutImage(markdown: string, id: string): string {
  return markdown.split(imageRef(id)).join(imageRef(LEFT_OUT));
}

/** The Markdown without the given image at all (an icon or spacer: nothing worth a note). */
export function dropImage(markdown: string, id: string): string {
  const ref = imageRef(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return markdown.replace(new RegExp(`!\\[(?:\\\\.|[^\\]\\\\])*\\]\\(<${ref}>(?: "(?:\\\\.|[^"\\\\])*")?\\)`, 'g'), '');
}
