// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { paintHighlights, rangeFromOffsets } from '../../../renderer/src/rendering/text-offsets.js';

/** A table as marked writes it: whitespace text between rows and cells. */
function tableBody(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<p>Lead paragraph.</p>
<table>
<thead>
<tr>
<th>Phase</th>
<th>Task</th>
</tr>
</thead>
<tbody>
<tr>
<td>One</td>
<td>Draft the ferry schedule</td>
</tr>
<tr>
<td>Two</td>
<td>Hold the <strong>harbour</strong> review</td>
</tr>
</tbody>
</table>
<p>Closing paragraph.</p>`;
  return root;
}

const shape = (root: HTMLElement) => ({
  rows: root.querySelectorAll('tr').length,
  cells: [...root.querySelectorAll('tr')].map((tr) => tr.children.length),
  strayMarks: [...root.querySelectorAll('mark')].filter((m) => !m.closest('td, th, p')).length,
});

describe('paintHighlights', () => {
  it('keeps a table its shape when a highlight spans rows and cells', () => {
    const root = tableBody();
    const before = shape(root);
    const text = root.textContent ?? '';
    const start = text.indexOf('ferry');
    const end = text.indexOf('review') + 'review'.length;
    paintHighlights(root, [{ id: 'a', start, end, color: 'yellow' }]);
    // Re-parsing the painted HTML is what the print view and the editor preview do.
    const reparsed = document.createElement('div');
    reparsed.innerHTML = root.innerHTML;
    expect(shape(root)).toEqual({ ...before, strayMarks: 0 });
    expect(shape(reparsed)).toEqual({ ...before, strayMarks: 0 });
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent).join('')).toContain('harbour');
  });

  it('still counts skipped whitespace, so offsets stay those of the text', () => {
    const root = tableBody();
    const text = root.textContent ?? '';
    const start = text.indexOf('Two');
    paintHighlights(root, [{ id: 'b', start, end: start + 3, color: 'green' }]);
    expect(root.querySelector('mark')?.textContent).toBe('Two');
    expect(rangeFromOffsets(root, start, start + 3)?.toString()).toBe('Two');
  });

  it('marks whitespace between inline words, so a highlight reads as one run', () => {
    const root = document.createElement('p');
    root.innerHTML = '<strong>Quillon</strong> <em>ferry</em>';
    paintHighlights(root, [{ id: 'c', start: 0, end: 13, color: 'blue' }]);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Quillon', ' ', 'ferry']);
  });
});
