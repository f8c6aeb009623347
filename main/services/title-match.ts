// How a title is compared with text read back from a PDF: outline titles join a wrapped
// heading's lines without a space, and text runs split lines anywhere, so spaces never count.
export const normalizeTitle = (s: string): string => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();
