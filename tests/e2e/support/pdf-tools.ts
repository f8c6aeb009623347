// Reading exported PDFs in tests with poppler-utils (pdfinfo, pdftotext, pdftoppm).
import { execFileSync, spawnSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const at = line.indexOf(':');
      return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : [];
    }),
  );
}

/** The text of one page (1-based), laid out as printed. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

export function allPages(file: string): string[] {
  const count = Number(pdfInfo(file).Pages);
  return Array.from({ length: count }, (_, i) => pageText(file, i + 1));
}

/** Renders pages to PNGs (prefix-N.png) so a person can look at them. */
export function renderPages(file: string, prefix: string, first: number, last: number): void {
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(first), '-l', String(last), file, prefix]);
}

/** Fonts embedded in a PDF, as `pdffonts` lists them: base name (subset prefix removed) and whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out.split('\n').slice(2).flatMap((line) => {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 7) return [];
    // name type [type…] encoding emb sub uni object ID: emb is the fifth column from the end.
    return [{ name: cols[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: cols.at(-5) === 'yes' }];
  });
}

/** The whole text, in reading order (no -layout), for comparing with a source text. */
export function plainText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export interface WordBox { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** Every word of every page with its box in points (origin top left), from `pdftotext -bbox`. */
export function wordBoxes(file: string): { width: number; height: number; words: WordBox[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return html.split('<page ').slice(1).map((chunk) => {
    const [, width = '0', height = '0'] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk) ?? [];
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescape(m[5]!),
    }));
    return { width: Number(width), height: Number(height), words };
  });
}

/** The tagged structure's headings in order (level and text), and what poppler complained about. */
export function structHeadings(file: string): { headings: { level: number; text: string }[]; errors: string[] } {
  const result = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  const lines = result.stdout.split('\n');
  const headings: { level: number; text: string }[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)H([1-6]) \(block\)/.exec(line);
    if (!m) return;
    const depth = m[1]!.length;
    const text: string[] = [];
    for (let j = i + 1; j < lines.length && (lines[j]!.length - lines[j]!.trimStart().length) > depth; j++) {
      const quoted = /^\s*"(.*)"$/.exec(lines[j]!);
      if (quoted) text.push(quoted[1]!);
    }
    headings.push({ level: Number(m[2]), text: text.join('').trim() });
  });
  return { headings, errors: result.stderr.split('\n').filter((l) => l.trim() !== '') };
}

/** One element of a PDF's structure tree: its type (after the RoleMap), its own /Lang, its element kids. */
export interface StructNode {
  type: string;
  /** The /S as written, before the RoleMap. */
  written: string;
  lang: string | undefined;
  /** Alternate text (/Alt), which a Figure must have. */
  alt: string | undefined;
  kids: StructNode[];
}

const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** The structure tree read with pdf-lib (pdfinfo prints neither Lang nor the RoleMap). */
export function structTree(doc: PDFDocument): { lang: string | undefined; roots: StructNode[] } {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const roleMap = root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const node = (ref: PDFObject): StructNode[] => {
    const dict = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    if (!(dict instanceof PDFDict) || !dict.has(PDFName.of('S'))) return [];
    const written = dict.lookup(PDFName.of('S'), PDFName).decodeText();
    const mapped = roleMap?.get(PDFName.of(written));
    const k = dict.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
    return [{ type: mapped instanceof PDFName ? mapped.decodeText() : written, written, lang: textOf(dict.get(PDFName.of('Lang'))), alt: textOf(dict.get(PDFName.of('Alt'))), kids: kids.flatMap(node) }];
  };
  const k = root?.get(PDFName.of('K'));
  const roots = k instanceof PDFArray ? k.asArray().flatMap(node) : k ? node(k) : [];
  return { lang: textOf(doc.catalog.get(PDFName.of('Lang'))), roots };
}

/** Every node of the tree, depth first, with its parent. */
export function structNodes(roots: readonly StructNode[]): { node: StructNode; parent: StructNode | undefined }[] {
  const out: { node: StructNode; parent: StructNode | undefined }[] = [];
  const walk = (node: StructNode, parent: StructNode | undefined) => {
    out.push({ node, parent });
    node.kids.forEach((kid) => walk(kid, node));
  };
  roots.forEach((r) => walk(r, undefined));
  return out;
}

/** What `pdfinfo -struct` prints on stderr (Poppler's complaints about the structure tree). */
export function structErrors(file: string): string[] {
  const result = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
  return result.stderr.split('\n').filter((l) => l.trim() !== '');
}
