// Images inside imported files: what extraction keeps (bytes and a reference by id), what stands
// in for what it does not (remote and local images: alt text with a note, never an address), and
// how a brief's Markdown renders them (only the internal scheme becomes an image).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftFrom } from '../../../renderer/src/importing/draft-steps.js';
import { imageDimensions } from '../../../renderer/src/domain/images/dimensions.js';
import {
  dropImage, imageIdOf, imageMarkdown, imageRef, LEFT_OUT, MAX_IMAGE_BYTES, NOT_INCLUDED, refuseDecoded, refuseSource, storedSize, storedTypeFor, withoutImage,
} from '../../../renderer/src/domain/images/limits.js';
import { parseMarkdownChunks } from '../../../renderer/src/rendering/marked-parse.js';
import { reencodeImages } from '../../../renderer/src/importing/reencode-images.js';
import { describeImportProblem, type ImportProblem, type PictureProblem } from '../../../renderer/src/domain/import-problems.js';

/** The report's English sentences for a file's left-out pictures. */
const sentences = (notes: readonly ImportProblem[]) => notes.map((n) => describeImportProblem(n));
const pictureSentence = (why: PictureProblem | 'tiny' | null) => (why && why !== 'tiny' ? describeImportProblem({ code: 'pictureLeftOut', alt: '', why }) : why);
import { makeBombPng, makeDocxWithImage, makePng } from '../../support/image-files.js';

const png = makePng(120, 60, [['tEXt', new TextEncoder().encode('Comment\0secret location 51.5N')]]);
const dataUri = `data:image/png;base64,${png.toString('base64')}`;
const words = 'The fictional harbour authority of Kessel published its seasonal plan for the northern quay and its berths. '.repeat(4);

function page(body: string): Uint8Array {
  return new TextEncoder().encode(`<!doctype html><html lang="en"><head><title>Quay plan</title></head><body><article><h1>Quay plan</h1><p>${words}</p>${body}<p>${words}</p></article></body></html>`);
}

describe('extracting images from a saved web page', () => {
  it('keeps a data: image with its alt text and caption, by id, and never keeps a remote or local address', async () => {
    const html = page(`<figure><img src="${dataUri}" alt="Berth map"><figcaption>Berths 1 to 4, spring</figcaption></figure>
      <p><img src="https://images.example.org/crane.jpg" alt="A crane at dusk"></p>
      <p><img src="file:///C:/Users/me/quay.png" alt="Local copy of the quay"></p>
      <p><img src="https://images.example.org/pixel.gif"></p>`);
    const result = await draftFrom({ kind: 'html', name: 'quay.html', bytes: html });
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image).toMatchObject({ mime: 'image/png', alt: 'Berth map' });
    expect(Buffer.from(image!.bytes).equals(png)).toBe(true);
    const md = result.draft.markdown;
    expect(md).toContain(`![Berth map](<${imageRef(image!.id)}> "Berths 1 to 4, spring")`);
    expect(md).toContain(`![A crane at dusk](<${imageRef(NOT_INCLUDED)}>)`);
    expect(md).toContain(`![Local copy of the quay](<${imageRef(NOT_INCLUDED)}>)`);
    expect(md).not.toMatch(/example\.org|file:|data:/);
    expect(result.imageNotes).toEqual([]);
  });

  it('refuses an image that is not an image, and an address pretending to be an internal one, with a reason', async () => {
    const fake = `data:image/png;base64,${Buffer.from('not a picture at all').toString('base64')}`;
    const html = page(`<p><img src="${fake}" alt="Broken chart"></p><p><img src="chancery-image:0123456789abcdef" alt="Someone else's"></p>`);
    const result = await draftFrom({ kind: 'html', name: 'quay.html', bytes: html });
    expect(result.images).toEqual([]);
    expect(sentences(result.imageNotes)).toEqual(['image 1 (“Broken chart”) was left out: it is not a PNG, JPEG, GIF, WebP or BMP image']);
    expect(result.draft.markdown).not.toContain('0123456789abcdef');
    // The one that was in the file is marked as left out; the pretended one was never there.
    expect(result.draft.markdown).toContain(`![Broken chart](<${imageRef(LEFT_OUT)}>)`);
    expect(result.draft.markdown).toContain(`![Someone else's](<${imageRef(NOT_INCLUDED)}>)`);
  });

  it('names an image whose base64 is invalid by its alt text, and marks it as left out', async () => {
    const html = page(`<p><img src="${dataUri}" alt="Berth map"></p><p><img src="data:image/png;base64,iVBOR*w0K!!" alt="Broken chart"></p>`);
    const result = await draftFrom({ kind: 'html', name: 'quay.html', bytes: html });
    expect(result.images.map((i) => i.alt)).toEqual(['Berth map']);
    expect(sentences(result.imageNotes)).toEqual(['image 2 (“Broken chart”) was left out: its data is damaged']);
    expect(result.draft.markdown).toContain(`![Broken chart](<${imageRef(LEFT_OUT)}>)`);
  });
});

describe('extracting images from a Word document', () => {
  it('takes the embedded picture with its alt text', async () => {
    const docx = makeDocxWithImage({ title: 'Quay plan', paragraphs: [words, words], alt: 'Berth map', png });
    const result = await draftFrom({ kind: 'docx', name: 'quay.docx', bytes: docx });
    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({ mime: 'image/png', alt: 'Berth map' });
    expect(result.draft.markdown).toContain(`![Berth map](<${imageRef(result.images[0]!.id)}>)`);
  });

  it('marks an embedded picture it cannot read as left out, with its alt text', async () => {
    const docx = makeDocxWithImage({ title: 'Quay plan', paragraphs: [words, words], alt: 'Berth map', png: Buffer.from('not a picture at all') });
    const result = await draftFrom({ kind: 'docx', name: 'quay.docx', bytes: docx });
    expect(result.images).toEqual([]);
    expect(sentences(result.imageNotes)).toEqual(['image 1 (“Berth map”) was left out: it is not a PNG, JPEG, GIF, WebP or BMP image']);
    expect(result.draft.markdown).toContain(`![Berth map](<${imageRef(LEFT_OUT)}>)`);
  });
});

describe('extracting images from a PDF', () => {
  it('puts the pictures its pages paint after its text, in page order, with their alt text', async () => {
    const line = (text: string, y: number, size = 11) => ({ page: 1, text, x: 56, y, width: text.length * size * 0.5, size, endOfLine: true });
    const runs = [line('Tide Windows', 780, 20), ...words.trim().split('. ').map((sentence, i) => line(`${sentence}.`, 740 - i * 15))];
    const result = await draftFrom({
      kind: 'pdf', name: 'tides.pdf', runs, info: { title: '', author: '', creationDate: '' },
      images: [{ page: 1, bytes: png, alt: 'Tide table' }, { page: 2, bytes: new Uint8Array([1, 2, 3]), alt: 'Picture from page 2' }],
    });
    expect(result.images.map((i) => i.alt)).toEqual(['Tide table']);
    expect(result.draft.markdown.trim().endsWith(`![Tide table](<${imageRef(result.images[0]!.id)}>)`)).toBe(true);
    expect(sentences(result.imageNotes)).toEqual(['image 2 (“Picture from page 2”) was left out: it is not a PNG, JPEG, GIF, WebP or BMP image']);
  });
});

describe('image limits', () => {
  it('reads sizes from headers, so a decompression bomb is refused before decoding', () => {
    expect(imageDimensions(png)).toEqual({ width: 120, height: 60 });
    const bomb = makeBombPng();
    expect(imageDimensions(bomb)).toEqual({ width: 50_000, height: 50_000 });
    const { width, height } = imageDimensions(bomb)!;
    expect(pictureSentence(refuseDecoded(width, height))).toMatch(/50000×50000 pixels, more than Chancery decodes/);
    expect(refuseDecoded(8, 300)).toBe('tiny');
    expect(refuseDecoded(120, 60)).toBeNull();
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00]);
    expect(imageDimensions(gif)).toEqual({ width: 320, height: 240 });
    // JPEG: SOI, an APP0 segment to skip, then SOF0 with height 480 and width 640.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0, 0, 0]);
    expect(imageDimensions(jpeg)).toEqual({ width: 640, height: 480 });
  });

  it('believes a header only when it is intact: a damaged one is damage, not a huge picture', () => {
    // A PNG signature followed by garbage that happens to read as an enormous size.
    const garbage = Buffer.concat([png.subarray(0, 8), Buffer.from('garbage, not a header; garbage, not a header')]);
    expect(garbage.readUInt32BE(16)).toBeGreaterThan(50_000);
    expect(imageDimensions(garbage)).toBeNull();
    // An intact IHDR whose size was changed afterwards: its CRC no longer matches.
    const tampered = Buffer.from(png);
    tampered.writeUInt32BE(60_000, 16);
    expect(imageDimensions(tampered)).toBeNull();
    expect(imageDimensions(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 0xf0, 0]))).toBeNull();
    // JPEG: a frame header claiming 0 components and a length that does not match is damaged.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x7f, 0xff, 0x7f, 0xff, 0x00, 0, 0, 0]);
    expect(imageDimensions(jpeg)).toBeNull();
    // BMP: an info header of no size any version defines.
    const bmp = new Uint8Array(30);
    bmp.set([0x42, 0x4d]);
    bmp.set([0xff, 0xff], 18);
    expect(imageDimensions(bmp)).toBeNull();
    bmp[14] = 40;
    bmp[22] = 20;
    expect(imageDimensions(bmp)).toEqual({ width: 65535, height: 20 });
  });

  it('refuses oversized and non-image bytes; stores photographs as JPEG and the rest as PNG, scaled to a print size', () => {
    expect(pictureSentence(refuseSource(new Uint8Array(MAX_IMAGE_BYTES + 1).fill(0x89)))).toMatch(/larger than 12 MB/);
    expect(pictureSentence(refuseSource(new TextEncoder().encode('<svg/>')))).toMatch(/not a PNG/);
    expect(refuseSource(png)).toBeNull();
    expect(storedTypeFor('image/jpeg')).toBe('image/jpeg');
    expect(storedTypeFor('image/gif')).toBe('image/png');
    expect(storedSize(4800, 1200)).toEqual({ width: 2400, height: 600 });
    expect(storedSize(300, 200)).toEqual({ width: 300, height: 200 });
  });

  it('accepts only well-formed internal references', () => {
    expect(imageIdOf('chancery-image:0f8e-4c2a-9b11')).toBe('0f8e-4c2a-9b11');
    expect(imageIdOf('chancery-image:../x')).toBeNull();
    expect(imageIdOf('https://example.org/chancery-image:abcdefgh')).toBeNull();
  });

  it('an image left out is marked as such (alt text and caption kept); an icon is removed entirely', () => {
    const md = `Before.\n\n${imageMarkdown('A [tricky] \\ alt', imageRef('abcdef12-3456'), 'Say "cheese"')}\n\nAfter.`;
    expect(withoutImage(md, 'abcdef12-3456')).toBe(`Before.\n\n${imageMarkdown('A [tricky] \\ alt', imageRef(LEFT_OUT), 'Say "cheese"')}\n\nAfter.`);
    expect(dropImage(md, 'abcdef12-3456')).toBe('Before.\n\n\n\nAfter.');
  });
});

describe('re-encoding images', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refuses a damaged header as damaged and a huge one as too large, both before decoding', async () => {
    const decode = vi.fn(() => Promise.reject(new Error('decoding was not expected')));
    vi.stubGlobal('createImageBitmap', decode);
    const damaged = Buffer.concat([png.subarray(0, 8), Buffer.from('garbage, not a header; garbage, not a header')]);
    const md = `${imageMarkdown('Broken chart', imageRef('abcdef12-0001'))}\n\n${imageMarkdown('Bomb', imageRef('abcdef12-0002'))}`;
    const result = await reencodeImages(md, [
      { id: 'abcdef12-0001', mime: 'image/png', bytes: damaged, alt: 'Broken chart' },
      { id: 'abcdef12-0002', mime: 'image/png', bytes: makeBombPng(), alt: 'Bomb' },
    ]);
    expect(decode).not.toHaveBeenCalled();
    expect(result.images).toEqual([]);
    expect(sentences(result.notes)).toEqual([
      'the image “Broken chart” was left out: its data is damaged',
      expect.stringMatching(/^the image “Bomb” was left out: it is 50000×50000 pixels, more than Chancery decodes/),
    ]);
    expect(result.markdown).toBe(`${imageMarkdown('Broken chart', imageRef(LEFT_OUT))}\n\n${imageMarkdown('Bomb', imageRef(LEFT_OUT))}`);
  });
});

describe('rendering images', () => {
  it('an image alone in its paragraph is a figure with alt text and caption; escaping holds', () => {
    const md = `${imageMarkdown('Map <b>of</b> "berths"', imageRef('abcdef12-3456'), 'Spring & summer')}\n\nText with ${imageMarkdown('inline', imageRef('abcdef12-9999'))} in it.`;
    const html = parseMarkdownChunks(md).join('');
    expect(html).toContain('<figure class="brief-image"><img src="chancery-image:abcdef12-3456" alt="Map &lt;b&gt;of&lt;/b&gt; &quot;berths&quot;"><figcaption>Spring &amp; summer</figcaption></figure>');
    expect(html).toContain('<span class="brief-image"><img src="chancery-image:abcdef12-9999" alt="inline"></span>');
  });

  it('any other image address is left to the display sanitizer, which never loads it', () => {
    const html = parseMarkdownChunks('![A crane](https://images.example.org/crane.jpg)').join('');
    expect(html).toContain('<img src="https://images.example.org/crane.jpg" alt="A crane">');
    expect(html).not.toContain('brief-image');
  });
});
