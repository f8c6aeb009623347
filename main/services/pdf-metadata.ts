// Document information for a printed book. Chromium only sets the Title (from <title>), so the
// rest is written afterwards, on the document the export loads once to finish it.
import type { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

export function applyMetadata(doc: PDFDocument, meta: PdfMetadata, now = new Date()): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('Chancery');
  doc.setProducer('Chancery (Chromium print engine)');
  doc.setModificationDate(now);
}
