// Reading exported PDFs in tests with poppler-utils (pdfinfo, pdftotext, pdftoppm).
import { execFileSync } from 'node:child_process';

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
