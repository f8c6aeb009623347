// Sanitized HTML → Markdown (GFM tables), with tables shaped the way the GFM plugin needs.
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { imageMarkdown } from '../domain/images/limits.js';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', hr: '---' });
  service.use(gfm);
  // Alt text and caption escaped, so neither can end the image syntax early.
  service.addRule('image', {
    filter: 'img',
    replacement: (_, node) => {
      const img = node as Element;
      const src = img.getAttribute('src');
      return src ? imageMarkdown(img.getAttribute('alt') ?? '', src, img.getAttribute('title') ?? '') : '';
    },
  });
  return service;
}

/**
 * The GFM plugin only converts tables whose first row is a heading row and cannot put line
 * breaks in cells: promote the first row to <th> and flatten each cell to one line of text.
 */
function prepareTables(root: DocumentFragment | Element): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    for (const nested of Array.from(table.querySelectorAll('table'))) nested.replaceWith(nested.textContent ?? '');
    for (const cell of Array.from(table.querySelectorAll('th, td'))) {
      cell.textContent = (cell.textContent ?? '').replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
    }
    const first = table.querySelector('tr');
    if (!first) {
      table.remove();
      continue;
    }
    for (const td of Array.from(first.children).filter((c) => c.tagName === 'TD')) {
      const th = td.ownerDocument.createElement('th');
      th.textContent = td.textContent;
      td.replaceWith(th);
    }
    // Whitespace text nodes between cells would be read as cells by the plugin.
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      for (const child of Array.from(row.childNodes)) if (child.nodeType !== 1) child.remove();
    }
  }
}

export function htmlToMarkdown(fragment: DocumentFragment): string {
  prepareTables(fragment);
  return (
    turndown()
      .turndown(fragment)
      // Turndown pads list markers to four columns ("-   item"); one space reads better as source.
      .replace(/^(\s*)([-*+]|\d+\.) {2,}/gm, '$1$2 ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
