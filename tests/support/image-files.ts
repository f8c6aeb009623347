// Builds, in the test, the files the image tests import: a PNG drawn from a formula (no fixture
// copied from anywhere) and a Word document that embeds it with alt text.
import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { crc32 } from '../../renderer/src/domain/images/dimensions.js';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An RGB PNG: diagonal stripes of two colours over a gradient, easy to tell apart from a blank
 * page. `extra` chunks (text metadata, say) go before the image data.
 */
export function makePng(width: number, height: number, extra: Array<[string, Uint8Array]> = []): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const stripe = Math.floor((x + y) / 12) % 2 === 0;
      rows[row + 1 + x * 3] = stripe ? 200 : 30;
      rows[row + 2 + x * 3] = Math.round((255 * x) / width);
      rows[row + 3 + x * 3] = stripe ? 40 : 180;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), ...extra.map(([t, d]) => chunk(t, d)), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}

/** A PNG whose header declares a size far beyond what may be decoded (its pixel data is tiny). */
export function makeBombPng(): Buffer {
  const png = makePng(20, 20);
  const ihdr = png.subarray(8 + 8, 8 + 8 + 13);
  ihdr.writeUInt32BE(50_000, 0);
  ihdr.writeUInt32BE(50_000, 4);
  png.writeUInt32BE(crc32(png.subarray(12, 12 + 4 + 13)), 8 + 8 + 13);
  return png;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NS = [
  W,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const para = (text: string, style = '') =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

function picture(alt: string): string {
  const emu = 914400 * 2;
  return `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="${emu}" cy="${emu / 2}"/><wp:docPr id="1" name="Picture 1" descr="${esc(alt)}"/>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="map.png" descr="${esc(alt)}"/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

export interface DocxWithImage {
  title: string;
  paragraphs: string[];
  alt: string;
  png: Uint8Array;
}

/** The smallest Word package mammoth reads, with one embedded picture after the first paragraph. */
export function makeDocxWithImage({ title, paragraphs, alt, png }: DocxWithImage): Uint8Array {
  const [first = '', ...rest] = paragraphs;
  const body = [para(title, 'Heading1'), para(first), picture(alt), ...rest.map((p) => para(p))].join('');
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'styles', 'styles.xml')}${rel('rIdImg', 'image', 'media/map.png')}</Relationships>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style></w:styles>`,
    ),
    'word/media/map.png': png,
  };
  return zipSync(files);
}

/** A one-page PDF with a heading, paragraphs and one picture drawn between them. */
export async function makePdfWithImage(title: string, paragraphs: string[], png: Uint8Array): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(title, { x: 56, y: 780, size: 20, font });
  let y = 740;
  const image = await doc.embedPng(png);
  for (const [i, text] of paragraphs.entries()) {
    page.drawText(text, { x: 56, y, size: 11, font, maxWidth: 480, lineHeight: 15 });
    y -= 15 * Math.ceil(text.length / 85) + 20;
    if (i === 0) {
      page.drawImage(image, { x: 56, y: y - image.height, width: image.width, height: image.height });
      y -= image.height + 20;
    }
  }
  return doc.save();
}
