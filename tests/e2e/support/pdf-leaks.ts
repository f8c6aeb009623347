// Where, if anywhere, a phrase can be read out of a PDF: its text layer (pdftotext), document
// information and XMP metadata (pdfinfo, pdfinfo -meta), outline and link targets (pdf.js),
// tagged structure (pdfinfo -struct-text, and each element's alternate text read with pdf-lib),
// and the file's own bytes with every stream inflated (names, ids, destinations, anything else
// stored as plain characters), where the phrase is also sought as a slug and URL-encoded.
// A redaction drawn over live text fails here: the words are still in the text layer and tags.
import { execFileSync, spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFile } from 'node:fs/promises';
import { structNodes, structTree } from './pdf-tools.js';

export type LeakPlace = 'text' | 'info' | 'xmp' | 'outline' | 'links' | 'structure' | 'alt' | 'bytes';

/** Case and spacing folded away, so a phrase broken across lines or cased differently is found. */
const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The file as Latin-1 characters, followed by each Flate stream inflated. */
function inflatedBytes(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const parts = [raw];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font in another filter): its raw bytes are already in.
    }
  }
  return parts.join('\n');
}

/** A phrase as it may be stored outside text: itself, as a slug, URL-encoded. */
const forms = (phrase: string): string[] => [phrase, phrase.toLowerCase().replace(/\s+/g, '-'), phrase.replace(/\s+/g, '%20'), phrase.replace(/\s+/g, '_')];

interface OutlineNode { title: string; items: OutlineNode[] }
const outlineTitles = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.title, ...outlineTitles(n.items)]);

/** Every place in `file` where each phrase can be read; empty when none can. */
export async function findLeaks(file: string, phrases: readonly string[]): Promise<{ phrase: string; place: LeakPlace }[]> {
  const bytes = new Uint8Array(await readFile(file));
  const places: Record<LeakPlace, string> = {
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) + execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    info: execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }),
    xmp: spawnSync('pdfinfo', ['-meta', file], { encoding: 'utf8' }).stdout,
    structure: spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).stdout,
    outline: '',
    links: '',
    alt: '',
    bytes: '',
  };
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  places.outline = outlineTitles(((await doc.getOutline()) ?? []) as OutlineNode[]).join('\n');
  const uris: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    for (const a of await (await doc.getPage(p)).getAnnotations()) uris.push(String(a.url ?? ''), String(a.unsafeUrl ?? ''));
  }
  places.links = uris.map((u) => `${u}\n${safeDecode(u)}`).join('\n');
  await doc.destroy();
  const tree = structTree(await PDFDocument.load(bytes, { updateMetadata: false }));
  places.alt = structNodes(tree.roots).map(({ node }) => node.alt ?? '').join('\n');
  places.bytes = inflatedBytes(bytes);
  return phrases.flatMap((phrase) =>
    (Object.keys(places) as LeakPlace[])
      .filter((place) => (place === 'bytes' ? forms(phrase) : [phrase]).some((form) => fold(places[place]).includes(fold(form))))
      .map((place) => ({ phrase, place })),
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
