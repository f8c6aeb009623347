// Images in a backup: each stored image travels as a JSON record with its bytes in base64, and is
// checked on reading like any record (type, size, dimensions) and again against its own bytes:
// the type and the size its header declares must be the ones the record states.
import { z } from '../schema.js';
import { imageDimensions } from '../images/dimensions.js';
import { MAX_IMAGE_BYTES, sniffImageType, STORED_IMAGE_TYPES, STORED_LONGEST_SIDE, type BriefImage } from '../images/limits.js';

/** A stored image as a backup holds it. */
export interface BackupImage extends Omit<BriefImage, 'bytes'> {
  /** The image's bytes, base64. */
  data: string;
}

const side = z.number().int().min(1).max(STORED_LONGEST_SIDE);

export const imageSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{8,64}$/),
    briefId: z.string().min(1).max(200),
    mime: z.enum(STORED_IMAGE_TYPES),
    data: z.string().max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'image data must be base64'),
    width: side,
    height: side,
    alt: z.string().max(10_000),
  })
  .refine((image) => bytesMatch(image), { message: 'the image data is not the picture the record describes (type or size differ)' }) satisfies z.ZodType<BackupImage>;

function bytesMatch(image: BackupImage): boolean {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(image.data);
  } catch {
    return false;
  }
  const size = imageDimensions(bytes);
  return sniffImageType(bytes) === image.mime && size?.width === image.width && size.height === image.height;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function fromBase64(data: string): Uint8Array {
  return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
}

export function toBackupImage({ bytes, ...image }: BriefImage): BackupImage {
  return { ...image, data: toBase64(bytes) };
}

export function fromBackupImage({ data, ...image }: BackupImage): BriefImage {
  return { ...image, bytes: fromBase64(data) };
}
