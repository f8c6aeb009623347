// Document information for a printed book. Chromium only sets the Title (from <title>), so the
// rest is written afterwards; pdf-lib rewrites the file but keeps the catalog's outline and
// structure tree (tagging), which the export tests check with pdfinfo.
import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

export async function writeMetadata(pdf: Uint8Array, meta: PdfMetadata, now = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('Chancery');
  doc.setProducer('Chancery (Chromium print engine)');
  doc.setModificationDate(now);
  return doc.save({ useObjectStreams: false });
}
