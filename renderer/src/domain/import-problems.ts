// Why a file, or a picture in it, was not imported: a code with its details, so the import report
// can word it in the reader's language while errors and the CLI keep English. The wording sits
// here beside the codes, one function per UI language, so a new code or language fails typecheck
// until every language says it.
import type { Language } from './language/languages.js';

/** Why one picture was left out of a brief. */
export type PictureProblem =
  | { code: 'tooMany'; max: number }
  | { code: 'tooLarge'; mb: number }
  | { code: 'notImage' }
  | { code: 'notBase64' }
  | { code: 'damaged' }
  | { code: 'undecodable' }
  | { code: 'tooManyPixels'; width: number; height: number; megapixels: number; side: number }
  | { code: 'stillTooLarge'; mb: number }
  | { code: 'unread' }
  | { code: 'pageTotal'; mb: number }
  | { code: 'notHere' };

export type ImportProblem =
  | { code: 'empty' | 'binary' | 'noText' | 'noTextLayer' | 'clipboardEmpty' | 'tooSlow' | 'pdfPassword' | 'pdfInvalid' | 'unusedPicture' | 'unfinished' }
  | { code: 'garbled'; sample: string }
  | { code: 'tooLarge'; limit: string }
  | { code: 'tooLong'; chars: number }
  | { code: 'tooManyElements'; max: number }
  | { code: 'notWord' | 'pdfUnreadable'; detail: string }
  | { code: 'unsupported'; ending: string; supported: string }
  /** A picture the file carried; `number` counts pictures in the file, when known. */
  | { code: 'pictureLeftOut'; alt: string; number?: number; why: PictureProblem };

const count = (n: number, language: Language) => n.toLocaleString(language === 'en' ? 'en-US' : 'es-MX');

const ENGLISH_PICTURE: (p: PictureProblem) => string = (p) => {
  switch (p.code) {
    case 'tooMany': return `only ${p.max} images are kept per document`;
    case 'tooLarge': return `it is larger than ${p.mb} MB`;
    case 'notImage': return 'it is not a PNG, JPEG, GIF, WebP or BMP image';
    case 'notBase64': return 'it is not a base64 image';
    case 'damaged': return 'its data is damaged';
    case 'undecodable': return 'it could not be decoded (is it damaged?)';
    case 'tooManyPixels': return `it is ${p.width}×${p.height} pixels, more than Chancery decodes (${p.megapixels} million pixels, ${p.side} a side)`;
    case 'stillTooLarge': return `it is still larger than ${p.mb} MB once re-encoded`;
    case 'unread': return 'it was too large to be read';
    case 'pageTotal': return `it would take the page's pictures past ${p.mb} MB`;
    case 'notHere': return 'it cannot be decoded here';
  }
};

const SPANISH_PICTURE: (p: PictureProblem) => string = (p) => {
  switch (p.code) {
    case 'tooMany': return `solo se guardan ${p.max} imágenes por documento`;
    case 'tooLarge': return `ocupa más de ${p.mb} MB`;
    case 'notImage': return 'no es una imagen PNG, JPEG, GIF, WebP ni BMP';
    case 'notBase64': return 'no es una imagen en base64';
    case 'damaged': return 'sus datos están dañados';
    case 'undecodable': return 'no se pudo descodificar (¿está dañada?)';
    case 'tooManyPixels': return `mide ${p.width}×${p.height} píxeles, más de lo que Chancery descodifica (${p.megapixels} millones de píxeles, ${p.side} por lado)`;
    case 'stillTooLarge': return `sigue ocupando más de ${p.mb} MB una vez recodificada`;
    case 'unread': return 'era demasiado grande para leerla';
    case 'pageTotal': return `las imágenes de la página pasarían de ${p.mb} MB`;
    case 'notHere': return 'aquí no se puede descodificar';
  }
};

const PHRASES: Record<Language, (p: ImportProblem) => string> = {
  en: (p) => {
    switch (p.code) {
      case 'empty': return 'the file is empty';
      case 'binary': return 'looks like a binary file, not text';
      case 'noText': return 'contains no readable text';
      case 'noTextLayer': return 'has no text layer (is it a scanned image?); run it through OCR first';
      case 'clipboardEmpty': return 'there is nothing to import: the clipboard has no text';
      case 'tooSlow': return 'took too long to import, even as plain text';
      case 'pdfPassword': return 'is password-protected; remove the password and import it again';
      case 'pdfInvalid': return 'is not a valid PDF file';
      case 'unusedPicture': return 'is a picture, and no page picked with it shows it; pictures are kept with the saved page that shows them';
      case 'unfinished': return 'the import did not finish';
      case 'garbled': return `its text is garbled (saved after being read in the wrong encoding, e.g. "${p.sample}") and cannot be recovered; save the original again as UTF-8`;
      case 'tooLarge': return `is larger than the ${p.limit} limit`;
      case 'tooLong': return `its text is longer than one brief can hold (${count(p.chars, 'en')} characters)`;
      case 'tooManyElements': return `has more than ${count(p.max, 'en')} HTML elements, too many to import`;
      case 'notWord': return `is not a readable Word document (${p.detail})`;
      case 'pdfUnreadable': return `could not be read as a PDF (${p.detail})`;
      case 'unsupported': return `${p.ending ? `"${p.ending}" files are not supported` : 'has no file extension Chancery recognises'}; import ${p.supported}`;
      case 'pictureLeftOut': {
        const name = p.number === undefined ? (p.alt ? `the image “${p.alt}”` : 'an image') : `image ${p.number}${p.alt ? ` (“${p.alt}”)` : ''}`;
        return `${name} was left out: ${ENGLISH_PICTURE(p.why)}`;
      }
    }
  },
  es: (p) => {
    switch (p.code) {
      case 'empty': return 'el archivo está vacío';
      case 'binary': return 'parece un archivo binario, no texto';
      case 'noText': return 'no contiene texto legible';
      case 'noTextLayer': return 'no tiene capa de texto (¿es una imagen escaneada?); páselo antes por un OCR';
      case 'clipboardEmpty': return 'no hay nada que importar: el portapapeles no tiene texto';
      case 'tooSlow': return 'tardó demasiado en importarse, incluso como texto sin formato';
      case 'pdfPassword': return 'está protegido con contraseña; quítela y vuelva a importarlo';
      case 'pdfInvalid': return 'no es un archivo PDF válido';
      case 'unusedPicture': return 'es una imagen y ninguna página elegida con ella la muestra; las imágenes se guardan con la página guardada que las muestra';
      case 'unfinished': return 'la importación no terminó';
      case 'garbled': return `su texto está alterado (se guardó tras leerse con otra codificación, p. ej. "${p.sample}") y no se puede recuperar; guarde el original de nuevo como UTF-8`;
      case 'tooLarge': return `supera el límite de ${p.limit}`;
      case 'tooLong': return `su texto es más largo de lo que cabe en una ficha (${count(p.chars, 'es')} caracteres)`;
      case 'tooManyElements': return `tiene más de ${count(p.max, 'es')} elementos HTML, demasiados para importarlo`;
      case 'notWord': return `no es un documento de Word legible (${p.detail})`;
      case 'pdfUnreadable': return `no se pudo leer como PDF (${p.detail})`;
      case 'unsupported': return `${p.ending ? `los archivos "${p.ending}" no se admiten` : 'no tiene una extensión que Chancery reconozca'}; importe ${p.supported}`;
      case 'pictureLeftOut': {
        const name = p.number === undefined ? (p.alt ? `la imagen «${p.alt}»` : 'una imagen') : `la imagen ${p.number}${p.alt ? ` («${p.alt}»)` : ''}`;
        return `${name} se omitió: ${SPANISH_PICTURE(p.why)}`;
      }
    }
  },
};

/** The problem as a sentence in the given language, after the file's name ("a.txt: the file is empty"). */
export function describeImportProblem(problem: ImportProblem, language: Language = 'en'): string {
  return PHRASES[language](problem);
}

/** A picture's alt text as a report names it: trimmed, and cut to a readable length. */
export function pictureAlt(alt: string): string {
  return alt.trim().slice(0, 60);
}
