// A saved page's relative pictures, picked with it: which picked file a reference means (by path
// from the page's folder when a folder was picked, by file name when files were picked one by
// one), that nothing resolves above what was picked, and that the import takes the pictures it
// matched into the brief (same limits as pictures written into the page) and leaves the rest as
// alt text with a note.
import { describe, expect, it } from 'vitest';
import { isPictureName, mayReferTo, referenceSegments, resolvePicture } from '../../../renderer/src/domain/images/local-pictures.js';
import { draftFrom } from '../../../renderer/src/importing/draft-steps.js';
import { imageRef, LEFT_OUT, NOT_INCLUDED } from '../../../renderer/src/domain/images/limits.js';
import { makePng } from '../../support/image-files.js';
import { describeImportProblem } from '../../../renderer/src/domain/import-problems.js';

describe('which picked file a picture reference means', () => {
  const folder = ['saved/page.html', 'saved/page_files/chart.png', 'saved/page_files/Harbour Map.JPG', 'saved/page_files/sub/x.gif', 'saved/other/pic.png', 'saved/café.png'];

  it('follows a reference from the page’s folder, decoding percent escapes, dropping queries and fragments', () => {
    expect(resolvePicture('saved/page.html', 'page_files/chart.png', folder)).toBe('saved/page_files/chart.png');
    expect(resolvePicture('saved/page.html', './page_files/chart.png?v=3#top', folder)).toBe('saved/page_files/chart.png');
    expect(resolvePicture('saved/page.html', 'page_files/Harbour%20Map.JPG', folder)).toBe('saved/page_files/Harbour Map.JPG');
    expect(resolvePicture('saved/page.html', 'caf%C3%A9.png', folder)).toBe('saved/café.png');
    expect(resolvePicture('saved/page.html', 'page_files/sub/../chart.png', folder)).toBe('saved/page_files/chart.png');
    // '..' may climb within what was picked.
    expect(resolvePicture('saved/page_files/sub/inner.html', '../../other/pic.png', folder)).toBe('saved/other/pic.png');
  });

  it('matches the exact case first, then ignoring case when only one file fits', () => {
    expect(resolvePicture('saved/page.html', 'page_files/harbour map.jpg', folder)).toBe('saved/page_files/Harbour Map.JPG');
    const twins = ['p.html', 'f/A.png', 'f/a.png'];
    expect(resolvePicture('p.html', 'f/a.png', twins)).toBe('f/a.png');
    expect(resolvePicture('p.html', 'f/A.PNG', twins)).toBeNull();
  });

  it('never resolves above the top of the pick, nor anything that is not a relative path', () => {
    for (const src of ['../../saved/page_files/chart.png', '../../../chart.png', 'page_files/../../../etc/passwd']) {
      expect(resolvePicture('saved/page.html', src, folder)).toBeNull();
    }
    for (const src of ['/saved/page_files/chart.png', '\\saved\\page_files\\chart.png', '//host/chart.png', 'file:///saved/page_files/chart.png', 'https://example.org/page_files/chart.png', 'data:image/png;base64,AAAA', 'page_files%2Fchart.png', 'page_files%5Cchart.png', '']) {
      expect(resolvePicture('saved/page.html', src, folder), src).toBeNull();
    }
    expect(resolvePicture('saved/page.html', 'page_files/missing.png', folder)).toBeNull();
  });

  it('matches by file name alone when files were picked one by one', () => {
    const picked = ['page.html', 'chart.png', 'Harbour Map.JPG'];
    expect(resolvePicture('page.html', 'page_files/chart.png', picked)).toBe('chart.png');
    expect(resolvePicture('page.html', './Page_Files/Harbour%20Map.jpg', picked)).toBe('Harbour Map.JPG');
    expect(resolvePicture('page.html', '../../elsewhere/chart.png', picked)).toBe('chart.png');
    expect(resolvePicture('page.html', 'page_files/..', picked)).toBeNull();
    expect(resolvePicture('page.html', 'https://example.org/chart.png', picked)).toBeNull();
  });

  it('reads the segments of a reference, keeping a stray percent sign literal', () => {
    expect(referenceSegments('a/100%.png')).toEqual(['a', '100%.png']);
    expect(referenceSegments('mailto:x@example.org')).toBeNull();
  });

  it('tells picture files by their ending, and whether a page may name one', () => {
    expect(['a.PNG', 'b.jpeg', 'c.webp', 'd.svg'].every(isPictureName)).toBe(true);
    expect(['page.html', 'script.js', 'style.css', 'png'].some(isPictureName)).toBe(false);
    expect(mayReferTo('<img src="page_files/Harbour%20Map.JPG">', 'saved/page_files/Harbour Map.JPG')).toBe(true);
    expect(mayReferTo('<img src="x/harbour map.jpg">', 'Harbour Map.JPG')).toBe(true);
    expect(mayReferTo('<img src="x/other.jpg">', 'Harbour Map.JPG')).toBe(false);
  });
});

const words = 'The fictional harbour authority of Kessel published its seasonal plan for the northern quay and its berths. '.repeat(4);
function page(body: string): Uint8Array {
  // A base address: Readability makes references absolute against it, as it does against the app's own in a worker.
  return new TextEncoder().encode(`<!doctype html><html lang="en"><head><title>Quay plan</title><base href="https://news.example.org/2031/"></head><body><article><h1>Quay plan</h1><p>${words}</p>${body}<p>${words}</p></article></body></html>`);
}
const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

describe('importing a saved page with the pictures picked with it', () => {
  it('takes a matched picture into the brief once, whatever the number of references; the rest keep their alt text', async () => {
    const chart = makePng(120, 60);
    const result = await draftFrom({
      kind: 'html', name: 'page.html', path: 'saved/page.html', bytes: page(`<p><img src="page_files/chart.png" alt="Berth chart"></p>
        <p><img src="./page_files/chart.png" alt="Berth chart again"></p><p><img src="page_files/absent.png" alt="Missing map"></p>
        <p><img src="../../outside.png" alt="Outside the pick"></p><p><img src="page_files/notes.png" alt="Not a picture"></p>`),
      pictures: [
        { path: 'saved/page_files/chart.png', file: blob(chart) },
        { path: 'saved/page_files/notes.png', file: blob(new TextEncoder().encode('plain words, not a picture at all')) },
        { path: 'saved/page_files/unrelated.png', file: blob(chart) },
        { path: 'outside.png', file: blob(chart) },
      ],
    });
    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({ mime: 'image/png', alt: 'Berth chart' });
    expect([...result.images[0]!.bytes]).toEqual([...chart]);
    const markdown = result.draft.markdown;
    expect(markdown.split(imageRef(result.images[0]!.id)).length - 1).toBe(2);
    expect(markdown).toContain(`![Missing map](<${imageRef(NOT_INCLUDED)}>)`);
    expect(markdown).toContain(`![Outside the pick](<${imageRef(NOT_INCLUDED)}>)`);
    expect(markdown).toContain(`![Not a picture](<${imageRef(LEFT_OUT)}>)`);
    expect(result.imageNotes.map((n) => describeImportProblem(n)).join(' ')).toMatch(/“Not a picture”.*is not a PNG, JPEG, GIF, WebP or BMP image/);
    // The page named them: neither is to be imported on its own. The unrelated picture was never read.
    expect(result.usedPictures.sort()).toEqual(['saved/page_files/chart.png', 'saved/page_files/notes.png']);
  });

  it('refuses a picked picture over the size limit without reading it', async () => {
    const huge = { size: 13 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
    const result = await draftFrom({ kind: 'html', name: 'page.html', bytes: page('<p><img src="page_files/big.png" alt="Big chart"></p>'), pictures: [{ path: 'big.png', file: huge }] });
    expect(result.images).toEqual([]);
    expect(result.draft.markdown).toContain(`![Big chart](<${imageRef(LEFT_OUT)}>)`);
    expect(result.imageNotes.map((n) => describeImportProblem(n)).join(' ')).toContain('is larger than 12 MB');
  });
});
